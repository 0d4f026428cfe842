using RubricEngine.Language.Syntax;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Keywords, symbols, comma lists and counts.</summary>
internal static partial class Parser
{
    /// <summary>A keyword: the exact word, not the start of a longer name. Returns the keyword's span.</summary>
    private static Parser<SourceSpan> Keyword(string word) => Token<SourceSpan>(input =>
    {
        var chunk = (ChunkInput)input;
        var end = chunk.Position + word.Length;
        return end <= chunk.End
            && string.CompareOrdinal(chunk.Source, chunk.Position, word, 0, word.Length) == 0
            && (end == chunk.End || !IsNamePart(chunk.Source[end]))
            ? Result.Success(chunk.Text.Span(chunk.Position, end), chunk.At(end))
            : Result.Failure<SourceSpan>(input, $"expected '{word}'", [$"'{word}'"]);
    });

    /// <summary>Two or more keywords in a row, such as <c>at least</c>; the span covers them all.</summary>
    private static Parser<SourceSpan> Keywords(params string[] words)
    {
        var parser = Keyword(words[0]);
        foreach (var word in words.Skip(1))
        {
            parser = from first in parser from next in Keyword(word) select first.Through(next);
        }

        return parser.Named("'" + string.Join(' ', words) + "'");
    }

    /// <summary>A symbol such as <c>(</c>, <c>&lt;=</c> or <c>,</c>.</summary>
    private static Parser<SourceSpan> Symbol(string symbol) => Token<SourceSpan>(input =>
    {
        var chunk = (ChunkInput)input;
        var end = chunk.Position + symbol.Length;
        return end <= chunk.End && string.CompareOrdinal(chunk.Source, chunk.Position, symbol, 0, symbol.Length) == 0
            ? Result.Success(chunk.Text.Span(chunk.Position, end), chunk.At(end))
            : Result.Failure<SourceSpan>(input, $"expected '{symbol}'", [$"'{symbol}'"]);
    });

    private static Parser<SourceSpan> Comma => field ??= Symbol(",");

    /// <summary>One or more items separated by commas; an item missing after a comma is an error.</summary>
    private static Parser<ValueArray<T>> CommaList<T>(Parser<T> item) =>
        from first in item
        from rest in (from comma in Comma from next in item select next).XMany()
        select new[] { first }.Concat(rest).ToValueArray();

    /// <summary>A whole number such as a count or a top-N; a sign is read so that the binder can reject it.</summary>
    private static Parser<Spanned<int>> Count => field ??= new Parser<Spanned<int>>(input =>
    {
        var number = SignedNumber(input);
        if (!number.WasSuccessful)
        {
            return Result.Failure<Spanned<int>>(number.Remainder, number.Message, number.Expectations);
        }

        var value = number.Value.Value;
        return decimal.Truncate(value) == value && Math.Abs(value) <= int.MaxValue
            ? Result.Success(new Spanned<int>((int)value, number.Value.Span), number.Remainder)
            : Result.Failure<Spanned<int>>(((ChunkInput)number.Remainder).At(SkipTrivia((ChunkInput)input).Position), "expected a whole number", ["a whole number"]);
    });
}
