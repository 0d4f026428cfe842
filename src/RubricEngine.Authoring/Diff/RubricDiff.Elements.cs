using RubricEngine.Model.Collections;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Authoring.Diff;

/// <summary>The element lists of a rubric and the aspects compared on each.</summary>
public static partial class RubricDiff
{
    private static readonly string[] None = [];

    private static ElementList<RubricMetadata> Metadata { get; } = new(
        _ => "metadata", m => m.Id,
        r => [("metadata", r.Metadata)],
        (r, items) => r with { Metadata = items[0] },
        m => m.Id, _ => None, _ => None, Affects: false,
        [
            new("id", m => m.Id, (t, n) => t with { Id = n.Id }),
            new("version", m => Wording.Optional(m.Version), (t, n) => t with { Version = n.Version }),
            new("title", m => Wording.Text(m.Title), (t, n) => t with { Title = n.Title }),
            new("description", m => Wording.Text(m.Description), (t, n) => t with { Description = n.Description }),
            new("source", m => Wording.Optional(m.Source), (t, n) => t with { Source = n.Source }),
            new("citation", m => Wording.Optional(m.Citation), (t, n) => t with { Citation = n.Citation }),
        ]);

    private static ElementList<OutcomeDeclaration> Outcomes { get; } = new(
        _ => "outcome", o => o.Name,
        r => [.. r.Outcomes.Select(o => (o.Name, o))],
        (r, items) => r with { Outcomes = items.ToValueArray() },
        o => $"outcome {o.Name} title {Wording.Text(o.Title)}", o => [o.Name], _ => None, Affects: true,
        [new("title", o => Wording.Text(o.Title), (t, n) => t with { Title = n.Title }, Affects: false)]);

    private static ElementList<InputDeclaration> Inputs { get; } = new(
        _ => "input", i => i.Name,
        r => [.. r.Inputs.Select(i => (i.Name, i))],
        (r, items) => r with { Inputs = items.ToValueArray() },
        i => $"input {i.Name}: {Wording.Input(i)}", i => [i.Name], _ => None, Affects: true,
        [
            new("type", i => Wording.Input(i), (t, n) => t with { Type = n.Type, Unit = n.Unit, Required = n.Required }),
            new("conflict policy", Wording.Policy, (t, n) => t with { Conflict = n.Conflict, Steps = n.Steps }),
            new("requirements", i => Wording.Requirements(i.Requirements, onInput: true), (t, n) => t with { Requirements = n.Requirements }),
            new("range", i => i.Range?.ToString() ?? "(none)", (t, n) => t with { Range = n.Range }),
            new("minimum count", i => i.MinimumCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)", (t, n) => t with { MinimumCount = n.MinimumCount }),
            new("title", i => Wording.Text(i.Title), (t, n) => t with { Title = n.Title }, Affects: false),
        ]);

    private static ElementList<DerivedValue> Derived { get; } = new(
        _ => "derived", d => d.Name,
        r => [.. r.Derived.Select(d => (d.Name, d))],
        (r, items) => r with { Derived = items.ToValueArray() },
        d => $"derived {d.Name} is {Wording.Expr(d.Expression)}", d => [d.Name], d => ExprShape.Names(d.Expression), Affects: true,
        [
            new("formula", d => Wording.Expr(d.Expression), (t, n) => t with { Expression = n.Expression, Unit = n.Unit }, Expression: d => d.Expression),
            new("unit", d => d.Unit?.Symbol ?? "(none)", (t, n) => t with { Unit = n.Unit }),
            new("title", d => Wording.Text(d.Title), (t, n) => t with { Title = n.Title }, Affects: false),
        ]);

