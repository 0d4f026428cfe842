using RubricEngine.Language.Syntax;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Multilingual labels: <c>title en "Wind" zh "风电"</c>.</summary>
internal static partial class Parser
{
    /// <summary>A language tag and its text: <c>en "Wind"</c>. Without a quote after the tag it consumes nothing.</summary>
    private static Parser<LanguageTextSyntax> LanguageText => field ??= Token<LanguageTextSyntax>(input =>
    {
        var chunk = (ChunkInput)input;
        var tagEnd = ScanLanguageTag(chunk);
        if (tagEnd == chunk.Position)
        {
            return Result.Failure<LanguageTextSyntax>(input, "expected a language", ["a language tag such as en or zh"]);
        }

        var tag = (Word: chunk.Source[chunk.Position..tagEnd], End: tagEnd);
        var afterTag = SkipTrivia(chunk.At(tag.End));
        if (afterTag.Current != '"')
        {
            return Result.Failure<LanguageTextSyntax>(input, "expected a language", ["a language tag such as en or zh"]);
        }

        var text = Text(afterTag);
        return text.WasSuccessful
            ? Result.Success(
                new LanguageTextSyntax(tag.Word, text.Value.Value, chunk.Text.Span(chunk.Position, text.Remainder.Position))
                {
                    PlaceholderSpans = PlaceholderSpans(chunk, afterTag.Position + 1, text.Remainder.Position - 1, text.Value.Value),
                },
                text.Remainder)
            : Result.Failure<LanguageTextSyntax>(text.Remainder, text.Message, text.Expectations);
    });

    // Each placeholder's own place in the source: read in the literal as written (between its quotes), which holds
    // the same placeholders as the text once escapes are resolved unless an escape sits inside one (then none).
    private static ValueArray<Model.Text.SourceSpan> PlaceholderSpans(ChunkInput chunk, int start, int end, string resolved)
    {
        var raw = Model.Text.Placeholders.Read(chunk.Source[start..Math.Max(start, end)]);
        var read = Model.Text.Placeholders.Read(resolved);
        if (raw.Count != read.Count || raw.Zip(read).Any(p => p.First.Name != p.Second.Name))
        {
            return [];
        }

        return raw.Select(p => chunk.Text.Span(start + p.Index, start + p.Index + p.Length)).ToValueArray();
    }

    /// <summary>
    /// The end of a language tag (<c>en</c>, <c>zh</c>, <c>zh-Hant</c>): two or three lowercase letters, then
    /// optional subtags. Longer words such as <c>cites</c> are clause keywords, never languages.
    /// </summary>
    private static int ScanLanguageTag(ChunkInput chunk)
    {
        var source = chunk.Source;
        var end = chunk.Position;
        while (end < chunk.End && char.IsAsciiLetterLower(source[end]))
        {
            end++;
        }

        if (end - chunk.Position is < 2 or > 3)
        {
            return chunk.Position;
        }

        while (end + 1 < chunk.End && source[end] == '-' && char.IsAsciiLetterOrDigit(source[end + 1]))
        {
            end++;
            while (end < chunk.End && char.IsAsciiLetterOrDigit(source[end]))
            {
                end++;
            }
        }

        return end < chunk.End && IsNamePart(source[end]) ? chunk.Position : end;
    }

    /// <summary>A labelled text clause such as <c>title en "Wind" zh "风电"</c>.</summary>
    private static Parser<TextsSyntax> Texts(string keyword) => Node(
        from word in Keyword(keyword)
        from first in LanguageText
        from rest in LanguageText.XMany()
        select (Func<Model.Text.SourceSpan, TextsSyntax>)(span => new TextsSyntax(new[] { first }.Concat(rest).ToValueArray(), span)));
}
