using System.Text;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Reads dossiers from JSON: a file holds one dossier object, an array of them, or
/// <c>{ "dossiers": [...] }</c>. JSON Lines files hold one dossier per line and are streamed, so one
/// malformed line (or one longer than <see cref="DossierLimits.MaxDossierChars"/>) fails only its own dossier.
/// A line that can only be one dossier object is handed out unparsed (<see cref="UnparsedLine"/>), for the
/// screening workers to parse; other lines are parsed here.
/// </summary>
internal static class JsonDossierReader
{
    public static IEnumerable<RawDossier> ReadJson(byte[] utf8, string path)
    {
        var root = JsonRawParser.Parse(utf8, path, 1, out var error);
        return root is not null ? RawDocuments.Split(root)
            : error is not null ? [new RawDossier(null, error, error.Span)]
            : [];
    }

    /// <summary>
    /// The lines of a file, read as bytes when it is UTF-8 (a UTF-8 byte order mark skipped); a file with a UTF-16
    /// or UTF-32 byte order mark is decoded as text. The first bytes are read lazily, as a text reader would.
    /// </summary>
    public static IEnumerable<PendingDossier> ReadJsonLines(Stream file, string path, DossierBinder binder)
    {
        var start = new byte[3];
        var read = file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var lines = start.AsSpan(0, read) switch
        {
            [0xEF, 0xBB, 0xBF] => ReadJsonLines(new Utf8LineReader(file, DossierLimits.MaxDossierChars), path, binder),
            [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] => ReadJsonLines(new StreamReader(new PrefixedStream(start.AsMemory(0, read), file), Encoding.UTF8, true), path, binder),
            _ => ReadJsonLines(new Utf8LineReader(new PrefixedStream(start.AsMemory(0, read), file), DossierLimits.MaxDossierChars), path, binder),
        };
        foreach (var line in lines)
        {
            yield return line;
        }
    }

    private static IEnumerable<PendingDossier> ReadJsonLines(Utf8LineReader lines, string path, DossierBinder binder) =>
        ReadJsonLines((out byte[]? line, out long length) => lines.Next(out line, out length), path, binder);

    /// <summary>The lines of a text (standard input, a string), encoded back to UTF-8 as they are read.</summary>
    public static IEnumerable<PendingDossier> ReadJsonLines(TextReader reader, string path, DossierBinder binder)
    {
        var lines = new BoundedLineReader(reader, DossierLimits.MaxDossierChars);
        return ReadJsonLines(
            (out byte[]? line, out long length) =>
            {
                var more = lines.Next(out var text, out length);
                line = text is null ? null : Encoding.UTF8.GetBytes(text);
                return more;
            },
            path,
            binder);
    }

    private delegate bool NextLine(out byte[]? line, out long length);

    private static IEnumerable<PendingDossier> ReadJsonLines(NextLine next, string path, DossierBinder binder)
    {
        var lineNumber = 0;
        while (next(out var line, out var length))
        {
            lineNumber++;
            if (line is null)
            {
                var span = SourceSpan.At(path, lineNumber, 1);
                var error = Diagnostic.Create(DiagnosticCatalog.DossierLimitExceeded, span, LimitPhrases.Sized(LimitPhrases.Line, length, "characters"),
                    LimitPhrases.Count(DossierLimits.MaxDossierChars, "characters"), LimitPhrases.ForOneDossier);
                yield return new PendingDossier(null, null, DossierReadResult.Failed(error, span));
                continue;
            }

            if (UnparsedLine.HoldsOneObject(line))
            {
                yield return new PendingDossier(null, binder, null) { Line = new UnparsedLine(line, path, lineNumber) };
                continue;
            }

            foreach (var dossier in ParseHere(line, path, lineNumber))
            {
                yield return new PendingDossier(dossier, binder, null);
            }
        }
    }

    /// <summary>A line that is blank, not one object, or not valid UTF-8: read as a text reader would have decoded it.</summary>
    private static IEnumerable<RawDossier> ParseHere(byte[] line, string path, int lineNumber)
    {
        var text = Encoding.UTF8.GetString(line); // invalid bytes become U+FFFD, which the binder reports
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var root = JsonRawParser.Parse(Encoding.UTF8.GetBytes(text), path, lineNumber, out var failure);
        return root is not null ? RawDocuments.Split(root)
            : failure is not null ? [new RawDossier(null, failure, failure.Span)]
            : [];
    }
}
