using System.Text;
using CsCheck;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Tests;

/// <summary>The loader never throws and never hangs: random and mutated texts come back as diagnostics.</summary>
public class ParserRobustnessTests
{
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(5);

    private static readonly string[] Fragments =
    [
        "rubric ", "outcome ", "input ", "derived ", "criterion ", "gate ", "group ", "indicator ", "score ", "classification\n",
        "example ", "given ", "expect ", "when ", "otherwise ", "and ", "or ", "not ", "any of (", "at least 2 of (", "mean of ",
        "panel.", "share of ", "rank by ", "top 3 by ", "(", ")", ",", ":", "=", "<", ">=", "-", "+", "*", "/", "\"", "\"text\"",
        "100 gCO2e/kWh", "10 %", "2026-01-01", "2025-13-45", "# c\n", "// c\n", "\n", "\n  ", "  ", "绿色", "\t", "{x}", "weight 5.0",
        "list of records", "field ", "columns a, b", "row 1, 2", "quantity in ", "one of a, b", "trimmed mean 10 % of ",
        "if ", " then ", " else ", "first known of (", "count of (", "min of (", "max of (", " where ", " across ",
        "cohort min of ", "cohort percentile 90 % of ", "top 2 share of ", "top 2 sum of ", " of \"Shanghai\"", "any of panel where (", "\nexclude from cohort when ",
    ];

    private const string Punctuation = "()\":=<>,.%#\n x1-";

    private static readonly string[] Sources =
    [
        .. Directory.GetFiles(Paths.Rubrics, "*.rubric").Select(File.ReadAllText),
        .. Directory.GetDirectories(Paths.Golden).Select(d => File.ReadAllText(Path.Combine(d, "input.rubric"))),
    ];

    [Fact]
    public void Load_RandomCharacters_ReturnsDiagnosticsWithoutThrowing() =>
        Gen.String[Gen.Char["rubric outcmeinpdvlasfyw:=<>()\",.%/-#\n 0123456789绿"], 0, 400]
            .Sample(text => AssertWellBehaved(text), iter: 500, threads: 1);

    [Fact]
    public void Load_RandomFragments_ReturnsDiagnosticsWithoutThrowing() =>
        Gen.Int[0, Fragments.Length - 1].Array[0, 60]
            .Select(indexes => string.Concat(indexes.Select(i => Fragments[i])))
            .Sample(text => AssertWellBehaved(text), iter: 500, threads: 1);

    [Fact]
    public void Load_MutatedRubrics_ReturnsDiagnosticsWithoutThrowing() =>
        Gen.Select(Gen.Int[0, Sources.Length - 1], Gen.Int, (source, seed) => Mutate(Sources[source], seed))
            .Sample(text => AssertWellBehaved(text), iter: 500, threads: 1);

    [Theory]
    [InlineData("(", 20000)]
    [InlineData("not ", 20000)]
    [InlineData("x + ", 20000)]
    [InlineData("-", 20000)]
    [InlineData("share of ", 5000)]
    [InlineData("any of (", 5000)]
    public void Load_PathologicalNesting_ReportsInsteadOfOverflowing(string repeated, int times)
    {
        var text = "rubric t\noutcome no\ninput x: decimal\ncriterion c when " + string.Concat(Enumerable.Repeat(repeated, times)) + "x > 1\nclassification\n  otherwise no\n";
        var result = AssertWellBehaved(text);
        Assert.Contains(result.Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData(" + ", 990)]
    [InlineData(" or ", 990)]
    [InlineData(" * ", 990)]
    public void Load_FlatChainAtTheLimit_LoadsFormatsAndComparesOnASmallStack(string op, int terms)
    {
        // The binder, the formatter and record equality walk a chain one operation per call, so the chain
        // limit must leave room on a 1 MB stack (the default for a thread on Windows).
        var operand = op == " or " ? "x > 1" : "x";
        var chain = string.Join(op, Enumerable.Repeat(operand, terms));
        var condition = op == " or " ? chain : $"({chain}) > 1";
        var text = "rubric t\noutcome no\ninput x: decimal\ncriterion c when " + condition + "\nclassification\n  otherwise no\n";
        Result<Rubric>? result = null;
        var thread = new Thread(() => result = AssertWellBehaved(text), maxStackSize: 1 << 20);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(30)));
        Assert.True(result!.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Load_ChainBeyondTheLimit_IsRUB0005AtTheExpression()
    {
        var text = "rubric t\noutcome no\ninput x: decimal\nderived d = " + string.Join(" + ", Enumerable.Repeat("x", 1001)) + "\nclassification\n  otherwise no\n";
        var error = Assert.Single(RubricLoader.LoadText("t.rubric", text).Diagnostics);
        Assert.Equal("t.rubric(4,13): error RUB0005: Expression chains too many operations (more than 1000); split it into derived values", error.ToString());
    }

    private static string Mutate(string text, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(text);
        for (var step = random.Next(1, 5); step > 0 && builder.Length > 0; step--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 30), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    builder[at] = Punctuation[random.Next(Punctuation.Length)];
                    break;
                default:
                    var length = Math.Min(random.Next(1, 80), builder.Length - at);
                    builder.Insert(random.Next(builder.Length), builder.ToString(at, length));
                    break;
            }
        }

        return builder.ToString();
    }

    private static Result<Rubric> AssertWellBehaved(string text)
    {
        // A hang guard, not a speed target: 5 s is orders of magnitude above a normal load.
        var task = Task.Run(() => RubricLoader.LoadText("fuzz.rubric", text));
        Assert.True(task.Wait(PerCase), $"loading took longer than {PerCase} on:\n{text[..Math.Min(text.Length, 300)]}");
        var result = task.Result;
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RUB0003" or "RUB0227");
        if (result.Value is { } rubric)
        {
            // Whatever loads must also format and load back to the same rubric.
            var again = RubricLoader.LoadText("again.rubric", RubricFormatter.Format(rubric));
            Assert.Equal(rubric, again.Value);
        }

        return result;
    }
}
