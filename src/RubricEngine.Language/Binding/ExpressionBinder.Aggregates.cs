using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Binding;

/// <summary>List aggregations (over an input's records) and cohort aggregations (over all dossiers).</summary>
internal sealed partial class ExpressionBinder
{
    public override Expr? VisitListAggregate(ListAggregateSyntax node)
    {
        var listName = node.List.Text;
        if (Symbols.Find(listName) is not { } symbol)
        {
            context.Report(DiagnosticCatalog.UnknownName, node.List.Span, listName, BindingContext.DidYouMean(listName, ListNames()));
            return null;
        }

        if (symbol.Type is not ListType list)
        {
            context.Report(DiagnosticCatalog.NotAList, node.List.Span, listName);
            return null;
        }

        Expr? filter = null;
        if (node.Filter is { } filterSyntax)
        {
            var expected = node.Function is ListFunction.Any or ListFunction.All
                ? DiagnosticPhrases.RecordConditionAfter(node.Function == ListFunction.Any ? "any" : "all", listName)
                : DiagnosticPhrases.RecordCondition;
            filter = BindInScope(filterSyntax, listName, list, t => t is BooleanType, expected);
            if (filter is null)
            {
                return null;
            }
        }

        if (node.Function is ListFunction.Any or ListFunction.All)
        {
            return new ListAggregateExpr(node.Function, listName, null, null, BooleanType.Instance, node.Span, filter);
        }

        if (node.Function == ListFunction.Count || node.Element is null)
        {
            return new ListAggregateExpr(ListFunction.Count, listName, null, null, IntegerType.Instance, node.Span, filter);
        }

        var element = BindInScope(node.Element, listName, list, t => t.IsNumeric, DiagnosticPhrases.NumberToAggregate);
        var parameter = TrimParameter(node);
        if (element is null || (node.Function == ListFunction.TrimmedMean && parameter is null))
        {
            return null;
        }

        var type = node.Function is ListFunction.Sum or ListFunction.Min or ListFunction.Max ? element.Type : TypeRules.MeanResult(element.Type);
        return new ListAggregateExpr(node.Function, listName, element, parameter, type, node.Span, filter);
    }

    private IEnumerable<string> ListNames() => Symbols.All.Where(s => s.Type is ListType).Select(s => s.Name);

    private Expr? BindInScope(ExpressionSyntax element, string listName, ListType list, Func<DataType, bool> accepts, DiagnosticPhrase expected)
    {
        var outer = _scope;
        _scope = (listName, list);
        try
        {
            if (element is ReferenceSyntax r && list.Field(r.Name.Text) is null && Symbols.Find(r.Name.Text) is null)
            {
                var fields = list.Fields.Select(f => f.Name);
                context.Report(DiagnosticCatalog.UnknownField, r.Span, listName, r.Name.Text, BindingContext.DidYouMean(r.Name.Text, fields));
                return null;
            }

            return BindExpecting(element, accepts, expected);
        }
        finally
        {
            _scope = outer;
        }
    }

    /// <summary>The trimmed share as a ratio (10 % is 0.1); at least 0 and under 50 %.</summary>
    private decimal? TrimParameter(ListAggregateSyntax node)
    {
        if (node.Percent is not { } percent)
        {
            return null;
        }

        if (percent.Value < 0 || percent.Value >= 50)
        {
            context.Report(DiagnosticCatalog.InvalidCount, percent.Span, DiagnosticPhrases.TrimmedPercentage, DiagnosticPhrases.ZeroToUnderFiftyPercent, percent.Value + " %");
            return null;
        }

        return percent.Value / 100m;
    }

    public override Expr? VisitCohort(CohortSyntax node)
    {
        var subject = BindExpecting(node.Subject, t => t.IsNumeric, DiagnosticPhrases.NumberAcrossCohort);
        decimal? parameter = null;
        if (node.Count is { } count && node.Function == CohortFunction.Quantile)
        {
            if (count.Value < 0 || count.Value > 100)
            {
                context.Report(DiagnosticCatalog.InvalidCount, count.Span, DiagnosticPhrases.CohortPercentile, DiagnosticPhrases.ZeroToHundredPercent, count.Value + " %");
                return null;
            }

            parameter = count.Value / 100m;
        }
        else if (node.Count is { } n)
        {
            if (n.Value < 1 || decimal.Truncate(n.Value) != n.Value)
            {
                context.Report(DiagnosticCatalog.InvalidCount, n.Span, DiagnosticPhrases.TopN, DiagnosticPhrases.WholeNumberAtLeastOne, n.Value);
                return null;
            }

            parameter = n.Value;
        }

        // The filter speaks of the dossier, like the subject: "cohort sum of sales where (not national)".
        var filter = node.Filter is null ? null : BindExpecting(node.Filter, t => t is BooleanType, DiagnosticPhrases.MemberCondition);
        if (subject is null || (node.Filter is not null && filter is null))
        {
            return null;
        }

        DataType type = node.Function switch
        {
            CohortFunction.Sum or CohortFunction.Min or CohortFunction.Max or CohortFunction.Quantile or CohortFunction.TopSum or CohortFunction.Member => subject.Type,
            CohortFunction.Mean or CohortFunction.Median => TypeRules.MeanResult(subject.Type),
            CohortFunction.Rank => IntegerType.Instance,
            CohortFunction.TopN => BooleanType.Instance,
            _ => DecimalType.Instance,
        };
        return new CohortExpr(node.Function, subject, parameter, type, node.Span, filter, node.Member);
    }
}
