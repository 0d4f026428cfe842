using RubricEngine.Authoring.Diff;
using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Authoring.Impact;

/// <summary>
/// Screens a portfolio under two versions of a rubric and attributes every changed decision to the edits of the
/// diff that cause it, exactly: each edit that can change decisions is applied alone to the old version (with the
/// edits it cannot stand without) and the changed dossiers are screened again under that variant; an edit causes
/// a change when its variant alone gives the dossier another outcome or score than the old version does.
/// Cost: two screenings of every dossier, plus one per decision-changing edit of each changed dossier (of every
/// dossier, for a cohort rubric, whose figures need the whole cohort): linear in the dossiers.
/// </summary>
public static class ImpactAnalysis
{
    /// <summary>The word a transition uses for a dossier that could not be read or screened under a version.</summary>
    public const string Failed = "failed";

    /// <summary>Runs the analysis over the dossiers of the given files and folders.</summary>
    public static ImpactReport Run(string oldPath, Rubric old, string newPath, Rubric @new, IReadOnlyList<string> dossierPaths, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        ArgumentNullException.ThrowIfNull(dossierPaths);
        var edits = RubricDiff.Compare(old, @new);
        var before = Screen(old, dossierPaths, threads);
        var after = Screen(@new, dossierPaths, threads);
        if (before.Count != after.Count)
        {
            throw new InvalidOperationException($"The dossier files gave {before.Count} items under the old version and {after.Count} under the new.");
        }

        var pairs = before.Zip(after).Where(p => !p.First.Skipped).ToList();
        var transitions = pairs
            .GroupBy(p => (From: OutcomeOf(p.First), To: OutcomeOf(p.Second)))
            .Select(g => new OutcomeTransition(g.Key.From, g.Key.To, g.Count()))
            .OrderBy(t => Rank(old, t.From)).ThenBy(t => Rank(@new, t.To))
            .ToList();
        var changed = pairs.Select((p, i) => (p.First, p.Second, Index: i)).Where(p => Differs(p.First, p.Second)).ToList();
        var variants = edits.Where(e => e.AffectsDecisions).Select(e => SingleEditVariant.Build(old, e, edits)).ToList();
        var alone = changed.Count == 0 ? [] : variants.Where(v => v.Rubric is not null).Select(v => (v.Edit.Number, Results: ScreenVariant(v.Rubric!, old, pairs.Select(p => p.First).ToList(), changed.Select(c => c.Index).ToHashSet(), dossierPaths, threads))).ToList();
        var changes = changed.Select(c =>
        {
            var results = alone.Select(a => new ScreenedAs(a.Number, a.Results[c.Index].Outcome, a.Results[c.Index].Score) { Others = a.Results[c.Index].Others }).ToList();
            var differing = results.Where(r => r.Outcome != OutcomeOf(c.First) || r.Score != ScoreOf(c.First) || r.Others != OthersOf(c.First)).ToList();

            // A flip is caused by the edits that alone flip the outcome; a flip of a further classification by those that
            // alone flip it; a score change by those that alone move the score.
            var causes = OutcomeOf(c.First) != OutcomeOf(c.Second) ? differing.Where(r => r.Outcome != OutcomeOf(c.First))
                : OthersOf(c.First) != OthersOf(c.Second) ? differing.Where(r => r.Others != OthersOf(c.First))
                : differing.Where(r => r.Score != ScoreOf(c.First));
            return new DossierChange(
                c.First.Source.DossierId ?? c.Second.Source.DossierId ?? $"#{c.Index + 1}", c.First.Source.Span.ToString(),
                OutcomeOf(c.First), OutcomeOf(c.Second), ScoreOf(c.First), ScoreOf(c.Second), [.. causes.Select(r => r.Edit)], differing)
            {
                OthersFrom = OthersOf(c.First),
                OthersTo = OthersOf(c.Second),
            };
        }).ToList();
        return new ImpactReport(oldPath, newPath, old, @new, edits, variants, pairs.Count, transitions, changes);
    }

    private static List<ScreeningItem> Screen(Rubric rubric, IReadOnlyList<string> paths, int threads)
    {
        var screener = Screener.Create(rubric, new ScreenerOptions { Threads = threads });
        return [.. screener.ScreenBatch(screener.CreateReader(YamlDossierReader.Read).Read(paths))];
    }

    /// <summary>
    /// The results of the changed dossiers (by pair index) under a variant. A variant with the old inputs screens the
    /// dossiers as the old version typed them; one whose inputs differ reads the files again against its own inputs.
    /// </summary>
    private static Dictionary<int, (string Outcome, decimal? Score, string Others)> ScreenVariant(
        Rubric variant, Rubric old, List<ScreeningItem> oldItems, HashSet<int> wanted, IReadOnlyList<string> paths, int threads)
    {
        var screener = Screener.Create(variant, new ScreenerOptions { Threads = threads });
        var results = new Dictionary<int, (string, decimal?, string)>();
        if (variant.Inputs != old.Inputs)
        {
            var items = Screen(variant, paths, threads).Where(i => !i.Skipped).ToList();
            foreach (var index in wanted)
            {
                results[index] = (OutcomeOf(items[index]), ScoreOf(items[index]), OthersOf(items[index]));
            }

            return results;
        }

        // A cohort's figures need every dossier of the cohort; otherwise only the changed ones are screened again.
        var indices = variant.IsCohortRubric ? Enumerable.Range(0, oldItems.Count).ToList() : [.. wanted.Order()];
        var screenable = indices.Where(i => oldItems[i].Source.Dossier is not null).ToList();
        var decisions = screener.ScreenCohort([.. screenable.Select(i => oldItems[i].Source.Dossier!)]);
        var byIndex = screenable.Zip(decisions).ToDictionary(p => p.First, p => p.Second);
        foreach (var index in wanted)
        {
            results[index] = byIndex.TryGetValue(index, out var decision) ? (decision.Outcome, decision.Score?.Value, Others(decision)) : (Failed, null, string.Empty);
        }

        return results;
    }

    /// <summary>Outcomes in the rubric's order of declaration, then insufficient evidence, then failed.</summary>
    private static int Rank(Rubric rubric, string outcome)
    {
        var index = rubric.Outcomes.Select(o => o.Name).ToList().IndexOf(outcome);
        return index >= 0 ? index : outcome == Rubric.InsufficientEvidence ? rubric.Outcomes.Count : rubric.Outcomes.Count + 1;
    }

    private static bool Differs(ScreeningItem a, ScreeningItem b) => OutcomeOf(a) != OutcomeOf(b) || ScoreOf(a) != ScoreOf(b) || OthersOf(a) != OthersOf(b);

    private static string OutcomeOf(ScreeningItem item) => item.Decision?.Outcome ?? Failed;

    private static decimal? ScoreOf(ScreeningItem item) => item.Decision?.Score?.Value;

    private static string OthersOf(ScreeningItem item) => item.Decision is { } decision ? Others(decision) : string.Empty;

    /// <summary>The outcomes of the classifications after the first, as <c>loan_gate: loan</c>; empty for a rubric with one.</summary>
    private static string Others(Decision decision) =>
        string.Join(", ", (decision.Classifications ?? []).Skip(1).Select(c => $"{c.Name}: {c.Outcome}"));
}
