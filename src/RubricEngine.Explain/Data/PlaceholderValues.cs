using System.Text.RegularExpressions;
using RubricEngine.Explain.Localization;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Explain.Data;

/// <summary>
/// Fills the <c>{name}</c> placeholders of criterion explanations with the values the decision used: the
/// criterion's own values first, then any value of the decision, then indicator and group scores. A name
/// the decision does not know stays as written, so nothing is invented.
/// </summary>
internal sealed partial class PlaceholderValues(IReadOnlyDictionary<string, string> decisionValues, UiText words)
{
    public static PlaceholderValues For(Decision decision, UiText words)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var used in decision.Criteria.SelectMany(c => c.Values))
        {
            values.TryAdd(used.Name, Inline(used, words));
        }

        foreach (var group in decision.Score?.Groups ?? [])
        {
            values.TryAdd(group.Name, Numbers.Readable(group.Subtotal) ?? words.UnknownScore);
            foreach (var indicator in group.Indicators)
            {
                values.TryAdd(indicator.Name, Numbers.Readable(indicator.Score) ?? words.UnknownScore);
            }
        }

        if (decision.Score is { } score)
        {
            values.TryAdd(score.Name, Numbers.Readable(score.Value) ?? words.UnknownScore);
        }

        return new PlaceholderValues(values, words);
    }

    /// <summary>The value as text with its unit, or the reason it is missing.</summary>
    public string Display(UsedValue value) => Display(value, words);

    public string Fill(string explanation, CriterionResult criterion) =>
        Placeholder().Replace(explanation, match =>
        {
            var name = match.Groups[1].Value;
            var own = criterion.Values.FirstOrDefault(v => v.Name == name);
            return own is not null ? Inline(own, words) : decisionValues.GetValueOrDefault(name, match.Value);
        });

    private static string Display(UsedValue value, UiText words) =>
        Truth(value, words) ?? Shown(value) ?? words.Reason(value.Status ?? "missing");

    // Booleans read as words of the language; other values (numbers, quantities, text) are shown as given.
    private static string? Truth(UsedValue value, UiText words) => value is { Unit: null, Value: "true" or "false" }
        ? (value.Value == "true" ? words.True : words.False)
        : null;

    private static string? Shown(UsedValue value) => value.Value is null ? null : Numbers.ReadableValue(value.Value);

    // Inside a sentence, a missing value is bracketed so it does not read as a value.
    private static string Inline(UsedValue value, UiText words) =>
        Truth(value, words) ?? Shown(value) ?? string.Format(System.Globalization.CultureInfo.InvariantCulture, words.InlineMissing, words.Reason(value.Status ?? "missing"));

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
