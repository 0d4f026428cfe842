using RubricEngine.Language.Syntax;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Conditionals and functions of written value lists: <c>if</c>, <c>first known of</c>, <c>count of (...)</c>, <c>min of (...)</c>.</summary>
internal static partial class Parser
{
    /// <summary><c>if c then a else b</c>; the else branch runs as far as an expression can, as in most languages.</summary>
    private static Parser<ExpressionSyntax> Conditional => field ??= Node(
        from ifWord in Keyword("if")
        from condition in Parse.Ref(() => Expression)
        from thenWord in Keyword("then")
        from then in Parse.Ref(() => Expression)
        from elseWord in Keyword("else")
        from otherwise in Parse.Ref(() => Expression)
        select (Func<SourceSpan, ExpressionSyntax>)(span => new ConditionalSyntax(condition, then, otherwise, span)));

    /// <summary><c>first known of (a, b, ...)</c>.</summary>
    private static Parser<ExpressionSyntax> FirstKnown => field ??= Node(
        from words in Keywords("first", "known", "of")
        from items in ParenthesizedList
        select (Func<SourceSpan, ExpressionSyntax>)(span => new ValueListSyntax(ValueListKind.FirstKnown, items, span)));

    /// <summary>
    /// <c>count of (a, b)</c>, <c>min of (a, b)</c>, <c>max of (a, b)</c>. A list of one followed by <c>across</c> is
    /// the per-record form of a list aggregation (<c>min of (a * b) across panel</c>), so this form needs a comma for
    /// min and max, and must not be followed by <c>across</c>.
    /// </summary>
    private static Parser<ExpressionSyntax> ValueList(string word, ValueListKind kind) => Node(
        from words in Keywords(word, "of")
        from items in ParenthesizedList
        where kind == ValueListKind.CountMet || items.Count > 1
        from notAcross in Keyword("across").Not()
        select (Func<SourceSpan, ExpressionSyntax>)(span => new ValueListSyntax(kind, items, span)));

    private static Parser<ValueArray<ExpressionSyntax>> ParenthesizedList => field ??=
        from open in Symbol("(")
        from items in CommaList(Parse.Ref(() => Expression))
        from close in Symbol(")")
        select items;
}
