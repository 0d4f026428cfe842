using System.Globalization;
using RubricEngine.Language.Syntax;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Tokens: trivia, names, keywords, numbers, dates, texts and units. Every token skips the trivia before it.</summary>
internal static partial class Parser
{
    /// <summary>Words that start or join expressions, so they cannot name a declaration.</summary>
    internal static readonly HashSet<string> ReservedWords = new(StringComparer.Ordinal)
    {
        "and", "or", "not", "of", "true", "false", "any", "all", "at", "least", "cohort", "share", "rank", "top", "by",
        "percentile", "count", "sum", "mean", "median", "min", "max", "trimmed", "standard", "deviation", "assessment", "across",
    };

    /// <summary>Words that may follow a number on the same line, so they are never read as its unit.</summary>
    private static readonly HashSet<string> NotUnits = new(StringComparer.Ordinal)
    {
        "in", "is", "cites", "explain", "from", "until", "title", "weight", "when", "then", "optional", "required",
        "verified", "score", "row", "otherwise", "records",
    };

    /// <summary>Skips whitespace and comments (<c># ...</c> and <c>// ...</c> to the end of the line).</summary>
    internal static ChunkInput SkipTrivia(ChunkInput input)
    {
        var text = input.Source;
        var position = input.Position;
        while (position < input.End)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
            }
            else if (c == '#' || (c == '/' && position + 1 < input.End && text[position + 1] == '/'))
            {
                while (position < input.End && text[position] != '\n')
                {
                    position++;
                }
            }
            else
            {
                break;
            }
        }

        return input.At(position);
    }

    /// <summary>Skips trivia, then runs the parser; a failure before the token counts as consuming nothing.</summary>
    private static Parser<T> Token<T>(Parser<T> parser) => input =>
    {
        var after = SkipTrivia((ChunkInput)input);
        var result = parser(after);
        return result.WasSuccessful || !result.Remainder.Equals(after)
            ? result
            : Result.Failure<T>(input, result.Message, result.Expectations);
    };

    /// <summary>Builds a node from what the parser read, giving it the span from its first token to its last.</summary>
    private static Parser<T> Node<T>(Parser<Func<SourceSpan, T>> parser) => input =>
    {
        var start = SkipTrivia((ChunkInput)input).Position;
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(result.Value(SpanOf(input, start, result.Remainder.Position)), result.Remainder)
            : Result.Failure<T>(result.Remainder, result.Message, result.Expectations);
    };

    private static SourceSpan SpanOf(IInput input, int start, int end) => ((ChunkInput)input).Text.Span(start, end);

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Reads a word at the current position (no trivia): letters, digits and underscores.</summary>
    private static (string Word, int End)? ReadWord(ChunkInput input)
    {
        var text = input.Source;
        var start = input.Position;
        if (start >= input.End || !IsNameStart(text[start]))
        {
            return null;
        }

        var end = start + 1;
        while (end < input.End && IsNamePart(text[end]))
        {
            end++;
        }

        return (text[start..end], end);
    }

    /// <summary>A keyword: the exact word, not the start of a longer name. Returns the keyword's span.</summary>
    private static Parser<SourceSpan> Keyword(string word) => Token<SourceSpan>(input =>
    {
        var chunk = (ChunkInput)input;
        return ReadWord(chunk) is { } read && read.Word == word
            ? Result.Success(chunk.Text.Span(chunk.Position, read.End), chunk.At(read.End))
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

    /// <summary>A name that is not a reserved word.</summary>
    private static Parser<NameSyntax> Name => field ??= Token<NameSyntax>(input =>
    {
        var chunk = (ChunkInput)input;
        return ReadWord(chunk) is { } read && !ReservedWords.Contains(read.Word)
            ? Result.Success(new NameSyntax(read.Word, chunk.Text.Span(chunk.Position, read.End)), chunk.At(read.End))
            : Result.Failure<NameSyntax>(input, "expected a name", ["a name"]);
    });

    private static Parser<SourceSpan> Comma => field ??= Symbol(",");

    /// <summary>One or more items separated by commas; an item missing after a comma is an error.</summary>
    private static Parser<ValueArray<T>> CommaList<T>(Parser<T> item) =>
        from first in item
        from rest in (from comma in Comma from next in item select next).XMany()
        select new[] { first }.Concat(rest).ToValueArray();

    /// <summary>A whole number such as a count or a top-N; a sign is read so that the binder can reject it.</summary>
    private static Parser<Spanned<int>> Count => field ??=
        from number in SignedNumber
        select new Spanned<int>(
            decimal.Truncate(number.Value) == number.Value && Math.Abs(number.Value) <= int.MaxValue ? (int)number.Value : -1,
            number.Span);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
