using System.Globalization;
using System.Text;
using RubricEngine.Language.Syntax;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Literal tokens: numbers with optional units, dates, quoted texts and multilingual labels.</summary>
internal static partial class Parser
{
    /// <summary>A number, optionally negative: <c>3.5</c>, <c>-1</c>. Its written scale is kept.</summary>
    private static Parser<Spanned<decimal>> SignedNumber => field ??= Token<Spanned<decimal>>(input =>
    {
        var chunk = (ChunkInput)input;
        var end = ScanNumber(chunk, allowSign: true);
        return end > chunk.Position
            && decimal.TryParse(chunk.Source.AsSpan(chunk.Position, end - chunk.Position), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? Result.Success(new Spanned<decimal>(value, chunk.Text.Span(chunk.Position, end)), chunk.At(end))
            : Result.Failure<Spanned<decimal>>(input, "expected a number", ["a number"]);
    }).Named("a number");

    /// <summary>The end of a number at the input, or the input's position when there is none (or it is a date).</summary>
    private static int ScanNumber(ChunkInput input, bool allowSign)
    {
        var text = input.Source;
        var position = input.Position;
        if (allowSign && position < input.End && text[position] == '-')
        {
            position++;
        }

        var digitsStart = position;
        while (position < input.End && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        if (position == digitsStart || (position < input.End && text[position] == '-'))
        {
            return input.Position; // no digits, or the start of a date such as 2026-01-01
        }

        if (position + 1 < input.End && text[position] == '.' && char.IsAsciiDigit(text[position + 1]))
        {
            position++;
            while (position < input.End && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
        }

        // Over 28 digits cannot be a decimal; refusing here keeps TryParse from rounding silently.
        return position - digitsStart > 29 || (position < input.End && IsNamePart(text[position])) && !IsUnitStart(text[position])
            ? input.Position
            : position;
    }

    /// <summary>A date written yyyy-mm-dd.</summary>
    private static Parser<Spanned<DateOnly>> Date => field ??= Token<Spanned<DateOnly>>(input =>
    {
        var chunk = (ChunkInput)input;
        const int Length = 10;
        var end = chunk.Position + Length;
        var ok = end <= chunk.End
            && (end == chunk.End || !IsNamePart(chunk.Source[end]))
            && DateOnly.TryParseExact(chunk.Source.AsSpan(chunk.Position, Length), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : (DateOnly?)null;
        return ok is { } value
            ? Result.Success(new Spanned<DateOnly>(value, chunk.Text.Span(chunk.Position, end)), chunk.At(end))
            : Result.Failure<Spanned<DateOnly>>(input, "expected a date", ["a date (yyyy-mm-dd)"]);
    }).Named("a date (yyyy-mm-dd)");

    /// <summary>A quoted text on one line, with escapes <c>\"</c>, <c>\\</c>, <c>\n</c> and <c>\t</c>.</summary>
    private static Parser<Spanned<string>> Text => field ??= Token<Spanned<string>>(input =>
    {
        var chunk = (ChunkInput)input;
        var source = chunk.Source;
        if (chunk.AtEnd || source[chunk.Position] != '"')
        {
            return Result.Failure<Spanned<string>>(input, "expected a quoted text", ["a quoted text"]);
        }

        var builder = new StringBuilder();
        for (var i = chunk.Position + 1; i < chunk.End && source[i] != '\n' && source[i] != '\r'; i++)
        {
            var c = source[i];
            if (c == '"')
            {
                return Result.Success(new Spanned<string>(builder.ToString(), chunk.Text.Span(chunk.Position, i + 1)), chunk.At(i + 1));
            }

            if (c == '\\' && i + 1 < chunk.End && source[i + 1] is '"' or '\\' or 'n' or 't')
            {
                i++;
                builder.Append(source[i] switch { 'n' => '\n', 't' => '\t', var other => other });
                continue;
            }

            builder.Append(c);
        }

        // Reported one character in, so that it counts as consumed and beats the other alternatives.
        return Result.Failure<Spanned<string>>(chunk.At(chunk.Position + 1), "unterminated text", ["a closing '\"' on the same line"]);
    });

    private static bool IsUnitStart(char c) => char.IsLetter(c) || c == '%' || c == 'µ';

    /// <summary>
    /// A unit right after a number, on the same line: <c>gCO2e/kWh</c>, <c>W/m2</c>, <c>%</c>. Words that can
    /// follow an expression (<c>and</c>, <c>cites</c>...) are never units.
    /// </summary>
    private static Parser<UnitSyntax> Unit => field ??= new Parser<UnitSyntax>(input =>
    {
        var chunk = (ChunkInput)input;
        var source = chunk.Source;
        var start = chunk.Position;
        while (start < chunk.End && source[start] is ' ' or '\t')
        {
            start++;
        }

        var end = start;
        if (end < chunk.End && IsUnitStart(source[end]))
        {
            end++;
            while (end < chunk.End && (IsNamePart(source[end]) || source[end] is '/' or '*' or '^' or '·' or '%' or 'µ'))
            {
                end++;
            }
        }

        var text = source[start..end];
        var word = new string([.. text.TakeWhile(IsNamePart)]);
        return end > start && !ReservedWords.Contains(word) && !NotUnits.Contains(word)
            ? Result.Success(new UnitSyntax(text, chunk.Text.Span(start, end)), chunk.At(end))
            : Result.Failure<UnitSyntax>(input, "expected a unit", ["a unit"]);
    });

    /// <summary>A unit after a keyword such as <c>in</c>: trivia is allowed before it.</summary>
    private static Parser<UnitSyntax> UnitAfterKeyword => field ??= Token(Unit).Named("a unit such as gCO2e/kWh");
}
