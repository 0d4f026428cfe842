using System.Collections.Concurrent;
using Npgsql;

namespace RubricEngine.Records.Tests.Support;

/// <summary>
/// Temporary folders and PostgreSQL schemas of one test run, removed when the test process exits: each run's
/// folders live under one folder of its own in the system's temporary folder, so nothing is left behind there.
/// </summary>
internal static class TestFolders
{
    private static readonly string Parent = Path.Combine(Path.GetTempPath(), "rubric-records-tests");

    private static readonly ConcurrentBag<(string Connection, string Schema)> Schemas = [];

    // One folder per test process (its id and a random part: two runs at once never share one).
    private static readonly Lazy<string> Root = new(() =>
    {
        RemoveEnded();
        var root = Path.Combine(Parent, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAll(root);
        return root;
    });

    /// <summary>The folder of this test run; removed with everything in it when the process exits.</summary>
    public static string RunRoot => Root.Value;

    // The folders of the test running on this flow (the constructor of its class set it), removed when it ends.
    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>A new, empty folder under this run's folder.</summary>
    public static string New()
    {
        var folder = Path.Combine(Root.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Current.Value?.Add(folder);
        return folder;
    }

    /// <summary>Starts collecting the folders this test makes; disposing the scope removes them.</summary>
    public static Scope BeginTest() => Current.Value = new Scope();

    /// <summary>The folders of one test.</summary>
    public sealed class Scope : IDisposable
    {
        private readonly ConcurrentBag<string> _folders = [];

        public void Add(string folder) => _folders.Add(folder);

        public void Dispose()
        {
            foreach (var folder in _folders)
            {
                try
                {
                    if (Directory.Exists(folder))
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                }
                catch (IOException)
                {
                    // Still in use (a process the test started has not let go yet): the exit handler tries again.
                }
            }
        }
    }

    /// <summary>Removes the folder <see cref="New"/> made that holds this path, with everything in it, now.</summary>
    public static void RemoveFolderOf(string path)
    {
        var folder = Path.GetFullPath(path);
        while (Path.GetDirectoryName(folder) is { } parent && parent != Root.Value)
        {
            folder = parent;
        }

        if (Path.GetDirectoryName(folder) == Root.Value && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Drops the schema when the process exits (a store's tables go with it).</summary>
    public static void DropAtExit(string connection, string schema)
    {
        _ = Root.Value; // registers the exit handler
        Schemas.Add((connection, schema));
    }

    /// <summary>
    /// The folders of earlier runs whose test host is gone: a host stopped before its exit handler ran (the runner
    /// may end it soon after the last test) leaves its folder, and the next run removes it.
    /// </summary>
    private static void RemoveEnded()
    {
        if (!Directory.Exists(Parent))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Parent, "run-*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length == 3 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var pid) && !TestSchemas.IsRunning(pid))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // Still in use after all; the next run tries again.
                }
            }
        }
    }

    // Folders first: they are quick, and the test host may be stopped soon after the run ends, before slow schema drops finish.
    private static void RemoveAll(string root)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var parent = Path.GetDirectoryName(root)!;
        if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
        {
            Directory.Delete(parent);
        }

        foreach (var (connection, schema) in Schemas)
        {
            try
            {
                using var admin = new NpgsqlConnection(connection);
                admin.Open();
                using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", admin);
                command.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // The server went away before the tests ended: its schemas went with it or stay for its owner.
            }
        }
    }
}
