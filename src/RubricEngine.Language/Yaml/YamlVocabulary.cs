using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// The closed word lists of the YAML form, in snake_case like its keys. The loader reads them and the writer
/// writes them, so each list is the one place where a word and its meaning meet.
/// </summary>
internal static class YamlVocabulary
{
    public static IReadOnlyDictionary<string, ScoreMethod> ScoreMethods { get; } = new Dictionary<string, ScoreMethod>(StringComparer.Ordinal)
    {
        ["weighted_mean"] = ScoreMethod.WeightedMean,
        ["weighted_sum"] = ScoreMethod.WeightedSum,
    };

    public static IReadOnlyDictionary<string, ConflictPolicy> ConflictPolicies { get; } = new Dictionary<string, ConflictPolicy>(StringComparer.Ordinal)
    {
        ["unknown"] = ConflictPolicy.Unknown,
        ["prefer_verified"] = ConflictPolicy.PreferVerified,
        ["prefer_latest"] = ConflictPolicy.PreferLatest,
        ["prefer_lowest"] = ConflictPolicy.Lowest,
        ["prefer_highest"] = ConflictPolicy.Highest,
    };

    public static IReadOnlyDictionary<string, CriterionKind> CriterionKinds { get; } = new Dictionary<string, CriterionKind>(StringComparer.Ordinal)
    {
        ["criterion"] = CriterionKind.Criterion,
        ["gate"] = CriterionKind.Gate,
    };

    public static IReadOnlyDictionary<string, NoteSeverity> NoteKinds { get; } = new Dictionary<string, NoteSeverity>(StringComparer.Ordinal)
    {
        ["note"] = NoteSeverity.Note,
        ["warning"] = NoteSeverity.Warning,
    };

    public static IReadOnlyDictionary<string, Truth> Verdicts { get; } = new Dictionary<string, Truth>(StringComparer.Ordinal)
    {
        ["met"] = Truth.Met,
        ["not_met"] = Truth.NotMet,
        ["unknown"] = Truth.Unknown,
        ["conflict"] = Truth.Conflict,
        ["not_applicable"] = Truth.NotApplicable,
    };

    /// <summary>The word for a value: the writer's side of a list.</summary>
    public static string WordFor<T>(IReadOnlyDictionary<string, T> words, T value)
        where T : struct, Enum =>
        words.First(w => EqualityComparer<T>.Default.Equals(w.Value, value)).Key;
}
