using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;

namespace RubricEngine.Language.Binding;

/// <summary>
/// Rejects an explanation or message whose <c>{placeholder}</c> names nothing the rubric declares (RUB0220, an
/// error at the placeholder itself), so the renderer, reading placeholders with the same <see cref="Placeholders"/>
/// reader, always has a value to fill in.
/// </summary>
internal static class PlaceholderChecker
{
    /// <summary>The names inside the placeholders of a text.</summary>
    public static IEnumerable<string> Names(string text) => Placeholders.Read(text).Select(p => p.Name);

    public static void Check(TextsSyntax texts, BindingContext context)
    {
        foreach (var entry in texts.Entries)
        {
            var read = Placeholders.Read(entry.Text);
            for (var i = 0; i < read.Count; i++)
            {
                var name = read[i].Name;
                if (context.Symbols.Find(name) is null)
                {
                    var at = i < entry.PlaceholderSpans.Count ? entry.PlaceholderSpans[i] : entry.Span;
                    context.Report(DiagnosticCatalog.UnknownPlaceholder, at, "{" + name + "}", BindingContext.DidYouMean(name, context.Symbols.Names));
                }
            }
        }
    }
}
