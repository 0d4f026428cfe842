namespace RubricEngine.Cli.Tests;

/// <summary>Every bad command line is one line on stderr, exit status 2, pointing to the command's own help.</summary>
[Collection("cli")]
public class ArgumentErrorTests
{
    private const string Yeda = "rubrics/yeda.rubric";

    public static TheoryData<string[], string> BadCommandLines() => new()
    {
        { ["screem"], "rubric: unknown command 'screem'. Did you mean 'screen'? See 'rubric --help'." },
        {
            ["screen", "--rubic", Yeda, "--dossiers", "samples/yeda"],
            "rubric screen: unknown option '--rubic'. Did you mean '--rubric'? See 'rubric screen --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "samples/yeda", "--threads", "abc"],
            "rubric screen: --threads expects a whole number, 0 or more (0 uses every core), not 'abc'. See 'rubric screen --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "samples/yeda", "--threads", "-1"],
            "rubric screen: --threads expects a whole number, 0 or more (0 uses every core), not '-1'. See 'rubric screen --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "samples/yeda", "--out", "/nonexistent/dir/x.json"],
            "rubric screen: --out '/nonexistent/dir/x.json' cannot be written: the folder '/nonexistent/dir' does not exist. See 'rubric screen --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "samples/yeda", "--out", "samples"],
            "rubric screen: --out 'samples' is a folder; give a file name. See 'rubric screen --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "samples/yeda", "--format", "html"],
            "rubric screen: --format html writes a folder of pages (index.html and one page per dossier); give it with --out FOLDER. See 'rubric screen --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "samples/yeda", "--format", "html", "--out", "samples"],
            "rubric screen: --out 'samples' is a folder holding other files; --format html replaces only an earlier report folder, so give a new or empty folder. See 'rubric screen --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "samples/yeda", "--format", "html", "--out", "README.md"],
            "rubric screen: --out 'README.md' is a file; --format html writes a folder of pages, so give a folder name. See 'rubric screen --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "samples/gibb"],
            "rubric screen: --dossiers 'samples/gibb' does not exist: no such file or folder. Did you mean 'samples/gib'? See 'rubric screen --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "-", "samples/yeda"],
            "rubric screen: --dossiers '-' reads standard input and cannot be combined with files or folders. See 'rubric screen --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "samples/yeda", "--format", "xml"],
            "rubric screen: --format: Argument 'xml' not recognized. Must be one of: 'table', 'json', 'jsonl', 'csv', 'html'. See 'rubric screen --help'."
        },
        { ["screen", "--rubric", Yeda], "rubric screen: Option '--dossiers' is required. See 'rubric screen --help'." },
        { ["check"], "rubric check: Required argument missing for command: 'check'. See 'rubric check --help'." },
        { ["test", "--formt", "junit", Yeda], "rubric test: unknown option '--formt'. Did you mean '--format'? See 'rubric test --help'." },
        {
            ["explain", "--rubric", "rubrics/gib.rubric", "--dossier", "samples/gib/G01-offshore-wind-east-anglia.yaml", "--weight-step", "x"],
            "rubric explain: --weight-step expects a percentage above 0 and below 100, not 'x'. See 'rubric explain --help'."
        },
        {
            ["explain", "--rubric", "rubrics/gib.rubric", "--dossier", "samples/gib/G01-offshore-wind-east-anglia.yaml", "--weight-step", "100"],
            "rubric explain: --weight-step expects a percentage above 0 and below 100, not '100'. See 'rubric explain --help'."
        },
        {
            ["records", "show", "store.db", "x"],
            "rubric records show: <record> expects a record id, a whole number as 'records list' prints it, not 'x'. See 'rubric records show --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "samples/yeda", "--out", ""],
            "rubric screen: --out expects a file name, not ''. See 'rubric screen --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "samples/yeda", "--out", "a.json", "--out", "b.json"],
            "rubric screen: Option '--out' expects a single argument but 2 were provided. See 'rubric screen --help'."
        },
        {
            ["screen", "--rubric", Yeda, "--dossiers", "samples/yeda", "--record", ""],
            "rubric screen: --record expects a decision store (a SQLite file, or a PostgreSQL connection string), not ''. See 'rubric screen --help'."
        },
        {
            ["test", Yeda, "--junit", "/nonexistent/dir/x.xml"],
            "rubric test: --junit '/nonexistent/dir/x.xml' cannot be written: the folder '/nonexistent/dir' does not exist. See 'rubric test --help'."
        },
        {
            ["records", "export", "store.db", "--run", "r", "--out", ""],
            "rubric records export: --out expects a file name, not ''. See 'rubric records export --help'."
        },
        { ["--verison"], "rubric: unknown option '--verison'. Did you mean '--version'? See 'rubric --help'." },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void BadCommandLine_IsOneUsageLine_ExitTwo(string[] args, string expected)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal(expected + Environment.NewLine, error);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void BadOut_IsRejectedBeforeScreeningStarts()
    {
        var (_, _, error) = CliRunner.Run("screen", "--rubric", Yeda, "--dossiers", "samples/yeda", "--out", "/nonexistent/dir/x.json");
        Assert.DoesNotContain("screened", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists("/nonexistent/dir"));
    }

    [Fact]
    public void BareRubric_PrintsTheHelp_ExitZero()
    {
        var (exit, output, error) = CliRunner.Run();
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("screen", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void SubcommandHelp_ListsItsOptions()
    {
        var (exit, output, _) = CliRunner.Run("screen", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--input-format", output, StringComparison.Ordinal);
        Assert.Contains("--threads", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("screem", "screen")]
    [InlineData("--rubic", "--rubric")]
    [InlineData("chek", "check")]
    public void DidYouMean_FindsTheCloseWord(string typed, string expected) =>
        Assert.Equal(expected, Arguments.DidYouMean.Closest(typed, ["check", "screen", "--rubric", "--dossiers", "explain"]));

    [Fact]
    public void DidYouMean_FarWord_SuggestsNothing() =>
        Assert.Null(Arguments.DidYouMean.Closest("banana", ["check", "screen", "explain"]));
}
