using System.Collections.Concurrent;
using Npgsql;

namespace RubricEngine.Records.Tests.Support;

/// <summary>
/// Temporary folders and PostgreSQL schemas of one test run, removed when the test process exits: each run's
/// folders live under one folder of its own in the system's temporary folder, so nothing is left behind there.
/// </summary>
internal static class TestFolders
{
    private static readonly ConcurrentBag<(string Connection, string Schema)> Schemas = [];

    // One folder per test process (its id and a random part: two runs at once never share one).
    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "rubric-records-tests", $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAll(root);
        return root;
    });

    /// <summary>The folder of this test run; removed with everything in it when the process exits.</summary>
    public static string RunRoot => Root.Value;

    /// <summary>A new, empty folder under this run's folder.</summary>
    public static string New()
    {
        var folder = Path.Combine(Root.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Drops the schema when the process exits (a store's tables go with it).</summary>
    public static void DropAtExit(string connection, string schema)
    {
        _ = Root.Value; // registers the exit handler
        Schemas.Add((connection, schema));
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
