using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace RubricEngine.Records.Tests.Support;

/// <summary>
/// PostgreSQL schemas of test stores. Each is named for the test process that made it (<c>t_PID_RANDOM</c>) and
/// commented with the machine it ran on, so a later run can tell a schema whose host was killed (its exit handler
/// never ran) from one a test running right now uses: the first run on a server after such a kill drops them.
/// </summary>
internal static partial class TestSchemas
{
    private static readonly string HostTag = "rubric-records-tests host=" + Environment.MachineName;

    /// <summary>A new schema name for this process.</summary>
    public static string NewName() => Name(Environment.ProcessId);

    /// <summary>A schema name as the test process <paramref name="pid"/> makes them.</summary>
    public static string Name(int pid) => string.Create(CultureInfo.InvariantCulture, $"t_{pid}_{Guid.NewGuid():N}");

    /// <summary>Creates the schema, tagged with this machine.</summary>
    public static void Create(NpgsqlConnection admin, string schema)
    {
        using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}; COMMENT ON SCHEMA {schema} IS '{HostTag}'", admin);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Drops the schemas that test processes of this machine made and left behind: their process is gone. Schemas
    /// of running processes, of other machines, and anything not named as test schemas are left alone. Returns
    /// the schemas dropped.
    /// </summary>
    public static IReadOnlyList<string> DropOfEndedHosts(string connection)
    {
        using var admin = new NpgsqlConnection(connection);
        admin.Open();
        var ended = new List<string>();
        using (var query = new NpgsqlCommand("SELECT nspname, obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname LIKE 't\\_%'", admin))
        using (var reader = query.ExecuteReader())
        {
            while (reader.Read())
            {
                var schema = reader.GetString(0);
                var comment = reader.IsDBNull(1) ? null : reader.GetString(1);
                if (comment == HostTag && OwnerOf(schema) is { } pid && pid != Environment.ProcessId && !IsRunning(pid))
                {
                    ended.Add(schema);
                }
            }
        }

        foreach (var schema in ended)
        {
            using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", admin);
            drop.ExecuteNonQuery();
        }

        return ended;
    }

    private static int? OwnerOf(string schema) =>
        SchemaName().Match(schema) is { Success: true } match && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var pid) ? pid : null;

    internal static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^t_([0-9]+)_[0-9a-f]{32}$")]
    private static partial Regex SchemaName();
}
