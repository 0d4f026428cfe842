using System.Text.RegularExpressions;

namespace RubricEngine.Explain.Localization;

/// <summary>
/// Restates the screener's reason (such as <c>gate 'dnsh' is not met</c>) as a sentence in the wanted language,
/// with labels instead of identifiers. A reason in an unknown wording is kept as the screener wrote it.
/// </summary>
internal static partial class ReasonText
{
    public static string Localize(string reason, Labels labels, Func<string, string> criterionTitle, Func<string, string> outcomeTitle)
    {
        var words = labels.Words;
        if (reason == "no tier is met")
        {
            return words.NoTierMet;
        }

        var match = Pattern().Match(reason);
        if (!match.Success)
        {
            return reason;
        }

        var name = match.Groups["name"].Value;
        var format = (match.Groups["kind"].Value, match.Groups["state"].Value) switch
        {
            ("gate", "not met") => words.GateNotMet,
            ("gate", "unknown" or "in conflict") => words.GateUnknown,
            ("tier", "met") => words.TierMet,
            ("tier", "unknown" or "in conflict") => words.TierUnknown,
            _ => null,
        };
        if (format is null)
        {
            return reason;
        }

        var title = match.Groups["kind"].Value == "gate" ? criterionTitle(name) : outcomeTitle(name);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, format, title);
    }

    [GeneratedRegex(@"^(?<kind>gate|tier) '(?<name>[^']+)' is (?<state>not met|met|unknown|in conflict)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
