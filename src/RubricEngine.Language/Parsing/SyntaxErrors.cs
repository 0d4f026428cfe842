using RubricEngine.Model.Diagnostics;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Turns a Sprache failure into a diagnostic: the position of the offending token, what it is, what was expected.</summary>
internal static class SyntaxErrors
{
    private const int MaxShown = 24;

    /// <param name="failure">The parser's failure.</param>
    /// <param name="diagnostics">Where the error goes.</param>
    /// <param name="end">What an end of the text is called, when not the declaration's or the file's (a YAML scalar's expression).</param>
    public static void Report<T>(IResult<T> failure, DiagnosticBag diagnostics, DiagnosticPhrase? end = null)
    {
        // Point at the offending token; when the declaration simply ended, point just after its last token.
        var raw = (ChunkInput)failure.Remainder;
        var next = Parser.SkipTrivia(raw);
        var at = next.AtEnd ? raw : next;
        var (found, length) = Describe(at);
        var shown = length == 0 ? end ?? EndOf(at) : DiagnosticPhrases.Quoted(found);
        var expected = failure.Expectations.Distinct(StringComparer.Ordinal).Select(ExpectationPhrases.Of).ToList();
        diagnostics.Report(DiagnosticCatalog.UnexpectedToken, at.Text.Span(at.Position, at.Position + length), shown, DiagnosticPhrases.OrList(expected));
    }

    private static DiagnosticPhrase EndOf(ChunkInput at) =>
        at.End >= at.Source.Length ? DiagnosticPhrases.EndOfFile : DiagnosticPhrases.EndOfDeclaration;

    /// <summary>The token at a position, as written (<c>word</c>, <c>(</c>), or <c>end of declaration</c>, and its length (0 at the end).</summary>
    public static (string Text, int Length) Describe(ChunkInput at)
    {
        if (Parser.SkipTrivia(at).AtEnd)
        {
            return (at.End >= at.Source.Length ? "end of file" : "end of declaration", 0);
        }

        var source = at.Source;
        var end = at.Position;
        if (char.IsLetterOrDigit(source[end]) || source[end] == '_')
        {
            // A number-led token keeps its dashes, so a bad date shows whole: '2025-13-01'.
            var numeric = char.IsAsciiDigit(source[end]);
            while (end < at.End && (char.IsLetterOrDigit(source[end]) || source[end] is '_' or '.' || (numeric && source[end] == '-')))
            {
                end++;
            }
        }
        else if (source[end] == '"')
        {
            while (end < at.End && source[end] is not '\n' and not '\r')
            {
                end++;
            }
        }
        else
        {
            end += char.IsHighSurrogate(source[end]) && end + 1 < at.End ? 2 : 1;
        }

        var text = source[at.Position..end];
        var shown = text.Length > MaxShown ? text[..MaxShown] + "..." : text;
        return (shown, end - at.Position);
    }
}
