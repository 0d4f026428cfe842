namespace RubricEngine.Cli.Output;

/// <summary>
/// Writes the HTML report folder the way <c>--out</c> files are written: into a temporary folder beside the
/// target (<c>FOLDER.tmp</c>), moved into place only when complete, so a failed or interrupted run leaves
/// neither half a report nor a stray folder, and an earlier report stays as it was. A folder that holds
/// anything but a report is never replaced or deleted.
/// </summary>
internal static class ReportFolder
{
    // What a report folder holds (BatchReportWriter's layout); anything else means it is someone's folder.
    private static readonly string[] ReportEntries = ["index.html", "report.css", "report.js", "dossiers"];

    /// <summary>True when the folder does not exist, is empty, or holds only a report's files.</summary>
    public static bool CanReplace(string folder) =>
        !Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).All(e => ReportEntries.Contains(Path.GetFileName(e)));

    public static string TemporaryOf(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + ".tmp";

    public static void Write(string folder, Action<string> write)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var temporary = TemporaryOf(folder);
        if (!CanReplace(target) || !CanReplace(temporary))
        {
            throw new IOException($"'{folder}' or '{temporary}' holds files that are not a report; not replaced.");
        }

        DeleteIfPresent(temporary); // left by a run that was killed
        try
        {
            Directory.CreateDirectory(temporary);
            write(temporary);
            var earlier = target + ".old";
            DeleteIfPresent(earlier);
            if (Directory.Exists(target))
            {
                Directory.Move(target, earlier);
            }

            Directory.Move(temporary, target);
            DeleteIfPresent(earlier);
        }
        catch
        {
            DeleteIfPresent(temporary);
            throw;
        }
    }

    /// <summary>Removes a report folder (only ever one this class wrote: the checks above hold for it).</summary>
    public static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
