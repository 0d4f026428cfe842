using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Formatting;

/// <summary>Writes the score, the classifications and the notes in canonical form, and the range of a number type.</summary>
internal static class DecisionFormatter
{
    public static void Score(DslWriter w, ScoreDefinition s)
    {
        var method = s.Method == ScoreMethod.WeightedSum ? "weighted sum" : "weighted mean";
        if (s.Partial is not { } partial)
        {
            w.Line(0, $"score {s.Name} is {method}");
            return;
        }

        w.Line(0, $"score {s.Name} is {method} of scored indicators");
        if (partial.MaxUnscoredShare != 1)
        {
            w.Line(1, $"unscored weight at most {Plain(partial.MaxUnscoredShare * 100)} %");
        }

        if (!partial.Required.IsEmpty)
        {
            w.Line(1, "required " + string.Join(", ", partial.Required));
        }
    }

    public static void Classification(DslWriter w, Classification c)
    {
        w.Line(0, c.Name is null ? "classification" : "classification " + c.Name);
        if (c.Gates is { } gates)
        {
            w.Line(1, gates.IsEmpty ? "without gates" : "gates " + string.Join(", ", gates));
        }

        foreach (var tier in c.Tiers)
        {
            w.Line(1, $"{tier.Outcome} when {ExprText.Format(tier.Condition)}");
        }

        w.Line(1, "otherwise " + c.Fallback);
        if (c.OnConflict is { } conflict)
        {
            w.Line(1, "on conflict " + conflict);
        }

        if (c.OnUnknown is { } unknown)
        {
            w.Line(1, "on unknown " + unknown);
        }
    }

    public static void Note(DslWriter w, Note n)
    {
        w.Line(0, $"{(n.Severity == NoteSeverity.Warning ? "warning" : "note")} {n.Name} when {ExprText.Format(n.Condition)}");
        w.Texts(1, "title", n.Title);
        w.Texts(1, "message", n.Message);
    }

    /// <summary><c>1 to 5</c>, each end without trailing zeros.</summary>
    public static string Range(ValueRange range) => $"{Plain(range.Min)} to {Plain(range.Max)}";

    /// <summary>A number without trailing zeros (20, not 20.00), so formatting is idempotent whatever scale it was computed with.</summary>
    public static string Plain(decimal value) => DslWriter.Number(value / 1.0000000000000000000000000000m);
}
