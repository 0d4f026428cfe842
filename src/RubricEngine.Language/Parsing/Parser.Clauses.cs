using RubricEngine.Language.Syntax;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>
/// Clauses: the indented lines that follow a declaration's first line, in any order. Each clause kind may
/// appear once unless it is repeatable (fields, givens, expectations).
/// </summary>
internal static partial class Parser
{
    private sealed record Clause(string Kind, object Value, int Start, SourceSpan Span);

    private static Parser<Clause> ClauseOf<T>(string kind, Parser<T> parser)
        where T : notnull => input =>
    {
        var start = SkipTrivia((ChunkInput)input).Position;
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(new Clause(kind, result.Value, start, SpanOf(input, start, result.Remainder.Position)), result.Remainder)
            : Result.Failure<Clause>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>Any number of the given clauses; a second copy of a non-repeatable clause is an error at the copy.</summary>
    private static Parser<ValueArray<Clause>> Clauses(HashSet<string> repeatable, params Parser<Clause>[] clauses)
    {
        var any = clauses.Aggregate((a, b) => a.Or(b));
        var many = any.XMany();
        return input =>
        {
            var result = many(input);
            if (!result.WasSuccessful)
            {
                return Result.Failure<ValueArray<Clause>>(result.Remainder, result.Message, result.Expectations);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var clause in result.Value)
            {
                if (!repeatable.Contains(clause.Kind) && !seen.Add(clause.Kind))
                {
                    var at = ((ChunkInput)input).At(clause.Start);
                    return Result.Failure<ValueArray<Clause>>(at, "duplicate clause", [$"at most one '{clause.Kind}' clause"]);
                }
            }

            return Result.Success(result.Value.ToValueArray(), result.Remainder);
        };
    }

    private static readonly HashSet<string> NoneRepeatable = [];

    private static T? One<T>(ValueArray<Clause> clauses, string kind)
        where T : class =>
        clauses.FirstOrDefault(c => c.Kind == kind)?.Value as T;

    private static IEnumerable<T> All<T>(ValueArray<Clause> clauses, string kind) =>
        clauses.Where(c => c.Kind == kind).Select(c => (T)c.Value);

    private static TextsSyntax TextsOf(ValueArray<Clause> clauses, string kind) => One<TextsSyntax>(clauses, kind) ?? TextsSyntax.None;

    private static Parser<Clause> TextsClause(string keyword) => ClauseOf(keyword, Texts(keyword));

    private static Parser<Clause> TextClause(string keyword) =>
        ClauseOf(keyword, from word in Keyword(keyword) from text in Text select text);

    private static Parser<Clause> DateClause(string keyword) =>
        ClauseOf(keyword, from word in Keyword(keyword) from date in Date select date);

    /// <summary>Succeeds only at the end of the declaration; otherwise says what could have come next.</summary>
    private static Parser<bool> EndOfDeclaration(string expected) => input =>
    {
        var after = SkipTrivia((ChunkInput)input);
        return after.AtEnd
            ? Result.Success(true, after)
            : Result.Failure<bool>(after, "expected the end of the declaration", [expected]);
    };
}
