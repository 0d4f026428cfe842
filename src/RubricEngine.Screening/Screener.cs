using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Engine;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening;

/// <summary>
/// Screens dossiers against one rubric: the entry point of this library. Create it once per rubric (it
/// prepares the rubric and is thread-safe), then screen single dossiers, whole batches in parallel, or open
/// a live <see cref="ScreeningSession"/> for what-if changes.
/// </summary>
public sealed partial class Screener
{
    private readonly RubricPlan _plan;
    private readonly Lazy<RubricRuleSet> _rules;

    private Screener(Rubric rubric, ScreenerOptions options)
    {
        _plan = new RubricPlan(rubric);
        _rules = new Lazy<RubricRuleSet>(() => new RubricRuleSet(_plan), LazyThreadSafetyMode.ExecutionAndPublication);
        Options = options;
        Identity = new RubricIdentity(rubric.Metadata.Id, rubric.Metadata.Version, ContentHash.Of(RubricCanonicalText.Of(rubric)));
    }

    /// <summary>The rubric screened against.</summary>
    public Rubric Rubric => _plan.Rubric;

    /// <summary>The rubric's id, version and content hash, as decisions carry them.</summary>
    public RubricIdentity Identity { get; }

    /// <summary>The options in force.</summary>
    public ScreenerOptions Options { get; }

    /// <summary>Prepares a rubric for screening.</summary>
    public static Screener Create(Rubric rubric, ScreenerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        return new Screener(rubric, options ?? new ScreenerOptions());
    }

    /// <summary>A reader that types dossier files against this rubric's inputs.</summary>
    public DossierReader CreateReader(Func<TextReader, string, IEnumerable<RawDossier>>? yamlReader = null) =>
        new(Rubric) { YamlReader = yamlReader };

    /// <summary>Decides one dossier. For a cohort rubric the dossier is its own cohort of one; use a batch instead.</summary>
    public Decision Screen(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return Rubric.IsCohortRubric ? ScreenCohort([dossier])[0] : CreateEngine().Screen(dossier, null, 0);
    }

    /// <summary>Decides dossiers that form one cohort, in the order given.</summary>
    public IReadOnlyList<Decision> ScreenCohort(IReadOnlyList<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        if (Options.Engine == ScreeningEngine.Rules)
        {
            return ((RulesEngine)CreateEngine()).ScreenCohort(dossiers);
        }

        var cohort = Rubric.IsCohortRubric ? new CohortTable(_plan, dossiers) : null;
        var engine = CreateEngine();
        return [.. dossiers.Select((d, i) => engine.Screen(d, cohort, i))];
    }

    /// <summary>Opens a live session for one dossier, where inputs can be changed and the decision re-derived incrementally.</summary>
    public ScreeningSession OpenSession(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return new ScreeningSession(_rules.Value, Identity, dossier);
    }

    /// <summary>The rubric compiled into engine rules, as a Graphviz DOT graph.</summary>
    public string RulesToDot() => _rules.Value.Factory.ToDot();

    internal IDecisionEngine CreateEngine() => Options.Engine switch
    {
        ScreeningEngine.Rules => new RulesEngine(_rules.Value, Identity, Options.RecordTrace),
        _ => new DirectEngine(_plan, Identity, Options.RecordTrace),
    };
}
