using System.Runtime.CompilerServices;
using RubricEngine.Language.Syntax;
using RubricEngine.Model.Expressions;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>
/// Expressions, loosest first: <c>or</c>, <c>and</c>, <c>not</c>, comparison, <c>+ -</c>, <c>* /</c>, unary minus,
/// then primaries. Chains are folded in loops, not by recursion, so long chains cannot exhaust the stack.
/// </summary>
internal static partial class Parser
{
    /// <summary>Any expression.</summary>
    internal static Parser<ExpressionSyntax> Expression => field ??= LeftChain(AndChain, Keyword("or").Return(BinaryOperator.Or));

    private static Parser<ExpressionSyntax> AndChain => field ??= LeftChain(NotPrefix, Keyword("and").Return(BinaryOperator.And));

    /// <summary><c>not not x</c>: prefixes are read in a loop and applied innermost first.</summary>
    private static Parser<ExpressionSyntax> NotPrefix => field ??= Prefixed(Keyword("not"), UnaryOperator.Not, Comparison);

    /// <summary>At most one comparison: <c>a &lt; b &lt; c</c> is not allowed. An evidence test (<c>x is verified</c>) stands at this level too.</summary>
    private static Parser<ExpressionSyntax> Comparison => field ??=
        from left in Additive
        from tail in EvidenceSuffix.Select(test => (Func<ExpressionSyntax, ExpressionSyntax>)(subject => WithEvidenceTest(subject, test)))
            .Or(from op in ComparisonOperator
                from right in Additive
                select (Func<ExpressionSyntax, ExpressionSyntax>)(l => new BinarySyntax(op.Operator, l, right, op.Span, l.Span.Through(right.Span))))
            .XOptional()
        select tail.IsDefined ? tail.Get()(left) : left;

    private static Parser<(BinaryOperator Operator, Model.Text.SourceSpan Span)> ComparisonOperator => field ??=
        Operator("<=", BinaryOperator.LessOrEqual)
            .Or(Operator(">=", BinaryOperator.GreaterOrEqual))
            .Or(Operator("!=", BinaryOperator.NotEqual))
            .Or(Operator("<", BinaryOperator.Less))
            .Or(Operator(">", BinaryOperator.Greater))
            .Or(Operator("=", BinaryOperator.Equal));

    private static Parser<ExpressionSyntax> Additive => field ??=
        LeftChain(Multiplicative, Symbol("+").Return(BinaryOperator.Add).Or(Symbol("-").Return(BinaryOperator.Subtract)));

    private static Parser<ExpressionSyntax> Multiplicative => field ??=
        LeftChain(Negation, Symbol("*").Return(BinaryOperator.Multiply).Or(Symbol("/").Return(BinaryOperator.Divide)));

    /// <summary>Unary minus and a primary; also the operand of aggregations, such as <c>share of patents</c>.</summary>
    private static Parser<ExpressionSyntax> Negation => field ??= Prefixed(Symbol("-"), UnaryOperator.Negate, Primary);

    private static Parser<(BinaryOperator Operator, Model.Text.SourceSpan Span)> Operator(string symbol, BinaryOperator op) =>
        Symbol(symbol).Select(span => (op, span));

    /// <summary>operand (op operand)*, folded to the left in a loop.</summary>
    private static Parser<ExpressionSyntax> LeftChain(Parser<ExpressionSyntax> operand, Parser<BinaryOperator> op) =>
        from first in operand
        from rest in (from o in Node(op.Select(value => (Func<Model.Text.SourceSpan, (BinaryOperator, Model.Text.SourceSpan)>)(span => (value, span))))
                      from right in operand
                      select (o, right)).XMany()
        select rest.Aggregate(first, (left, next) =>
            new BinarySyntax(next.o.Item1, left, next.right, next.o.Item2, left.Span.Through(next.right.Span)));

    private static Parser<ExpressionSyntax> Prefixed(Parser<Model.Text.SourceSpan> prefix, UnaryOperator op, Parser<ExpressionSyntax> operand) =>
        from prefixes in prefix.XMany()
        from inner in operand
        select prefixes.Reverse().Aggregate(inner, (e, span) => new UnarySyntax(op, e, span.Through(e.Span)));

