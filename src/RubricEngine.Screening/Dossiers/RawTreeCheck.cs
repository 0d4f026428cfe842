using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Checks a raw dossier before it is typed, the same way for every format: text and list lengths within
/// <see cref="DossierLimits"/>, and no U+FFFD, the character decoders put where bytes were not valid UTF-8
/// (so corrupted text fails its dossier instead of being screened as if it were what was written).
/// </summary>
internal static class RawTreeCheck
{
    private const char Replacement = '\uFFFD';

    public static void Check(RawNode node, DiagnosticBag diagnostics, int depth = 1)
    {
        if (depth > DossierLimits.MaxDepth)
        {
            Limit(diagnostics, node.Span, LimitPhrases.Nesting, DossierLimits.MaxDepth, "levels");
            return;
        }

        switch (node)
        {
            case RawScalar { Text: { } text } scalar:
                CheckText(text, scalar.Span, LimitPhrases.TextValue, diagnostics);
                break;
            case RawList list:
                if (list.Items.Count > DossierLimits.MaxListItems)
                {
                    Limit(diagnostics, list.Span, LimitPhrases.Sized(LimitPhrases.List, list.Items.Count, "items"), DossierLimits.MaxListItems, "items");
                    return;
                }

                foreach (var item in list.Items)
                {
                    Check(item, diagnostics, depth + 1);
                }

                break;
            case RawMap map:
                if (map.Fields.Count > DossierLimits.MaxListItems)
                {
                    Limit(diagnostics, map.Span, LimitPhrases.Sized(LimitPhrases.Mapping, map.Fields.Count, "keys"), DossierLimits.MaxListItems, "keys");
                    return;
                }

                foreach (var field in map.Fields)
                {
                    CheckText(field.Key, field.KeySpan, LimitPhrases.Key, diagnostics);
                    Check(field.Value, diagnostics, depth + 1);
                }

                break;
        }
    }

    private static void CheckText(string text, Model.Text.SourceSpan span, DiagnosticPhrase what, DiagnosticBag diagnostics)
    {
        if (text.Length > DossierLimits.MaxStringChars)
        {
            Limit(diagnostics, span, LimitPhrases.Sized(what, text.Length, "characters"), DossierLimits.MaxStringChars, "characters");
        }
        else if (text.Contains(Replacement, StringComparison.Ordinal))
        {
            diagnostics.Report(DiagnosticCatalog.InvalidTextEncoding, span, what, LimitPhrases.HoldsReplacement);
        }
    }

    private static void Limit(DiagnosticBag diagnostics, Model.Text.SourceSpan span, DiagnosticPhrase what, long limit, string unit) =>
        diagnostics.Report(DiagnosticCatalog.DossierLimitExceeded, span, what, LimitPhrases.Count(limit, unit), string.Empty);
}
