using CsCheck;
using static RubricEngine.Language.Tests.Yaml.YamlTestSupport;

namespace RubricEngine.Language.Tests.Yaml;

/// <summary>The YAML front end never throws and never hangs: every input gives a rubric or an error diagnostic.</summary>
public class YamlFuzzTests
{
    /// <summary>Characters that matter to YAML and to the expression language, so random text hits real paths.</summary>
    private const string Alphabet = "abcxyz019_.: -?,[]{}#&*!|>'\"%@`\\\n\n  \t<=/()";

    /// <summary>Fragments that, dropped into a valid rubric, build structures a character at a time rarely would.</summary>
    private static readonly string[] Fragments =
    [
        "\n", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "---\n", "? ", "|\n", ">\n", "\"", "'", "#", "\t",
        "<<: *a\n", "  ", "weight", "when: ", "1 MW", "any of (", ")", "not ", "2026-13-01", "type: ", "records:", "\\u",
    ];

    [Fact]
    public void Load_RandomText_NeverThrowsAndReportsErrors() =>
        Gen.Char[Alphabet].Array[0, 120].Select(chars => new string(chars)).Sample(AssertLoadsSafely, iter: 1500, threads: 1);

    [Fact]
    public void Load_MutatedRubric_NeverThrowsAndReportsErrors()
    {
        var seeds = new[] { Sample("wind.yaml"), Sample("wind.canonical.yaml") };
        var mutation = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, 3], Gen.Int[0, 4000], Gen.Int[0, 40], Gen.Int[0, Fragments.Length - 1]);
        mutation.Select(m => Mutate(seeds[m.Item1], m.Item2, m.Item3, m.Item4, Fragments[m.Item5]))
            .Sample(AssertLoadsSafely, iter: 200, threads: 1);
    }

    [Fact]
    public void Load_BillionLaughs_IsRefusedAtOnce()
    {
        var laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + string.Concat(Enumerable.Range(0, 9).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}]\n"));
        AssertLoadsSafely(laughs);
        Assert.Contains(RubricLoader.LoadText("laughs.yaml", laughs).Errors, d => d.Code == "RUB0107");
    }

    [Theory]
    [InlineData("flow")]
    [InlineData("block")]
    [InlineData("expression")]
    [InlineData("long")]
    public void Load_PathologicalShapes_FinishWithErrors(string shape)
    {
        var text = shape switch
        {
            "flow" => "rubric: x\ntitle: " + new string('[', 20000) + new string(']', 20000) + "\n",
            "block" => "rubric: x\ntitle:\n" + string.Concat(Enumerable.Range(1, 500).Select(i => new string(' ', i) + "k:\n")),
            "expression" => "rubric: x\ncriteria:\n  c: " + new string('(', 5000) + "1" + new string(')', 5000) + "\n",
            _ => "rubric: x\ncriteria:\n  c: " + string.Join(" and ", Enumerable.Repeat("a", 3000)) + "\n",
        };
        AssertLoadsSafely(text);
    }

    /// <summary>0 deletes a range, 1 inserts a fragment, 2 repeats a range, 3 swaps two lines.</summary>
    private static string Mutate(string text, int kind, int at, int length, string fragment)
    {
        var start = at % (text.Length + 1);
        var end = Math.Min(text.Length, start + length);
        switch (kind)
        {
            case 0:
                return text.Remove(start, end - start);
            case 1:
                return text.Insert(start, fragment);
            case 2:
                return text.Insert(end, text[start..end]);
            default:
                var lines = text.Split('\n');
                var (i, j) = (start % lines.Length, (start + length) % lines.Length);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return string.Join('\n', lines);
        }
    }

    /// <summary>Loads on a worker so that a hang fails the test instead of stalling the run.</summary>
    private static void AssertLoadsSafely(string text)
    {
        var load = Task.Run(() => RubricLoader.LoadText("fuzz.yaml", text));
        Assert.True(load.Wait(TimeSpan.FromSeconds(10)), "The YAML loader did not finish within 10 s on:\n" + text);
        var result = load.Result;
        Assert.True(result.Value is not null || result.Errors.Any(), "No rubric and no error for:\n" + text);
    }
}
