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
        return root is null ? [new RawDossier(null, error, error!.Span)] : RawDocuments.Split(root);
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

            foreach (var dossier in RawDocuments.Split(root))
            {
                yield return dossier;
            }
        }
    }
}
