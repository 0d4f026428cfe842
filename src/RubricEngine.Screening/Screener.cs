using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Graph;

namespace RubricEngine.Screening;

/// <summary>
/// Screens dossiers against one rubric: the entry point of this library. Create it once per rubric (it
/// builds the rubric's declaration graph and prepares the engine; it is thread-safe), then screen single
/// dossiers, whole batches in parallel, or open a <see cref="ScreeningSession"/> for what-if changes.
/// </summary>
public sealed partial class Screener
{
    private readonly IDecisionEngineSource _engines;

    private Screener(Rubric rubric, ScreenerOptions options)
    {
        Graph = DeclarationGraph.Build(rubric);
        Options = options;
        Identity = new RubricIdentity(rubric.Metadata.Id, rubric.Metadata.Version, ContentHash.Of(RubricCanonicalText.Of(rubric)));
        _engines = options.ResolveFactory().Prepare(Graph, Identity, options.RecordTrace);
    }

    /// <summary>The rubric screened against.</summary>
    public Rubric Rubric => Graph.Rubric;

    /// <summary>The rubric's id, version and content hash, as decisions carry them.</summary>
    public RubricIdentity Identity { get; }

    /// <summary>The options in force.</summary>
    public ScreenerOptions Options { get; }

    /// <summary>The rubric's declaration graph.</summary>
    internal DeclarationGraph Graph { get; }

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
        return Graph.IsCohort ? ScreenCohort([dossier])[0] : CreateEngine().Screen(dossier, null);
    }

    /// <summary>Decides dossiers that form one cohort, in the order given: the cohort figures are computed once, then each dossier is decided.</summary>
    public IReadOnlyList<Decision> ScreenCohort(IReadOnlyList<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var cohort = Graph.IsCohort ? CohortFigures.Compute(Graph, dossiers) : null;
        var engine = CreateEngine();
        var decisions = new Decision[dossiers.Count];
        for (var i = 0; i < decisions.Length; i++)
        {
            decisions[i] = engine.Screen(dossiers[i], cohort);
        }

        return decisions;
    }

    /// <summary>Opens a session for one dossier, where inputs can be changed and the decision re-derived incrementally.</summary>
    public ScreeningSession OpenSession(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return new ScreeningSession(Graph, Identity, dossier, Options.RecordTrace, _engines.OpenWhatIf(dossier));
    }

    /// <summary>The rubric's declaration graph (one node per declaration, an edge from each node read), as a Graphviz DOT graph.</summary>
    public string RulesToDot() => Graph.ToDot();

    internal IDecisionEngine CreateEngine() => _engines.CreateEngine();
}
