using Npgsql;
using RubricEngine.Records.Tests.Support;

namespace RubricEngine.Records.Tests;

/// <summary>
/// A test host killed before its exit handler ran leaves its PostgreSQL schemas; the next run drops them, and only
/// them: not those of a process still running, nor those of another machine.
/// </summary>
public class TestSchemaCleanupTests
{
    [Theory]
    [PostgresData]
    public void DropOfEndedHosts_DropsSchemasOfEndedProcessesOnly(string kind)
    {
        Assert.Equal(TestStores.Postgres, kind);
        var connection = TestStores.PostgresConnection!;
        var ended = TestSchemas.Name(EndedProcessId());
        var running = TestSchemas.NewName();
        var otherMachine = TestSchemas.Name(EndedProcessId());
        using var admin = new NpgsqlConnection(connection);
        admin.Open();
        try
        {
            TestSchemas.Create(admin, ended);
            Execute(admin, $"CREATE TABLE {ended}.rubric_meta (key TEXT PRIMARY KEY)"); // a store's tables go with it
            TestSchemas.Create(admin, running);
            Execute(admin, $"CREATE SCHEMA {otherMachine}; COMMENT ON SCHEMA {otherMachine} IS 'rubric-records-tests host=elsewhere'");

            var dropped = TestSchemas.DropOfEndedHosts(connection);

            Assert.Contains(ended, dropped);
            Assert.DoesNotContain(running, dropped);
            Assert.DoesNotContain(otherMachine, dropped);
            Assert.False(Exists(admin, ended));
            Assert.True(Exists(admin, running));
            Assert.True(Exists(admin, otherMachine));
        }
        finally
        {
            Execute(admin, $"DROP SCHEMA IF EXISTS {ended} CASCADE; DROP SCHEMA IF EXISTS {running} CASCADE; DROP SCHEMA IF EXISTS {otherMachine} CASCADE");
        }
    }

    /// <summary>The id of a process that has ended (and whose id no process has taken since).</summary>
    private static int EndedProcessId()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.False(TestSchemas.IsRunning(process.Id));
        return process.Id;
    }

    private static bool Exists(NpgsqlConnection admin, string schema)
    {
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_namespace WHERE nspname = @name", admin);
        command.Parameters.AddWithValue("@name", schema);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private static void Execute(NpgsqlConnection admin, string sql)
    {
        using var command = new NpgsqlCommand(sql, admin);
        command.ExecuteNonQuery();
    }
}
