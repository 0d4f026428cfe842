using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;
using RubricEngine.Model.Values;

namespace RubricEngine.Language.Formatting;

/// <summary>Writes embedded examples: scalar givens on one line, list inputs as tables.</summary>
internal static class ExampleFormatter
{
    public static void Example(DslWriter w, Example e, Rubric rubric)
    {
        var date = e.Dossier.AssessmentDate is { } d ? " assessed on " + DslWriter.Date(d) : string.Empty;
        w.Line(0, $"example {DslWriter.Quote(e.Name)}{date}");
        foreach (var entry in Givens(e, rubric))
        {
            foreach (var value in entry.Values)
            {
                Given(w, entry.Input, value, e.Dossier, rubric.Input(entry.Input)?.Type as ListType);
            }
        }

        w.Line(1, "expect outcome " + e.ExpectedOutcome);
        foreach (var expected in e.ExpectedClassifications)
        {
            w.Line(1, $"expect {expected.Classification} outcome {expected.Outcome}");
        }

        foreach (var verdict in e.ExpectedVerdicts)
        {
            var word = verdict.Verdict switch
            {
                Truth.Met => "met",
                Truth.NotMet => "not met",
                Truth.Conflict => "conflict",
                Truth.NotApplicable => "not applicable",
                _ => "unknown",
            };
            w.Line(1, $"expect {verdict.Criterion} {word}");
        }
    }

    /// <summary>
    /// An example's entries in the order the inputs are declared, which is how authors write them (both forms use
    /// it). The binder assigns evidence ids in name order whatever the order, so this changes no decision.
    /// </summary>
    internal static IEnumerable<DossierEntry> Givens(Example example, Rubric rubric)
    {
        var order = rubric.Inputs.Select((input, i) => (input.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        return example.Dossier.Entries.OrderBy(entry => order.GetValueOrDefault(entry.Input, int.MaxValue));
    }

    private static void Given(DslWriter w, string input, EvidencedValue value, Dossier dossier, ListType? listType)
    {
        var evidence = string.Concat(value.EvidenceIds.Select(dossier.EvidenceById).OfType<EvidenceItem>().Select(Evidence));
        if (value.Value is ListValue list)
        {
            w.Line(1, "given " + input);
            Table(w, list, listType);
            if (evidence.Length > 0)
            {
                w.Line(2, evidence.TrimStart());
            }

            return;
        }

        w.Line(1, $"given {input} = {ValueText.Literal(value.Value)}{evidence}");
    }

    private static string Evidence(EvidenceItem item) =>
        (item.Document is null ? string.Empty : " from " + DslWriter.Quote(item.Document))
        + (item.VerifiedBy is null ? string.Empty : " verified by " + DslWriter.Quote(item.VerifiedBy))
        + (item.Verification is { } kind ? " as " + kind.ToWord() : string.Empty)
        + (item.Method is null ? string.Empty : " method " + DslWriter.Quote(item.Method));

    /// <summary>Columns in the list's declared field order, limited to fields some record has; a missing cell is <c>-</c>.</summary>
    private static void Table(DslWriter w, ListValue list, ListType? type)
    {
        var present = list.Records.SelectMany(r => r.Fields.Select(f => f.Key)).ToHashSet(StringComparer.Ordinal);
        var declared = type?.Fields.Select(f => f.Name).ToList() ?? [];
        var columns = declared.Where(present.Contains).Concat(present.Except(declared).Order(StringComparer.Ordinal)).ToList();
        if (columns.Count == 0)
        {
            columns = declared.Count > 0 ? declared : ["value"];
        }

        w.Line(2, "columns " + string.Join(", ", columns));
        foreach (var record in list.Records)
        {
            w.Line(2, "row " + string.Join(", ", columns.Select(c => record.Field(c) is { } v ? ValueText.Literal(v) : "-")));
        }
    }
}
