using System.Globalization;
using RubricEngine.Explain.Localization;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Explain.Data;

/// <summary>
/// Fills the <c>{name}</c> placeholders of criterion, gate and indicator explanations, whatever the script of the
/// name (<c>{地区}</c>): the criterion's own values first, then any value of the decision, derived values and
/// cohort figures from the trace, indicator, group and overall scores, and criteria by their verdict. The checker
/// rejects a placeholder that names nothing declared (RUB0220), so every placeholder has a source; one the decision
/// holds no value for reads as the missing marker of the language, never as the literal <c>{name}</c>.
/// </summary>
internal sealed class PlaceholderValues(IReadOnlyDictionary<string, string> decisionValues, UiText words, int precision)
{
    public static PlaceholderValues For(Decision decision, UiText words, int precision)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var used in decision.Criteria.SelectMany(c => c.Values))
        {
            values.TryAdd(used.Name, Inline(used, words, precision));
        }

        // Derived values and cohort figures a criterion did not read are in the trace, as "derived:NAME" steps.
        foreach (var step in decision.Trace)
        {
            var colon = step.Rule.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && step.Rule[..colon] is "derived" or "cohort" && step.Value is { } computed)
            {
                values.TryAdd(step.Rule[(colon + 1)..], Numbers.ReadableValue(computed, precision));
            }
        }

        foreach (var group in decision.Score?.Groups ?? [])
        {
            values.TryAdd(group.Name, Numbers.Readable(group.Subtotal, precision) ?? words.UnknownScore);
            foreach (var indicator in group.Indicators)
            {
                values.TryAdd(indicator.Name, Numbers.Readable(indicator.Score, precision) ?? words.UnknownScore);
            }
        }

        if (decision.Score is { } score)
        {
            values.TryAdd(score.Name, Numbers.Readable(score.Value, precision) ?? words.UnknownScore);
        }

        foreach (var criterion in decision.Criteria)
        {
            values.TryAdd(criterion.Name, words.Verdict(criterion.VerdictWord));
        }

        return new PlaceholderValues(values, words, precision);
    }

    /// <summary>The value as text with its unit, or the reason it is missing.</summary>
    public string Display(UsedValue value) => Truth(value, words) ?? Shown(value, precision) ?? words.Reason(value.Status ?? "missing");

    /// <summary>The text with every placeholder filled; <paramref name="own"/> are the values of the element the text explains.</summary>
    public string Fill(string text, IEnumerable<UsedValue>? own = null) =>
        Model.Text.Placeholders.Fill(text, name =>
        {
            var mine = own?.FirstOrDefault(v => v.Name == name);
            return mine is not null ? Inline(mine, words, precision)
                : decisionValues.TryGetValue(name, out var value) ? value
                : string.Format(CultureInfo.InvariantCulture, words.InlineMissing, words.NotRecorded);
        });

    // Booleans read as words of the language; other values (numbers, quantities, text) are shown as given, long numbers rounded.
    private static string? Truth(UsedValue value, UiText words) => value is { Unit: null, Value: "true" or "false" }
        ? (value.Value == "true" ? words.True : words.False)
        : null;

    private string? Shown(UsedValue value, int precision) => Shown(value, words, precision);

    // The screener's own words in a value ("[2 records]") read in the language, long numbers rounded.
    private static string? Shown(UsedValue value, UiText words, int precision) => value.Value is null ? null : ScreenerText.Localize(value.Value, words, precision);

    // Inside a sentence, a missing value is bracketed so it does not read as a value.
    private static string Inline(UsedValue value, UiText words, int precision) =>
        Truth(value, words) ?? Shown(value, words, precision) ?? string.Format(CultureInfo.InvariantCulture, words.InlineMissing, words.Reason(value.Status ?? "missing"));
}
