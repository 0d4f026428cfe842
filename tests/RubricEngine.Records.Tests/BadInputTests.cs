using RubricEngine.Cli;
using RubricEngine.Records.Tests.Support;

namespace RubricEngine.Records.Tests;

/// <summary>Stores that cannot be used: clear errors, exit status 1, and nothing written.</summary>
public class BadInputTests : RemovesItsFolders
{
    private static (int Exit, string Error) Screen(string store)
    {
        var error = new StringWriter();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Batches.Root;
        try
        {
            var exit = CommandLine.Run(["screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", "samples/yeda", "--format", "jsonl", "--record", store], new StringReader(string.Empty), new StringWriter(), error);
            return (exit, error.ToString());
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Theory]
    [InlineData("this is a text file, not a store\n", "it is not a SQLite database")]
    [InlineData("", "the file is empty")]
    public void Record_FileThatIsNotAStore_FailsWithRub0800AndLeavesTheFileAsItWas(string content, string reason)
    {
        var path = TestStores.New(TestStores.Sqlite);
        File.WriteAllText(path, content);
        var (exit, error) = Screen(path);
        Assert.Equal(1, exit);
        Assert.Contains($"error RUB0800: '{path}' is not a decision store: {reason}", error, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Record_SqliteDatabaseOfSomethingElse_FailsWithRub0800AndAddsNoTable()
    {
        var path = TestStores.New(TestStores.Sqlite);
        using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY)";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(path);
        var (exit, error) = Screen(path);
        Assert.Equal(1, exit);
        Assert.Contains("error RUB0800", error, StringComparison.Ordinal);
        Assert.Contains("a SQLite database of something else", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Record_NewerSchemaVersion_FailsWithRub0801AndWritesNothing(string kind)
    {
        var target = TestStores.New(kind);
        Batches.Record(target, "yeda.rubric", ["samples/yeda"]);
        TestStores.Sql(target, "UPDATE rubric_meta SET value = '99' WHERE key = 'schema_version'");
        var records = TestStores.Scalar(target, "SELECT count(*) FROM rubric_records");
        var (exit, error) = Screen(target);
        Assert.Equal(1, exit);
        Assert.Contains("error RUB0801: The decision store has schema version 99; this program reads version 1 at most", error, StringComparison.Ordinal);
        Assert.Equal(records, TestStores.Scalar(target, "SELECT count(*) FROM rubric_records"));
        Assert.False(DecisionStore.Open(target).Succeeded);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none;Timeout=5")]
    [InlineData("postgres://nobody:x@127.0.0.1:1/none")]
    public void Record_ConnectionStringThatCannotConnect_FailsWithRub0802(string connection)
    {
        var (exit, error) = Screen(connection);
        Assert.Equal(1, exit);
        Assert.Contains("postgresql 127.0.0.1:1/none: error RUB0802: Cannot open the decision store", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("screened", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_MissingFile_FailsAndCreatesNothing()
    {
        var path = TestStores.New(TestStores.Sqlite);
        var result = DecisionStore.Open(path);
        Assert.False(result.Succeeded);
        Assert.Equal("RUB0802", Assert.Single(result.Errors).Code);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Verify_EmptyStore_IsNotAStore(string kind)
    {
        var target = TestStores.New(kind);
        if (kind == TestStores.Sqlite)
        {
            File.WriteAllText(target, "{\"not\": \"a store\"}");
        }

        var result = DecisionStore.Open(target);
        Assert.False(result.Succeeded);
        Assert.Equal("RUB0800", Assert.Single(result.Errors).Code);
    }
}
