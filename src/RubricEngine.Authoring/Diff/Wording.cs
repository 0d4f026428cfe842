using System.Globalization;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;

namespace RubricEngine.Authoring.Diff;

/// <summary>Elements written as the rubric language writes them, so a diff reads in the rubric's own wording.</summary>
internal static class Wording
{
    public static string Text(LocalizedText text) =>
        text.IsEmpty ? "(none)" : string.Join(" ", text.Entries.Select(e => $"{e.Key} {ValueText.Quote(e.Value)}"));

    public static string Expr(Expr expr) => ExprText.Format(expr);

    public static string Number(decimal value) => ValueText.Plain(value);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(open)";

    public static string Optional(string? text) => text is null ? "(none)" : ValueText.Quote(text);

    public static string Input(InputDeclaration input)
    {
        var unit = input.Unit is { } u && u.Symbol.Length > 0 ? $" in {u.Symbol}" : string.Empty;
        return $"{input.Type.DisplayName}{unit}{(input.Required ? ", required" : string.Empty)}";
    }

    public static string Criterion(Criterion criterion) =>
        $"{(criterion.Kind == CriterionKind.Gate ? "gate" : "criterion")} {criterion.Name} when {Expr(criterion.Condition)}";

    public static string Indicator(string group, Indicator indicator) =>
        $"indicator {indicator.Name} weight {Number(indicator.Weight)} in group {group}, score {Expr(indicator.Score)}";

    public static string Tier(Tier tier) => $"{tier.Outcome} when {Expr(tier.Condition)}";

    public static string Score(ScoreDefinition? score) =>
        score is null ? "(none)" : $"score {score.Name} is {(score.Method == ScoreMethod.WeightedMean ? "weighted mean" : "weighted sum")}";

    public static string Policy(InputDeclaration input) =>
        input.ConflictSteps.IsEmpty ? "unknown" : string.Join(", then ", input.ConflictSteps.Select(s => s.Text));

    public static string Requirements(IEnumerable<EvidenceRequirement> requirements, bool onInput)
    {
        var texts = requirements.Select(r => "requires " + (onInput ? string.Empty : r.Input + " ") + r.Check.RequirementText).ToList();
        return texts.Count == 0 ? "(none)" : string.Join("; ", texts);
    }

    public static string Partial(PartialScoring? partial) => partial is null
        ? "(every indicator scored)"
        : $"of scored indicators, unscored weight at most {Number(partial.MaxUnscoredShare * 100 / 1.0000000000000000000000000000m)} %, required {(partial.Required.IsEmpty ? "(none)" : string.Join(", ", partial.Required))}";

    public static string Gates(Model.Collections.ValueArray<string>? gates) =>
        gates is null ? "(every gate)" : gates.Value.IsEmpty ? "(without gates)" : string.Join(", ", gates.Value);

    public static string Classification(Classification c) =>
        $"classification {c.Name}: {string.Join("; ", c.Tiers.Select(Tier))}; otherwise {c.Fallback}";

    public static string UnitDefinition(UnitDeclaration unit) =>
        unit.NewDimension is { } dimension ? $"dimension {dimension}" : $"= {Number(unit.Multiple!.Value)} {unit.Of}";
}
