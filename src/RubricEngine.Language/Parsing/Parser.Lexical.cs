using System.Globalization;
using RubricEngine.Language.Syntax;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Tokens: trivia, names, keywords, numbers, dates, texts and units. Every token skips the trivia before it.</summary>
internal static partial class Parser
{
    /// <summary>
    /// Words that start or join expressions, and clause words that follow one, so they cannot be names:
    /// <c>criterion c when</c> followed by <c>cites "..."</c> is then a missing condition, not a reference to <c>cites</c>.
    /// </summary>
    internal static readonly HashSet<string> ReservedWords = new(StringComparer.Ordinal)
    {
        "and", "or", "not", "of", "true", "false", "any", "all", "at", "least", "cohort", "share", "rank", "top", "by",
        "percentile", "count", "sum", "mean", "median", "min", "max", "trimmed", "standard", "deviation", "assessment", "across",
        "when", "otherwise", "cites", "explain", "from", "until", "title",
        "indicator", "given", "expect", "columns", "row", "optional", "required", "if", "then", "else", "where",
    };

    /// <summary>Words that may follow a number on the same line, so they are never read as its unit.</summary>
    private static readonly HashSet<string> NotUnits = new(StringComparer.Ordinal)
    {
        "in", "is", "cites", "explain", "from", "until", "title", "weight", "when", "then", "optional", "required",
        "verified", "score", "row", "otherwise", "records", "else", "where", "across",
    };

    /// <summary>Skips whitespace, a byte-order mark and comments (<c># ...</c> and <c>// ...</c> to the end of the line).</summary>
    internal static ChunkInput SkipTrivia(ChunkInput input)
    {
        var text = input.Source;
        var position = input.Position;
        while (position < input.End)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
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

    /// <summary>A name that is not a reserved word.</summary>
    private static Parser<NameSyntax> Name => field ??= Token<NameSyntax>(input =>
    {
        var chunk = (ChunkInput)input;
        return ReadWord(chunk) switch
        {
            { } read when !ReservedWords.Contains(read.Word) =>
                Result.Success(new NameSyntax(read.Word, chunk.Text.Span(chunk.Position, read.End)), chunk.At(read.End)),
            { } reserved => Result.Failure<NameSyntax>(input, "expected a name", [$"a name ('{reserved.Word}' is a reserved word)"]),
            null => Result.Failure<NameSyntax>(input, "expected a name", ["a name"]),
        };
    });
}
