using System.Text.Json;

namespace RubricEngine.Cli.BatchRun;

/// <summary>
/// An up-front estimate of how many dossiers a batch holds, for the progress total: line counts for CSV and
/// JSON Lines, top-level elements for JSON, documents for YAML, rows for Excel. It reads bytes without
/// parsing dossiers, so it costs a fraction of screening; the progress shows the total as unknown if the
/// count turns out larger.
/// </summary>
internal static class DossierCount
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint,
    };

    public static long Estimate(IEnumerable<string> paths) =>
        paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", Recursive) : [p]).Sum(EstimateFile);

    private static long EstimateFile(string path)
    {
        try
        {
            return Path.GetExtension(path).ToUpperInvariant() switch
            {
                ".CSV" => Math.Max(0, CountLines(path, _ => true) - 1),
                ".JSONL" or ".NDJSON" => CountNonBlankLines(path),
                ".YAML" or ".YML" => Math.Max(1, CountLines(path, line => line.StartsWith("---", StringComparison.Ordinal)) - LeadingMarker(path)),
                ".JSON" => JsonElements(path),
                ".XLSX" => ExcelRows.Count(path),
                _ => 0,
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            return 1; // the reader reports the real problem; the estimate only needs to be close
        }
    }

    private static long CountLines(string path, Func<string, bool> counts)
    {
        long count = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (counts(line) && !string.IsNullOrWhiteSpace(line))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Lines with anything but spaces and tabs, counted on the bytes: a JSON Lines file is read once more only to be
    /// counted, and decoding every line into a string cost more than a twentieth of screening it.
    /// </summary>
    private static long CountNonBlankLines(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var block = new byte[1 << 20];
        long count = 0;
        var blankSoFar = true; // the line being read has only blanks so far
        int read;
        while ((read = file.Read(block, 0, block.Length)) > 0)
        {
            var rest = block.AsSpan(0, read);
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOf((byte)'\n');
                var line = end < 0 ? rest : rest[..end];
                blankSoFar &= line.IndexOfAnyExcept(" \t\r"u8) < 0;
                if (end < 0)
                {
                    break;
                }

                count += blankSoFar ? 0 : 1;
                blankSoFar = true;
                rest = rest[(end + 1)..];
            }
        }

        return count + (blankSoFar ? 0 : 1);
    }

    // A file that starts with '---' has one document per marker; one without has one more than it has markers.
    private static int LeadingMarker(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#'));
        return first is not null && first.StartsWith("---", StringComparison.Ordinal) ? 0 : -1;
    }

    private static long JsonElements(string path)
    {
        var reader = new Utf8JsonReader(File.ReadAllBytes(path), new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return 1;
        }

        long count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            count++;
            reader.Skip();
        }

        return count;
    }
}
