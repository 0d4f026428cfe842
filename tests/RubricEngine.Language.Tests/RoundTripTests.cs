using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Tests;

/// <summary>Parse, format, parse gives an equal rubric, and formatting is idempotent, for every rubric that loads.</summary>
public class RoundTripTests
{
    public static TheoryData<string> Rubrics()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Paths.Rubrics, "*.rubric").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Paths.Root, file));
        }

        foreach (var directory in Directory.GetDirectories(Paths.Golden).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Paths.Root, Path.Combine(directory, "input.rubric")));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rubrics))]
    public void Roundtrip_ParseFormatParse_GivesEqualRubricAndStableText(string relativePath)
    {
        var original = RubricLoader.LoadText("original.rubric", File.ReadAllText(Path.Combine(Paths.Root, relativePath)));
        if (original.Value is not { } rubric)
        {
            return; // error cases have nothing to round-trip
        }

        var formatted = RubricFormatter.Format(rubric);
        var reparsed = RubricLoader.LoadText("formatted.rubric", formatted);
        Assert.Empty(reparsed.Errors);
        Assert.Equal(rubric, reparsed.Value);
        Assert.Equal(formatted, RubricFormatter.Format(reparsed.Value!));
    }

    [Fact]
    public void Roundtrip_ShippedRubrics_LoadWithoutErrorsOrWarnings()
    {
        foreach (var file in Directory.GetFiles(Paths.Rubrics, "*.rubric"))
        {
            var result = RubricLoader.LoadFile(file);
            Assert.True(result.Diagnostics.IsEmpty, file + ":\n" + string.Join("\n", result.Diagnostics));
        }
    }

    [Fact]
    public void Roundtrip_DifferentSpans_StillEqual()
    {
        var compact = RubricLoader.LoadText("a.rubric", "rubric t\noutcome no\ninput x: decimal\ncriterion c when x > 1\nclassification\n  no when c\n  otherwise no\n");
        var spread = RubricLoader.LoadText("b.rubric", "# comment\n\nrubric   t\n\noutcome no\ninput x:decimal\ncriterion c\n  when (x > 1)\nclassification\n  no when c\n  otherwise no\n");
        Assert.NotNull(compact.Value);
        Assert.Equal<Rubric?>(compact.Value, spread.Value);
    }
}
