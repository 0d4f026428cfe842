namespace RubricEngine.Cli.Tests;

/// <summary>
/// The one temporary folder of this test process (<c>rubric-cli-tests/run-PID-...</c> in the system's temporary
/// folder): every file a test writes goes under it, and it is removed when the process exits. A test host that was
/// killed before its exit handler ran leaves its folder, so each new run also removes the folders of processes
/// that are gone, and the parent once it is empty.
/// </summary>
internal static class TestRoot
{
    private const string RunPrefix = "run-";

    private static readonly string Parent = Path.Combine(Path.GetTempPath(), "rubric-cli-tests");

    private static readonly Lazy<string> Root = new(() =>
    {
        RemoveLeftovers();
        var root = Path.Combine(Parent, $"{RunPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(root);
        return root;
    });

    /// <summary>A new, empty folder under this process's root.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Root.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void Remove(string root)
    {
        try
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            if (Directory.Exists(Parent) && !Directory.EnumerateFileSystemEntries(Parent).Any())
            {
                Directory.Delete(Parent);
            }
        }
        catch (IOException)
        {
            // Another test process created its folder in between, or a file is still open: the next run removes it.
        }
        catch (UnauthorizedAccessException)
        {
            // Not ours to remove.
        }
    }

    /// <summary>
    /// Folders of earlier runs whose process has ended, and folders of the older layout (one per test, directly in the
    /// parent) not touched for an hour: a test process of another checkout may still be using a newer one.
    /// </summary>
    private static void RemoveLeftovers()
    {
        if (!Directory.Exists(Parent))
        {
            return;
        }

        foreach (var entry in Directory.EnumerateDirectories(Parent))
        {
            var name = Path.GetFileName(entry);
            var stale = name.StartsWith(RunPrefix, StringComparison.Ordinal)
                ? !IsLiveRun(name)
                : Directory.GetLastWriteTimeUtc(entry) < DateTime.UtcNow.AddHours(-1);
            if (stale)
            {
                Remove(entry);
            }
        }
    }

    private static bool IsLiveRun(string name)
    {
        var dash = name.IndexOf('-', RunPrefix.Length);
        if (dash < 0 || !int.TryParse(name.AsSpan(RunPrefix.Length, dash - RunPrefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
