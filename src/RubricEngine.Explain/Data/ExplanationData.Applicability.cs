using System.Globalization;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Types;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Explain.Data;

/// <summary>
/// Criteria that do not apply to the dossier, shown apart and folded rather than as "not met": outside their
/// dates, written for another activity (a conjunct <c>activity = member</c> that the dossier's known choice
/// contradicts), or read only by criteria that do not apply. Gates and criteria a tier reads stay unless their
/// dates exclude them.
/// </summary>
internal sealed partial class ExplanationData
{
    private Dictionary<string, string>? _folded;

    /// <summary>The folded criteria by name, with why each does not apply, in the wanted language.</summary>
    private Dictionary<string, string> FoldedReasons()
    {
        if (_folded is not null)
        {
            return _folded;
        }

        _folded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in decision.Criteria)
        {
            if (!result.Applicable)
            {
                _folded[result.Name] = Format(labels.Words.OutsideDates, DateRange(result.Name));
            }
            else if (result.Verdict == Truth.NotMet && OtherChoice(result) is { } other)
            {
                _folded[result.Name] = Format(labels.Words.OtherActivity, other);
            }
        }

        // A criterion only folded criteria read serves nothing that applies; repeat until no more fold.
        var readByTiers = rubric.Classification.Tiers.SelectMany(t => ExprWalker.References(t.Condition, SymbolKind.Criterion)).ToHashSet(StringComparer.Ordinal);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var criterion in rubric.Criteria)
            {
                if (_folded.ContainsKey(criterion.Name) || criterion.Kind == Model.Rubrics.CriterionKind.Gate || readByTiers.Contains(criterion.Name))
                {
                    continue;
                }

                var readers = rubric.Criteria.Where(c => ExprWalker.References(c.Condition, SymbolKind.Criterion).Contains(criterion.Name)).ToList();
                if (readers.Count > 0 && readers.All(r => _folded.ContainsKey(r.Name)))
                {
                    _folded[criterion.Name] = labels.Words.OnlyServesNotApplicable;
                    changed = true;
                }
            }
        }

        return _folded;
    }

    /// <summary>"activity = hydropower" when a conjunct of the condition tests a choice the dossier made otherwise; else null.</summary>
    private string? OtherChoice(CriterionResult result)
    {
        var condition = rubric.Criterion(result.Name)?.Condition;
        foreach (var conjunct in condition is null ? [] : Conjuncts(condition))
        {
            if (conjunct is BinaryExpr { Operator: BinaryOperator.Equal } equal
                && equal.WithConstantOnRight() is ({ } term, { Value: EnumValue wanted }, _)
                && term is ReferenceExpr { Kind: SymbolKind.Input, Type: EnumType } choice
                && result.Values.FirstOrDefault(v => v.Name == choice.Name)?.Value is { } given
                && given != wanted.Member)
            {
                return $"{choice.Name} = {given}";
            }
        }

        return null;
    }

    private static IEnumerable<Expr> Conjuncts(Expr condition) => condition is BinaryExpr { Operator: BinaryOperator.And } and
        ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
        : [condition];

    private string DateRange(string criterion)
    {
        var declared = rubric.Criterion(criterion);
        var parts = new List<string>();
        if (declared?.From is { } from)
        {
            parts.Add(Format(labels.Words.FromDate, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (declared?.Until is { } until)
        {
            parts.Add(Format(labels.Words.UntilDate, until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return string.Join(labels.Words.Separator, parts);
    }

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
