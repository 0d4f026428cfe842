using RubricEngine.Language.Syntax;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Indicator groups and their indicators.</summary>
internal static partial class Parser
{
    /// <summary><c>group technical weight 1</c>, an optional title, then its indicators.</summary>
    private static Parser<DeclarationSyntax> Group => field ??= Node(
        from keyword in Keyword("group")
        from name in Name
        from weight in WeightClause
        from clauses in Clauses(NoneRepeatable, TextsClause("title"))
        from indicators in Indicator.XMany()
        from end in EndOfDeclaration("an indicator")
        select (Func<SourceSpan, DeclarationSyntax>)(span =>
            new GroupSyntax(name, weight, TextsOf(clauses, "title"), indicators.ToValueArray(), span)));

    private static Parser<Spanned<decimal>> WeightClause => field ??=
        from word in Keyword("weight")
        from weight in SignedNumber
        select weight;

    /// <summary><c>indicator market_needs weight 5.0</c> with title, explain, cites and score clauses.</summary>
    private static Parser<IndicatorSyntax> Indicator => field ??= Node(
        from keyword in Keyword("indicator")
        from name in Name
        from weight in WeightClause
        from clauses in Clauses(
            NoneRepeatable,
            TextsClause("title"),
            TextsClause("explain"),
            TextClause("cites"),
            ClauseOf("score", from word in Keyword("score") from score in Expression select score))
        select (Func<SourceSpan, IndicatorSyntax>)(span => new IndicatorSyntax(
            name,
            weight,
            One<ExpressionSyntax>(clauses, "score"),
            TextsOf(clauses, "title"),
            TextsOf(clauses, "explain"),
            One<Spanned<string>>(clauses, "cites"),
            span)));
}
