using System.Text;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Reads dossiers from files and folders, typed against a rubric's inputs. Results are streamed one
/// dossier at a time, in a deterministic order: files sorted by path (ordinal), then dossiers in file order,
/// whatever order the paths were given in. Every dossier that cannot be screened comes back with its errors.
/// </summary>
public sealed class DossierReader
{
    private readonly DossierBinder _binder;

    /// <summary>Creates a reader for the inputs of a rubric.</summary>
    public DossierReader(Rubric rubric) => _binder = new DossierBinder(new DossierSchema(rubric));

    /// <summary>
    /// Parses YAML into raw dossiers; the Language project provides it (<c>YamlDossierReader.Read</c>), since
    /// the YAML package belongs there. Without it, YAML files fail with an error.
    /// </summary>
    public Func<TextReader, string, IEnumerable<RawDossier>>? YamlReader { get; init; }

    /// <summary>
    /// Reads every dossier of the given files and folders (folders recursively, each folder once however many
    /// links lead to it). A file without dossiers gives one skipped entry, so every file found is counted.
    /// </summary>
    public IEnumerable<DossierReadResult> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new DossierReadSequence(DossierFiles.Expand(paths).SelectMany(file => file.Skip is { } reason
            ? Ready(DossierReadResult.Skip(reason, reason.Span))
            : Batch.BatchSafetyNet.Guard(ReadFile(file.Path, file.ExplicitlyNamed), file.Path)));
    }

    /// <summary>Reads one file, telling its format from the extension.</summary>
    public IEnumerable<DossierReadResult> ReadFile(string path) => new DossierReadSequence(ReadFile(path, explicitlyNamed: true));

    /// <summary>Reads dossiers from text, such as a test's or a web request's body.</summary>
    public IEnumerable<DossierReadResult> ReadText(string text, string path, DossierFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pending = GuardedRead.Run(path, Name(format), () => Parse(() => new StringReader(text), () => Encoding.UTF8.GetBytes(text), path, format));
        return new DossierReadSequence(NotEmpty(pending, path));
    }

    /// <summary>Reads dossiers from a stream of text, such as standard input, as it arrives; the caller owns the reader.</summary>
    public IEnumerable<DossierReadResult> Read(TextReader reader, string path, DossierFormat format)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var pending = GuardedRead.Run(path, Name(format), () => Parse(() => reader, () => Encoding.UTF8.GetBytes(reader.ReadToEnd()), path, format));
        return new DossierReadSequence(NotEmpty(pending, path));
    }

    /// <summary>Types raw dossiers produced elsewhere (a database, an embedded example).</summary>
    public IEnumerable<DossierReadResult> Bind(IEnumerable<RawDossier> raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return new DossierReadSequence(Pending(raw));
    }

    private IEnumerable<PendingDossier> Pending(IEnumerable<RawDossier> raw) => raw.Select(r => new PendingDossier(r, _binder, null));

    private static PendingDossier[] Ready(DossierReadResult result) => [new PendingDossier(null, null, result)];

    private IEnumerable<PendingDossier> ReadFile(string path, bool explicitlyNamed)
    {
        var format = DossierFormats.FromPath(path);
        if (format is null)
        {
            var span = SourceSpan.At(path, 1, 1);
            var error = Diagnostic.Create(DiagnosticCatalog.UnknownFileKind, span, path, DossierFormats.Expected);
            return Ready(explicitlyNamed ? DossierReadResult.Failed(error, span) : DossierReadResult.Skip(error, span));
        }

        if (!File.Exists(path))
        {
            var span = SourceSpan.At(path, 0, 0);
            return Ready(DossierReadResult.Failed(Diagnostic.Create(DiagnosticCatalog.FileNotFound, span, path), span));
        }

        return NotEmpty(GuardedRead.Run(path, Name(format.Value), () => ReadExisting(path, format.Value)), path);
    }

    /// <summary>Opens and parses a file lazily, inside the guard, so errors while opening or reading are both the file's.</summary>
    private IEnumerable<PendingDossier> ReadExisting(string path, DossierFormat format)
    {
        if (format == DossierFormat.Excel)
        {
            return Pending(ExcelDossierReader.Read(path)); // a zip archive, read by path rather than as text
        }

        if (format == DossierFormat.JsonLines)
        {
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0); // the line reader reads in blocks
            return Owned(file.Dispose, JsonDossierReader.ReadJsonLines(file, path, _binder)); // bytes, decoded by the JSON parser
        }

        if (format == DossierFormat.Json && new FileInfo(path).Length > DossierLimits.MaxJsonFileBytes)
        {
            var span = SourceSpan.At(path, 1, 1);
            var error = Diagnostic.Create(DiagnosticCatalog.DossierLimitExceeded, span, LimitPhrases.Sized(LimitPhrases.JsonFile, new FileInfo(path).Length, "bytes"),
                LimitPhrases.Count(DossierLimits.MaxJsonFileBytes, "bytes"), LimitPhrases.JsonReadWhole);
            return [new PendingDossier(null, null, DossierReadResult.Failed(error, span))];
        }

        StreamReader? reader = null;
        return Owned(() => reader?.Dispose(), Parse(() => reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true),
            () => File.ReadAllBytes(path), path, format));
    }

    private IEnumerable<PendingDossier> Parse(Func<TextReader> reader, Func<byte[]> bytes, string path, DossierFormat format) => format switch
    {
        DossierFormat.Json => Pending(JsonDossierReader.ReadJson(WithoutByteOrderMark(bytes()), path)),
        DossierFormat.JsonLines => JsonDossierReader.ReadJsonLines(reader(), path, _binder),
        DossierFormat.Csv => Pending(CsvDossierReader.Read(reader(), path)),
        DossierFormat.Excel => Pending([ExcelDossierReader.NotText(path)]),
        _ when YamlReader is not null => Pending(YamlReader(reader(), path)),
        _ => Pending([NoYaml(path)]),
    };

    /// <summary>A file that gave nothing at all is one skipped entry with a warning, so the summary adds up.</summary>
    private static IEnumerable<PendingDossier> NotEmpty(IEnumerable<PendingDossier> pending, string path)
    {
        var any = false;
        foreach (var item in pending)
        {
            any = true;
            yield return item;
        }

        if (!any)
        {
            var span = SourceSpan.At(path, 1, 1);
            yield return new PendingDossier(null, null, DossierReadResult.Skip(Diagnostic.Create(DiagnosticCatalog.EmptyDossierFile, span, path), span));
        }
    }

    private static byte[] WithoutByteOrderMark(byte[] bytes) => bytes.AsSpan().StartsWith("\xEF\xBB\xBF"u8) ? bytes[3..] : bytes;

    private static DiagnosticPhrase Name(DossierFormat format) => format switch
    {
        DossierFormat.Json => DiagnosticPhrases.JsonDossier,
        DossierFormat.JsonLines => DiagnosticPhrases.JsonLinesDossier,
        DossierFormat.Csv => DiagnosticPhrases.CsvDossier,
        DossierFormat.Excel => DiagnosticPhrases.ExcelDossier,
        _ => DiagnosticPhrases.YamlDossier,
    };

    private static IEnumerable<PendingDossier> Owned(Action dispose, IEnumerable<PendingDossier> items)
    {
        try
        {
            foreach (var item in items)
            {
                yield return item;
            }
        }
        finally
        {
            dispose();
        }
    }

    private static RawDossier NoYaml(string path)
    {
        var span = SourceSpan.At(path, 1, 1);
        return new RawDossier(null, Diagnostic.Create(DiagnosticCatalog.FileUnreadable, span, path,
            DiagnosticPhrases.Translated("no YAML reader is configured", "没有配置 YAML 读取器")), span);
    }
}
