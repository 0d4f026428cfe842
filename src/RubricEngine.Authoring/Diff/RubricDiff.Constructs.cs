using RubricEngine.Model.Collections;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Authoring.Diff;

/// <summary>
/// The element lists of the evidence, decision and unit constructs: declared units, notes, the cohort exclusion and
/// the named classifications after the first, and the wording of their aspects.
/// </summary>
public static partial class RubricDiff
{
    private static ElementList<UnitDeclaration> Units { get; } = new(
        _ => "unit", u => u.Symbol,
        r => [.. r.Units.Select(u => (u.Symbol, u))],
        (r, items) => Rebound(r with { Units = items.ToValueArray() }),
        u => $"unit {u.Symbol} {Wording.UnitDefinition(u)}", u => [u.Symbol], _ => Array.Empty<string>(), Affects: true,
        [
            new("definition", Wording.UnitDefinition, (t, n) => t with { Unit = n.Unit, NewDimension = n.NewDimension, Multiple = n.Multiple, Of = n.Of }),
            new("title", u => Wording.Text(u.Title), (t, n) => t with { Title = n.Title }, Affects: false),
        ]);

    private static ElementList<CohortExclusion> Exclusion { get; } = new(
        _ => "cohort exclusion", _ => "exclude from cohort",
        r => r.CohortExclusion is null ? [] : [("exclusion", r.CohortExclusion)],
        (r, items) => r with { CohortExclusion = items.Count == 0 ? null : items[0] },
        x => $"exclude from cohort when {Wording.Expr(x.Condition)}", _ => Array.Empty<string>(), x => ExprShape.Names(x.Condition), Affects: true,
        [
            new("condition", x => Wording.Expr(x.Condition), (t, n) => t with { Condition = n.Condition }, Expression: x => x.Condition),
            new("title", x => Wording.Text(x.Title), (t, n) => t with { Title = n.Title }, Affects: false),
        ]);

    // Notes never change an outcome or a score, which is all the impact analysis compares.
    private static ElementList<Note> Notes { get; } = new(
        n => n.Severity == NoteSeverity.Warning ? "warning" : "note", n => n.Name,
        r => [.. r.Notes.Select(n => (n.Name, n))],
        (r, items) => r with { Notes = items.ToValueArray() },
        n => $"{(n.Severity == NoteSeverity.Warning ? "warning" : "note")} {n.Name} when {Wording.Expr(n.Condition)}", n => [n.Name], n => ExprShape.Names(n.Condition), Affects: false,
        [
            new("kind", n => n.Severity == NoteSeverity.Warning ? "warning" : "note", (t, n) => t with { Severity = n.Severity }),
            new("condition", n => Wording.Expr(n.Condition), (t, n) => t with { Condition = n.Condition }, Expression: n => n.Condition),
            new("title", n => Wording.Text(n.Title), (t, n) => t with { Title = n.Title }),
            new("message", n => Wording.Text(n.Message), (t, n) => t with { Message = n.Message }),
        ]);

    /// <summary>The named classifications after the first, each one element: its tiers are compared as one aspect.</summary>
    private static ElementList<Classification> Others { get; } = new(
        _ => "classification", c => c.Name ?? "classification",
        r => [.. r.OtherClassifications.Select(c => (c.Name ?? "classification", c))],
        (r, items) => r with { OtherClassifications = items.ToValueArray() },
        Wording.Classification, _ => Array.Empty<string>(), c => c.Tiers.SelectMany(t => ExprShape.Names(t.Condition).Prepend(t.Outcome)).Append(c.Fallback), Affects: true,
        [
            new("tiers", c => string.Join("; ", c.Tiers.Select(Wording.Tier)), (t, n) => t with { Tiers = n.Tiers }),
            .. Deciding(),
        ]);

    /// <summary>
    /// The rubric bound again from its text: a unit's factor is copied into every input, threshold and display unit
    /// that uses it, so a changed definition must reach them all. A rubric that no longer checks stays as it is.
    /// </summary>
    private static Rubric Rebound(Rubric rubric)
    {
        var loaded = Language.RubricLoader.LoadDsl(rubric.Span.Path.Length > 0 ? rubric.Span.Path : "rubric.rubric", Language.RubricFormatter.Format(rubric));
        return loaded.Succeeded ? loaded.Value! : rubric;
    }

    /// <summary>What a classification does beside its tiers, compared for the first one and the others alike.</summary>
    // A method, not a static property: the lists of the other part of this class are initialised in an order of files.
    private static Aspect<Classification>[] Deciding() =>
    [
        new("fallback", c => c.Fallback, (t, n) => t with { Fallback = n.Fallback }),
        new("gates", c => Wording.Gates(c.Gates), (t, n) => t with { Gates = n.Gates }),
        new("on conflict", c => c.OnConflict ?? "(as unknown)", (t, n) => t with { OnConflict = n.OnConflict }),
        new("on unknown", c => c.OnUnknown ?? Rubric.InsufficientEvidence, (t, n) => t with { OnUnknown = n.OnUnknown }),
    ];
}
