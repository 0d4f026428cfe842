using System.Reflection;
using Npgsql;
using RubricEngine.Records;
using Xunit.Sdk;

namespace RubricEngine.Records.Tests.Support;

/// <summary>
/// Fresh stores for tests: a SQLite file in a temporary folder, or a schema of its own in the PostgreSQL
/// database that <c>RUBRIC_TEST_POSTGRES</c> names (.ci/postgres.sh starts one and sets it).
/// </summary>
internal static class TestStores
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string Variable = "RUBRIC_TEST_POSTGRES";

    public static string? PostgresConnection => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>True on CI, where a missing PostgreSQL must fail the PostgreSQL cases rather than skip them.</summary>
    public static bool InCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    // Once per test process, before its first schema: the schemas of killed test hosts go.
    private static readonly Lazy<IReadOnlyList<string>> EndedHostsSwept = new(() => TestSchemas.DropOfEndedHosts(PostgresConnection!));

    public static string New(string kind)
    {
        if (kind == Sqlite)
        {
            return Path.Combine(TestFolders.New(), "store.db");
        }

        var connection = PostgresConnection
            ?? throw new InvalidOperationException($"{Variable} is not set: PostgreSQL record-store tests cannot run (run .ci/postgres.sh first).");
        _ = EndedHostsSwept.Value;
        var schema = TestSchemas.NewName();
        using (var admin = new NpgsqlConnection(connection))
        {
            admin.Open();
            TestSchemas.Create(admin, schema);
        }

        TestFolders.DropAtExit(connection, schema);
        return new NpgsqlConnectionStringBuilder(connection) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>Runs SQL straight against the store's tables, as someone tampering with it would.</summary>
    public static void Sql(string target, string sql)
    {
        using var store = Open(target);
        using var command = store.Connection.Command(sql);
        command.ExecuteNonQuery();
    }

    /// <summary>A number read past the program, on a plain connection: works on stores the program refuses.</summary>
    public static long Scalar(string target, string sql)
    {
        using System.Data.Common.DbConnection connection = target.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            ? new NpgsqlConnection(target)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={target};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static DecisionStore Open(string target, bool create = false)
    {
        var opened = DecisionStore.Open(target, create);
        Assert.True(opened.Succeeded, string.Join("\n", opened.Diagnostics));
        return opened.Value!;
    }
}

/// <summary>
/// The PostgreSQL row of a store theory. Skipped, with the reason shown, when PostgreSQL is not configured on
/// a developer's machine; on CI (<c>CI</c> set) the row runs and fails, so a broken setup cannot pass silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        if (TestStores.PostgresConnection is null && !TestStores.InCi)
        {
            Skip = $"{TestStores.Variable} is not set; run `source .ci/postgres.sh` to test against PostgreSQL.";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[TestStores.Postgres]];
}
