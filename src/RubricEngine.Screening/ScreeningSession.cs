using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening;

/// <summary>
/// A live screening of one dossier for what-if questions: change an input, and the decision is re-derived.
/// Single-threaded, like the engine session behind it.
/// </summary>
public sealed class ScreeningSession
{
    private readonly Screener _screener;
    private readonly RubricPlan _plan;

    internal ScreeningSession(Screener screener, RubricPlan plan, Dossier dossier)
    {
        _screener = screener;
        _plan = plan;
        Dossier = dossier;
        Decision = Decide();
    }

    /// <summary>The dossier as it stands after the changes so far.</summary>
    public Dossier Dossier { get; private set; }

    /// <summary>The decision for the dossier as it stands.</summary>
    public Decision Decision { get; private set; }

    /// <summary>Replaces the values of one input (no values removes it) and returns the new decision.</summary>
    public Decision Update(string input, params Value[] values)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(values);
        if (!_plan.Inputs.ContainsKey(input))
        {
            throw new ArgumentException($"The rubric has no input '{input}'.", nameof(input));
        }

        var entries = Dossier.Entries.Where(e => e.Input != input).ToList();
        if (values.Length > 0)
        {
            entries.Add(new DossierEntry(input, values.Select(v => new EvidencedValue(v, [], SourceSpan.None)).ToValueArray()));
        }

        Dossier = Dossier with { Entries = entries.OrderBy(e => e.Input, StringComparer.Ordinal).ToValueArray() };
        Decision = Decide();
        return Decision;
    }

    private Decision Decide() => _screener.CreateEngine().Screen(Dossier, null, 0);
}
