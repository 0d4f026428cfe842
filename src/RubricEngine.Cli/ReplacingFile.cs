namespace RubricEngine.Cli;

/// <summary>
/// Writes a file so that readers see the old content or the new, never half of it: the text goes to a new
/// temporary file beside the target (same folder, so the move is a rename), is flushed to disk, and only then
/// replaces the target. A failure leaves the original untouched and removes the temporary file.
/// </summary>
internal static class ReplacingFile
{
    public static void WriteAllText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(text);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