    private static ElementList<Criterion> Criteria { get; } = new(
        c => c.Kind == CriterionKind.Gate ? "gate" : "criterion", c => c.Name,
        r => [.. r.Criteria.Select(c => (c.Name, c))],
        (r, items) => r with { Criteria = items.ToValueArray() },
        Wording.Criterion, c => [c.Name], c => ExprShape.Names(c.Condition), Affects: true,
        [
            new("kind", c => c.Kind == CriterionKind.Gate ? "gate" : "criterion", (t, n) => t with { Kind = n.Kind }),
            new("condition", c => Wording.Expr(c.Condition), (t, n) => t with { Condition = n.Condition }, Expression: c => c.Condition),
            new("from", c => Wording.Date(c.From), (t, n) => t with { From = n.From }),
            new("until", c => Wording.Date(c.Until), (t, n) => t with { Until = n.Until }),
            new("requirements", c => Wording.Requirements(c.Requirements, onInput: false), (t, n) => t with { Requirements = n.Requirements }),
            new("citation", c => Wording.Optional(c.Citation), (t, n) => t with { Citation = n.Citation }, Affects: false),
            new("title", c => Wording.Text(c.Title), (t, n) => t with { Title = n.Title }, Affects: false),
            new("explanation", c => Wording.Text(c.Explanation), (t, n) => t with { Explanation = n.Explanation }, Affects: false),
        ]);

    private static ElementList<IndicatorGroup> Groups { get; } = new(
        _ => "group", g => g.Name,
        r => [.. r.Groups.Select(g => (g.Name, g))],
        (r, items) => r with { Groups = items.ToValueArray() },
        g => $"group {g.Name} weight {Wording.Number(g.Weight)} with {g.Indicators.Count} indicators ({string.Join(", ", g.Indicators.Select(i => i.Name))})",
        g => g.Indicators.Select(i => i.Name).Prepend(g.Name), g => g.Indicators.SelectMany(i => ExprShape.Names(i.Score)), Affects: true,
        [
            new("weight", g => Wording.Number(g.Weight), (t, n) => t with { Weight = n.Weight }),
            new("title", g => Wording.Text(g.Title), (t, n) => t with { Title = n.Title }, Affects: false),
        ]);

    private static ElementList<ScoreDefinition?> Score { get; } = new(
        _ => "score", s => s?.Name ?? "score",
        r => r.Score is null ? [] : [("score", r.Score)],
        (r, items) => r with { Score = items.Count == 0 ? null : items[0] },
        Wording.Score, s => s is null ? None : [s.Name], _ => None, Affects: true,
        [
            new("name", s => s!.Name, (t, n) => t! with { Name = n!.Name }),
            new("method", s => Wording.Score(s), (t, n) => t! with { Method = n!.Method }),
            new("partial scoring", s => Wording.Partial(s!.Partial), (t, n) => t! with { Partial = n!.Partial }),
        ]);

    private static ElementList<Tier> Tiers { get; } = new(
        _ => "tier", t => t.Outcome,
        r => ElementList<Tier>.ByOccurrence(r.Classification.Tiers, t => t.Outcome),
        (r, items) => r with { Classification = r.Classification with { Tiers = items.ToValueArray() } },
        Wording.Tier, _ => None, t => ExprShape.Names(t.Condition).Prepend(t.Outcome), Affects: true,
        [new("condition", t => Wording.Expr(t.Condition), (t, n) => t with { Condition = n.Condition }, Expression: t => t.Condition)]);

    // The first classification beside its tiers; keyed by position, so a renamed first classification is a changed name.
    private static ElementList<Classification> Fallback { get; } = new(
        _ => "classification", c => c.Name ?? "otherwise",
        r => [("otherwise", r.Classification)],
        (r, items) => r with { Classification = items[0] },
        c => $"otherwise {c.Fallback}", _ => None, c => [c.Fallback], Affects: true,
        [new("name", c => c.Name ?? "(unnamed)", (t, n) => t with { Name = n.Name }), .. Deciding()]);

