using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Tests.Yaml;

/// <summary>Asserts two rubrics equal, naming the first element that differs instead of printing both whole.</summary>
internal static class ModelDiff
{
    public static void AssertEqual(Rubric expected, Rubric actual)
    {
        var differences = new List<string>();
        Compare(differences, "metadata", [expected.Metadata], [actual.Metadata]);
        Compare(differences, "outcomes", expected.Outcomes, actual.Outcomes);
        Compare(differences, "inputs", expected.Inputs, actual.Inputs);
        Compare(differences, "derived", expected.Derived, actual.Derived);
        Compare(differences, "criteria", expected.Criteria, actual.Criteria);
        Compare(differences, "groups", expected.Groups, actual.Groups);
        Compare(differences, "score", [expected.Score], [actual.Score]);
        Compare(differences, "classification", [expected.Classification], [actual.Classification]);
        foreach (var (e, a) in expected.Examples.Zip(actual.Examples))
        {
            Compare(differences, $"example '{e.Name}' entries", e.Dossier.Entries, a.Dossier.Entries);
            Compare(differences, $"example '{e.Name}' evidence", e.Dossier.Evidence, a.Dossier.Evidence);
        }

        Compare(differences, "examples", expected.Examples, actual.Examples);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(expected, actual);
    }

    private static void Compare<T>(List<string> differences, string what, IReadOnlyList<T> expected, IReadOnlyList<T> actual)
    {
        if (expected.Count != actual.Count)
        {
            differences.Add($"{what}: {expected.Count} vs {actual.Count} items");
        }

        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (!Equals(expected[i], actual[i]))
            {
                differences.Add($"{what}[{i}]:\n  expected {Describe(expected[i])}\n  actual   {Describe(actual[i])}");
            }
        }
    }

    private static string Describe(object? item) => item switch
    {
        null => "null",
        System.Collections.IEnumerable items and not string => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
        _ => item.ToString() ?? string.Empty,
    };
}
