using RubricEngine.Model.Values;
using System.Globalization;
using System.Text;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Formatting;

/// <summary>Builds canonical DSL text: two-space indentation, one clause per line, <c>\n</c> line ends.</summary>
internal sealed class DslWriter
{
    private readonly StringBuilder _text = new();

    public void Line(int indent, string content) => _text.Append(' ', indent * 2).Append(content).Append('\n');

    public void BlankLine() => _text.Append('\n');

    /// <summary>A labelled clause such as <c>title en "..." zh "..."</c>; nothing when the text is empty.</summary>
    public void Texts(int indent, string keyword, LocalizedText text)
    {
        if (!text.IsEmpty)
        {
            Line(indent, keyword + string.Concat(text.Entries.Select(e => $" {e.Key} {Quote(e.Value)}")));
        }
    }

    /// <summary>A clause with one quoted text, such as <c>cites "Annex I 4.1"</c>; nothing when null.</summary>
    public void Text(int indent, string keyword, string? text)
    {
        if (text is not null)
        {
            Line(indent, $"{keyword} {Quote(text)}");
        }
    }

    public override string ToString() => _text.ToString();

    /// <summary>A quoted text with escapes; the one spelling is <see cref="ValueText.Quote"/>.</summary>
    public static string Quote(string text) => ValueText.Quote(text);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