    private static ElementList<Example> Examples { get; } = new(
        _ => "example", e => e.Name,
        r => ElementList<Example>.ByOccurrence(r.Examples, e => e.Name),
        (r, items) => r with { Examples = items.ToValueArray() },
        e => $"example {Wording.Optional(e.Name)} expects {e.ExpectedOutcome}", _ => None, _ => None, Affects: false,
        [
            new("expected outcome", e => e.ExpectedOutcome, (t, n) => t with { ExpectedOutcome = n.ExpectedOutcome }),
            new("content", Fingerprint, (t, n) => n with { ExpectedOutcome = t.ExpectedOutcome }),
        ]);

    /// <summary>An example's content apart from its expected outcome, as a short digest of its values and expected verdicts.</summary>
    private static string Fingerprint(Example example)
    {
        var text = new System.Text.StringBuilder().Append(Wording.Date(example.Dossier.AssessmentDate));
        foreach (var entry in example.Dossier.Entries)
        {
            text.Append('\n').Append(entry.Input).Append('=').AppendJoin('|', entry.Values.Select(v => Literal(v.Value)));
        }

        foreach (var expected in example.ExpectedClassifications)
        {
            text.Append("\nexpect ").Append(expected.Classification).Append(" outcome ").Append(expected.Outcome);
        }

        foreach (var verdict in example.ExpectedVerdicts)
        {
            text.Append("\nexpect ").Append(verdict.Criterion).Append(' ').Append(verdict.Verdict);
        }

        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
        return $"{example.Dossier.Entries.Count} inputs, {example.ExpectedVerdicts.Count} expected verdicts, digest {digest[..12]}";
    }

    private static string Literal(Model.Values.Value value) => value switch
    {
        Model.Values.ListValue list => "[" + string.Join(";", list.Records.Select(Literal)) + "]",
        Model.Values.RecordValue record => "{" + string.Join(",", record.Fields.Select(f => f.Key + ":" + Literal(f.Value))) + "}",
        _ => Model.Values.ValueText.Literal(value),
    };

    /// <summary>Indicators of groups present in both versions; an indicator that moved group is removed from one and added to the other.</summary>
    private static ElementList<GroupedIndicator> Indicators(Rubric old, Rubric @new)
    {
        var shared = old.Groups.Select(g => g.Name).Intersect(@new.Groups.Select(g => g.Name)).ToHashSet(StringComparer.Ordinal);
        return new(
            _ => "indicator", i => i.Indicator.Name,
            r => [.. r.Groups.Where(g => shared.Contains(g.Name)).SelectMany(g => g.Indicators.Select(i => ($"{g.Name}/{i.Name}", new GroupedIndicator(g.Name, i))))],
            (r, items) => r with
            {
                Groups = r.Groups.Select(g => shared.Contains(g.Name)
                    ? g with { Indicators = items.Where(i => i.Group == g.Name).Select(i => i.Indicator).ToValueArray() }
                    : g).ToValueArray(),
            },
            i => Wording.Indicator(i.Group, i.Indicator), i => [i.Indicator.Name], i => ExprShape.Names(i.Indicator.Score), Affects: true,
            [
                new("weight", i => Wording.Number(i.Indicator.Weight), (t, n) => t with { Indicator = t.Indicator with { Weight = n.Indicator.Weight } }),
                new("score", i => Wording.Expr(i.Indicator.Score), (t, n) => t with { Indicator = t.Indicator with { Score = n.Indicator.Score } }, Expression: i => i.Indicator.Score),
                new("citation", i => Wording.Optional(i.Indicator.Citation), (t, n) => t with { Indicator = t.Indicator with { Citation = n.Indicator.Citation } }, Affects: false),
                new("title", i => Wording.Text(i.Indicator.Title), (t, n) => t with { Indicator = t.Indicator with { Title = n.Indicator.Title } }, Affects: false),
                new("explanation", i => Wording.Text(i.Indicator.Explanation), (t, n) => t with { Indicator = t.Indicator with { Explanation = n.Indicator.Explanation } }, Affects: false),
            ]);
    }

    private sealed record GroupedIndicator(string Group, Indicator Indicator);
}
