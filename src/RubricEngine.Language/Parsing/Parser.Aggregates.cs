using RubricEngine.Language.Syntax;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Alternative routes, list aggregations and cohort aggregations: the keyword-led primaries.</summary>
internal static partial class Parser
{
    /// <summary><c>any of (a, b)</c>, <c>all of (a, b)</c>, <c>at least 2 of (a, b, c)</c>.</summary>
    private static Parser<ExpressionSyntax> AnyOf => field ??= Node(
        from minimum in Keywords("any", "of").Select(span => (Spanned<int>?)new Spanned<int>(1, span))
            .Or(Keywords("all", "of").Select(span => (Spanned<int>?)null))
            .Or(from words in Keywords("at", "least") from count in Count from of in Keyword("of") select (Spanned<int>?)count)
        from open in Symbol("(")
        from options in CommaList(Expression)
        from close in Symbol(")")
        select (Func<SourceSpan, ExpressionSyntax>)(span =>
            new AnyOfSyntax(options, minimum ?? new Spanned<int>(options.Count, span), span)));

    private static Parser<ExpressionSyntax> ListAggregate => field ??= Node(
        (from count in Keywords("count", "of")
         from list in Name
         from filter in Where.XOptional()
         select (Func<SourceSpan, ExpressionSyntax>)(span => new ListAggregateSyntax(ListFunction.Count, list, null, null, span, filter.GetOrDefault())))
        .Or(from function in ListFunctionWords
            from of in Keyword("of")
            from target in AggregateTarget
            from filter in Where.XOptional()
            select (Func<SourceSpan, ExpressionSyntax>)(span =>
                new ListAggregateSyntax(function.Function, target.List, target.Element, function.Percent, span, filter.GetOrDefault()))));

    /// <summary>
    /// <c>where</c> and a condition on each record: a name or a parenthesised condition, so that
    /// <c>count of evidence where verified >= 2</c> compares the count, and <c>where (trl >= 6)</c> filters by a comparison.
    /// </summary>
    private static Parser<ExpressionSyntax> Where => field ??=
        from keyword in Keyword("where")
        from condition in Negation
        select condition;

    /// <summary><c>any of evidence where (...)</c>, <c>all of evidence where (...)</c>: a condition tested on the records of a list.</summary>
    private static Parser<ExpressionSyntax> ListTest => field ??= Node(
        from function in Keywords("any", "of").Return(ListFunction.Any).Or(Keywords("all", "of").Return(ListFunction.All))
        from list in Name
        from condition in Where
        select (Func<SourceSpan, ExpressionSyntax>)(span => new ListAggregateSyntax(function, list, null, null, span, condition)));

    private static Parser<(ListFunction Function, Spanned<decimal>? Percent)> ListFunctionWords => field ??=
        Keyword("sum").Return((ListFunction.Sum, (Spanned<decimal>?)null))
            .Or(Keyword("mean").Return((ListFunction.Mean, (Spanned<decimal>?)null)))
            .Or(Keyword("median").Return((ListFunction.Median, (Spanned<decimal>?)null)))
            .Or(Keyword("min").Return((ListFunction.Min, (Spanned<decimal>?)null)))
            .Or(Keyword("max").Return((ListFunction.Max, (Spanned<decimal>?)null)))
            .Or(Keywords("standard", "deviation").Return((ListFunction.StandardDeviation, (Spanned<decimal>?)null)))
            .Or(from words in Keywords("trimmed", "mean")
                from percent in SignedNumber
                from sign in Symbol("%")
                select (ListFunction.TrimmedMean, (Spanned<decimal>?)percent));

    /// <summary><c>panel.market_needs</c>, or <c>(expression) across panel</c>.</summary>
    private static Parser<(NameSyntax List, ExpressionSyntax Element)> AggregateTarget => field ??=
        DottedField.Or(
            from element in Negation
            from across in Keyword("across")
            from list in Name
            select (list, element));

    /// <summary><c>list.field</c>; consumes nothing unless the dot is there, so the other form can be tried.</summary>
    private static Parser<(NameSyntax List, ExpressionSyntax Element)> DottedField => field ??= new Parser<(NameSyntax List, ExpressionSyntax Element)>(input =>
    {
        var list = Name(input);
        if (!list.WasSuccessful || list.Remainder.AtEnd || list.Remainder.Current != '.')
        {
            return Result.Failure<(NameSyntax, ExpressionSyntax)>(input, "expected list.field", ["list.field"]);
        }

        var member = Name(list.Remainder.Advance());
        return member.WasSuccessful
            ? Result.Success((list.Value, (ExpressionSyntax)new ReferenceSyntax(member.Value, member.Value.Span)), member.Remainder)
            : Result.Failure<(NameSyntax, ExpressionSyntax)>(member.Remainder, member.Message, ["a field name"]);
    });

    /// <summary><c>cohort sum of x</c>, <c>cohort mean of x</c>, <c>share of x</c>, <c>rank by x</c>, <c>top 5 by x</c>, <c>percentile of x</c>.</summary>
    private static Parser<ExpressionSyntax> CohortAggregate => field ??= Node(
        from head in Keywords("cohort", "sum", "of").Return((CohortFunction.Sum, (Spanned<decimal>?)null))
            .Or(Keywords("cohort", "mean", "of").Return((CohortFunction.Mean, (Spanned<decimal>?)null)))
            .Or(Keywords("cohort", "min", "of").Return((CohortFunction.Min, (Spanned<decimal>?)null)))
            .Or(Keywords("cohort", "max", "of").Return((CohortFunction.Max, (Spanned<decimal>?)null)))
            .Or(Keywords("cohort", "median", "of").Return((CohortFunction.Median, (Spanned<decimal>?)null)))
            .Or(from words in Keywords("cohort", "percentile") from p in SignedNumber from sign in Symbol("%") from of in Keyword("of")
                select (CohortFunction.Quantile, (Spanned<decimal>?)p))
            .Or(Keywords("share", "of").Return((CohortFunction.Share, (Spanned<decimal>?)null)))
            .Or(Keywords("rank", "by").Return((CohortFunction.Rank, (Spanned<decimal>?)null)))
            .Or(Keywords("percentile", "of").Return((CohortFunction.Percentile, (Spanned<decimal>?)null)))
            .Or(from top in Keyword("top") from n in SignedNumber
                from function in Keyword("by").Return(CohortFunction.TopN)
                    .Or(Keywords("sum", "of").Return(CohortFunction.TopSum))
                    .Or(Keywords("share", "of").Return(CohortFunction.TopShare))
                select (function, (Spanned<decimal>?)n))
        from subject in Negation
        from filter in Where.XOptional()
        select (Func<SourceSpan, ExpressionSyntax>)(span => new CohortSyntax(head.Item1, subject, head.Item2, span, filter.GetOrDefault())));

    /// <summary>
    /// A name, or <c>sales of "Shanghai"</c>: one member's value, by its dossier id. Once "of" follows the name,
    /// the id must follow too, so <c>sales of Shanghai</c> is an error at the id.
    /// </summary>
    private static Parser<ExpressionSyntax> ReferenceOrMember => field ??= Node(
        from name in Name
        from member in (from of in Keyword("of") from id in Text select id).XOptional()
        select (Func<SourceSpan, ExpressionSyntax>)(span => member.IsDefined
            ? new CohortSyntax(CohortFunction.Member, new ReferenceSyntax(name, name.Span), null, span, null, member.Get().Value)
            : new ReferenceSyntax(name, span)));
}
