using NRules.Fluent.Dsl;

namespace RubricEngine.Benchmarks.InMemory.FluentPeer;

// rubrics/yeda.rubric written by hand in NRules Fluent, the way an NRules user would: one rule per figure and
// per outcome, facts yielded as linked facts. What it leaves out against the rubric engine: no traces or
// conditions as data, no units, no three-valued logic (a panel is complete or short; no missing or conflicting
// scores), no dates, no rubric text.

/// <summary>A panel of at least 10 experts gets its weighted total.</summary>
[Name("yeda.total"), Priority(1)]
public sealed class TotalRule : Rule
{
    public override void Define()
    {
        YedaProject project = null!;
        When().Match(() => project, p => p.Experts >= YedaMath.Quorum);
        Then().Yield(_ => new PanelTotal(project, YedaMath.WeightedMean(project)));
    }
}

/// <summary>A panel of at least 10 experts: do they agree on market needs?</summary>
[Name("yeda.market_agreement"), Priority(1)]
public sealed class MarketAgreementRule : Rule
{
    public override void Define()
    {
        YedaProject project = null!;
        When().Match(() => project, p => p.Experts >= YedaMath.Quorum);
        Then().Yield(_ => new MarketAgreement(project, YedaMath.MarketNeedsVariance(project) <= 1.44m));
    }
}

/// <summary>Transfer: the experts agree and the total is at least 3.5.</summary>
[Name("yeda.transfer")]
public sealed class TransferRule : Rule
{
    public override void Define()
    {
        YedaProject project = null!;
        PanelTotal total = null!;
        When()
            .Match(() => project)
            .Match(() => total, t => t.Project == project, t => t.Value >= 3.5m)
            .Match<MarketAgreement>(a => a.Project == project, a => a.Agree);
        Then().Yield(_ => new YedaOutcome(project, "transfer", total.Value));
    }
}

/// <summary>Patent first: a total of at least 2.8 that does not transfer.</summary>
[Name("yeda.patent_first")]
public sealed class PatentFirstRule : Rule
{
    public override void Define()
    {
        YedaProject project = null!;
        PanelTotal total = null!;
        When()
            .Match(() => project)
            .Match(() => total, t => t.Project == project, t => t.Value >= 2.8m)
            .Match<MarketAgreement>(a => a.Project == project, a => !(a.Agree && total.Value >= 3.5m));
        Then().Yield(_ => new YedaOutcome(project, "patent_first", total.Value));
    }
}

/// <summary>Decline: a total below 2.8.</summary>
[Name("yeda.decline")]
public sealed class DeclineRule : Rule
{
    public override void Define()
    {
        YedaProject project = null!;
        PanelTotal total = null!;
        When()
            .Match(() => project)
            .Match(() => total, t => t.Project == project, t => t.Value < 2.8m);
        Then().Yield(_ => new YedaOutcome(project, "decline", total.Value));
    }
}

/// <summary>Fewer than 10 experts: not enough evidence to decide.</summary>
[Name("yeda.short_panel")]
public sealed class ShortPanelRule : Rule
{
    public override void Define()
    {
        YedaProject project = null!;
        When().Match(() => project, p => p.Experts < YedaMath.Quorum);
        Then().Yield(_ => new YedaOutcome(project, Model.Rubrics.Rubric.InsufficientEvidence, null));
    }
}
