using System.Text;
using RubricEngine.Model.Text;

namespace RubricEngine.Explain.Templates;

/// <summary>
/// What the sandbox does to every value a template writes (literal template text is written as is): the
/// escaping suits the output format, so a dossier id or a label cannot inject markup or terminal controls.
/// </summary>
internal enum OutputEscaping
{
    /// <summary>HTML: every value is HTML-escaped unless a template already did so with <c>html.escape</c>.</summary>
    Html,

    /// <summary>Markdown: HTML and Markdown punctuation are escaped, line breaks and controls neutralised.</summary>
    Markdown,

    /// <summary>Plain text for terminals: control, bidi and line-break characters are shown escaped.</summary>
    Text,
}

/// <summary>The escaping functions behind <see cref="OutputEscaping"/>.</summary>
internal static class OutputEscapes
{
    public static string Apply(OutputEscaping escaping, string value) => escaping switch
    {
        OutputEscaping.Markdown => Markdown(value),
        OutputEscaping.Text => DisplayText.Escape(value),
        _ => SandboxBuiltins.HtmlText(value),
    };

    /// <summary>
    /// Markdown text: a backslash before every ASCII punctuation character that Markdown or a Markdown
    /// renderer's HTML could act on (an underscore inside a word is left, as it cannot open emphasis), and entities for <c>&lt;</c>, <c>&gt;</c> and an <c>&amp;</c> that would start a character reference, so no tag,
    /// link, emphasis, table cell or code span can be opened from data; line breaks and controls escaped.
    /// </summary>
    public static string Markdown(string value)
    {
        var text = DisplayText.Escape(value);
        if (!text.AsSpan().ContainsAny(MarkdownSpecials))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '&' when StartsEntity(text, i) => builder.Append("&amp;"),

                // Inside a word (lifecycle_emissions) an underscore cannot open emphasis: left as written.
                '_' when i > 0 && i < text.Length - 1 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]) => builder.Append(c),
                _ when MarkdownPunctuation.Contains(c) => builder.Append('\\').Append(c),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    // Only an ampersand that would read as a character reference (&lt; &#60;) needs escaping; "R&D" stays.
    private static bool StartsEntity(string text, int at)
    {
        var i = at + 1;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '#'))
        {
            i++;
        }

        return i > at + 1 && i < text.Length && text[i] == ';';
    }

    private const string MarkdownPunctuation = "\\`*_[]|!#~";
    private static readonly System.Buffers.SearchValues<char> MarkdownSpecials = System.Buffers.SearchValues.Create("<>&" + MarkdownPunctuation);
}
