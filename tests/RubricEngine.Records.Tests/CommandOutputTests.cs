using RubricEngine.Records.Tests.Support;

namespace RubricEngine.Records.Tests;

/// <summary>The records commands' status lines quote paths and ids; control characters in them are escaped, as <c>screen</c> escapes diagnostics.</summary>
public class CommandOutputTests : RemovesItsFolders
{
    private const string Escape = "\u001b[31m\u0007";

    [Fact]
    public void RecordsCommands_StoreAndRunWithControlCharacters_PrintThemEscaped()
    {
        var folder = Path.GetDirectoryName(TestStores.New(TestStores.Sqlite))!;
        var store = Path.Combine(folder, $"store{Escape}\nscreened 999.db");
        var export = Path.Combine(folder, $"run{Escape}.json");
        var lines = new List<string>();
        void Run(int expectedExit, params string[] args)
        {
            var (exit, _, error) = CliRuns.Run(args);
            Assert.True(exit == expectedExit, error);
            lines.Add(error);
        }

        Run(0, "screen", "--rubric", CliRuns.Rubric("yeda.rubric"), "--dossiers", Path.Combine(Batches.Root, "samples/yeda"), "--format", "jsonl", "--record", store);
        string run;
        using (var opened = TestStores.Open(store))
        {
            run = Assert.Single(opened.Runs()).RunId;
        }

        Run(0, "records", "verify", store);
        Run(0, "records", "export", store, "--run", run, "--out", export);
        Run(0, "records", "verify", export);
        Run(1, "records", "list", store, "--run", $"no{Escape}such-run");
        Run(1, "records", "export", store, "--run", $"no{Escape}such-run", "--out", export);

        var all = string.Join(string.Empty, lines);
        Assert.DoesNotContain('\u001b', all);
        Assert.DoesNotContain('\u0007', all);
        Assert.Contains("store\\x1B[31m\\x07\\nscreened 999.db: chain and contents verified", all, StringComparison.Ordinal);
        Assert.Contains("No run 'no\\x1B[31m\\x07such-run' in the store", all, StringComparison.Ordinal);
        Assert.All(all.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.False(line.StartsWith("screened 999", StringComparison.Ordinal), line));
    }
}
