using System.Globalization;
using System.Text;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// The rubric's meaning as fixed text, for its content hash: the DSL and YAML forms of one rubric hash the
/// same, and any change to a threshold, weight, citation or tier changes the hash. Labels and examples are
/// left out, since they do not change decisions.
/// </summary>
internal static class RubricCanonicalText
{
    public static string Of(Rubric rubric)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Line($"rubric {rubric.Metadata.Id} {rubric.Metadata.Version}");
        Line($"outcomes {string.Join(",", rubric.Outcomes.Select(o => o.Name))}");
        foreach (var input in rubric.Inputs)
        {
            Line($"input {input.Name}: {input.Type.DisplayName} required={input.Required} unit={input.Unit?.Symbol} conflict={input.Conflict} min={input.MinimumCount}");
            Range("  ", input.Range);
            if (input.Type is Model.Types.ListType list)
            {
                foreach (var field in list.Fields)
                {
                    Line($"  field {field.Name}: {field.Type.DisplayName} required={field.Required} unit={field.Unit?.Symbol}");
                    Range("    ", field.Range);
                }
            }
        }

        foreach (var derived in rubric.Derived)
        {
            Line($"derived {derived.Name} = {ExprFormatter.Format(derived.Expression)} unit={derived.Unit?.Symbol}");
        }

        foreach (var c in rubric.Criteria)
        {
            Line($"{c.Kind} {c.Name}: {ExprFormatter.Format(c.Condition)} cite={c.Citation} from={c.From} until={c.Until}");
        }

        if (rubric.CohortExclusion is { } exclusion)
        {
            Line($"exclude from cohort: {ExprFormatter.Format(exclusion.Condition)}"); // only where used, so other hashes keep their bytes
        }

        foreach (var group in rubric.Groups)
        {
            Line($"group {group.Name} weight={group.Weight}");
            foreach (var indicator in group.Indicators)
            {
                Line($"  indicator {indicator.Name} weight={indicator.Weight} score={ExprFormatter.Format(indicator.Score)} cite={indicator.Citation}");
            }
        }

        Line($"score {rubric.Score?.Name} {rubric.Score?.Method}");
        if (rubric.Score?.Partial is { } partial)
        {
            Line($"  of scored indicators: unscored at most {partial.MaxUnscoredShare} required={string.Join(",", partial.Required)}");
        }

        // Lines for named classifications, notes and ranges appear only where a rubric uses them, so the hash of
        // every other rubric (and so its decisions and records) stays as it was.
        foreach (var classification in rubric.Classifications)
        {
            if (classification.Name is { } name)
            {
                Line($"classification {name} gates={(classification.Gates is { } gates ? string.Join(",", gates) : "all")}");
            }

            foreach (var tier in classification.Tiers)
            {
                Line($"tier {tier.Outcome}: {ExprFormatter.Format(tier.Condition)}");
            }

            Line($"fallback {classification.Fallback}");
        }

        foreach (var note in rubric.Notes)
        {
            Line($"{note.Severity} {note.Name}: {ExprFormatter.Format(note.Condition)}");
        }

        return text.ToString();

        void Range(string indent, Model.Types.ValueRange? range)
        {
            if (range is not null)
            {
                Line($"{indent}range {range.Min} to {range.Max}");
            }
        }
    }
}
