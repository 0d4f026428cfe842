using System.Text.RegularExpressions;
using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Binding;

/// <summary>Warns when an explanation's <c>{placeholder}</c> names nothing the rubric declares.</summary>
internal static partial class PlaceholderChecker
{
    [GeneratedRegex(@"\{([^{}]*)\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();

    /// <summary>The names inside the placeholders of a text.</summary>
    public static IEnumerable<string> Names(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value.Trim());

    public static void Check(TextsSyntax texts, BindingContext context)
    {
        foreach (var entry in texts.Entries)
        {
            foreach (var name in Names(entry.Text))
            {
                if (context.Symbols.Find(name) is null)
                {
                    context.Report(DiagnosticCatalog.UnknownPlaceholder, entry.Span, "{" + name + "}", BindingContext.DidYouMean(name, context.Symbols.Names));
                }
            }
        }
    }
}
