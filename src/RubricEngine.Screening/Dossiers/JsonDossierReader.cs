using System.Text;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Reads dossiers from JSON: a file holds one dossier object, an array of them, or
/// <c>{ "dossiers": [...] }</c>. JSON Lines files hold one dossier per line and are streamed, so one
/// malformed line fails only its own dossier.
/// </summary>
internal static class JsonDossierReader
{
    public static IEnumerable<RawDossier> ReadJson(byte[] utf8, string path)
    {
        var root = JsonRawParser.Parse(utf8, path, 1, out var error);
        return root is null ? [new RawDossier(null, error, error!.Span)] : Split(root);
    }

    public static IEnumerable<RawDossier> ReadJsonLines(TextReader reader, string path)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var root = JsonRawParser.Parse(Encoding.UTF8.GetBytes(line), path, lineNumber, out var error);
            if (root is null)
            {
                yield return new RawDossier(null, error, error!.Span);
                continue;
            }

            foreach (var dossier in Split(root))
            {
                yield return dossier;
            }
        }
    }

    /// <summary>Splits a document into dossiers: a single mapping, a list, or a mapping with a <c>dossiers</c> list.</summary>
    public static IEnumerable<RawDossier> Split(RawNode root)
    {
        var items = root switch
        {
            RawMap map when map.Field("dossiers") is { Value: RawList list } => list.Items.Items,
            RawList list => list.Items.Items,
            _ => [root],
        };

        foreach (var item in items)
        {
            yield return item is RawMap map
                ? new RawDossier(map, null, map.Span)
                : new RawDossier(null, NotADossier(item.Span), item.Span);
        }
    }

    private static Diagnostic NotADossier(SourceSpan span) =>
        Diagnostic.Create(DiagnosticCatalog.WrongDossierShape, span, "dossier", "a mapping with an 'id' and inputs");
}