    /// <summary>
    /// A primary. Every nesting (parentheses, routes, aggregations) recurses through here, so this is where the
    /// stack is checked: hostile nesting becomes a diagnostic instead of a stack overflow.
    /// </summary>
    private static Parser<ExpressionSyntax> Primary => field ??= Guarded(PrimaryAlternatives);

    private static Parser<T> Guarded<T>(Parser<T> parser) => input =>
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return parser(input);
    };

    /// <summary>
    /// Chooses the primary's form from its first character or word, instead of trying every form in turn:
    /// the same language, but linear time and one clear expectation when nothing fits.
    /// </summary>
    private static Parser<ExpressionSyntax> PrimaryAlternatives => field ??= new Parser<ExpressionSyntax>(input =>
    {
        var next = SkipTrivia((ChunkInput)input);
        var parser = next.AtEnd ? null : next.Current switch
        {
            '"' => StringLiteral,
            '(' => Parenthesized,
            var c when char.IsAsciiDigit(c) => DateOrNumber,
            _ => ReadWord(next) is { } read ? PrimaryStartingWith(read.Word) : null,
        };
        return parser is null
            ? Result.Failure<ExpressionSyntax>(input, "expected an expression", ["an expression"])
            : parser(input);
    });

    private static Parser<ExpressionSyntax>? PrimaryStartingWith(string word) => word switch
    {
        "true" or "false" => BooleanLiteral,
        "assessment" => AssessmentDate,
        "any" or "all" => AnyOf.Or(ListTest),
        "at" => AnyOf,
        "if" => Conditional,
        "first" => FirstKnown.Or(Reference), // "first" alone is an ordinary name
        "count" => ValueList("count", ValueListKind.CountMet).Or(ListAggregate),
        "min" => ValueList("min", ValueListKind.Min).Or(ListAggregate),
        "max" => ValueList("max", ValueListKind.Max).Or(ListAggregate),
        "sum" or "mean" or "median" or "standard" or "trimmed" => ListAggregate,
        "cohort" or "share" or "rank" or "top" or "percentile" => CohortAggregate,
        _ when ReservedWords.Contains(word) => null,
        _ => ReferenceOrMember,
    };

    private static Parser<ExpressionSyntax> Reference => field ??= Name.Select(name => (ExpressionSyntax)new ReferenceSyntax(name, name.Span));

    private static Parser<ExpressionSyntax> AssessmentDate => field ??=
        Keywords("assessment", "date").Select(span => (ExpressionSyntax)new AssessmentDateSyntax(span));

    private static Parser<ExpressionSyntax> Parenthesized => field ??=
        from open in Symbol("(")
        from inner in Parse.Ref(() => Expression)
        from close in Symbol(")")
        select inner;

    private static Parser<ExpressionSyntax> DateOrNumber => field ??=
        Date.Select(d => (ExpressionSyntax)new DateSyntax(d.Value, d.Span)).Or(UnsignedNumber);

    private static Parser<ExpressionSyntax> StringLiteral => field ??= Text.Select(t => (ExpressionSyntax)new StringSyntax(t.Value, t.Span));

    private static Parser<ExpressionSyntax> BooleanLiteral => field ??=
        Keyword("true").Select(span => (ExpressionSyntax)new BooleanSyntax(true, span))
            .Or(Keyword("false").Select(span => (ExpressionSyntax)new BooleanSyntax(false, span)));

    /// <summary>A number with an optional unit on the same line: <c>100 gCO2e/kWh</c>, <c>10 %</c>.</summary>
    private static Parser<ExpressionSyntax> UnsignedNumber => field ??=
        from number in Token<Spanned<decimal>>(input =>
            ScanNumber((ChunkInput)input, allowSign: false) > input.Position ? SignedNumber(input) : Result.Failure<Spanned<decimal>>(input, "expected a number", ["a number"]))
        from unit in Unit.Optional()
        select (ExpressionSyntax)new NumberSyntax(number.Value, unit.GetOrDefault(), unit.IsDefined ? number.Span.Through(unit.Get().Span) : number.Span);
}
