using System.Globalization;
using System.Text;
using RubricEngine.Model.Values;

namespace RubricEngine.Authoring.Sensitivity;

/// <summary>A sensitivity report as plain text (it reads the same as Markdown), in English.</summary>
public static class SensitivityText
{
    /// <summary>The margins, then the indicator changes, then the weight changes that change the outcome.</summary>
    public static string Format(SensitivityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Sensitivity of {report.DossierId} ({report.Outcome})\n\n");
        text.Append("Margins (value minus threshold, in the threshold's unit):\n");
        foreach (var m in report.Margins)
        {
            var state = m.Holds switch { true => "holds", false => "fails", _ => "unknown" };
            var margin = m.Margin is { } x ? Signed(x) + Unit(m.Unit) : "unknown";
            text.Append(CultureInfo.InvariantCulture, $"  {m.Rule}: {m.Comparison}: margin {margin} ({state})\n");
        }

        if (report.Indicators.Count > 0)
        {
            text.Append("\nSmallest change of one indicator's score that changes the outcome:\n");
            foreach (var i in report.Indicators)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {i.Indicator} ({Number(i.Score)}): raise {Change(i.Raise)}; lower {Change(i.Lower)}\n");
            }

            var flips = report.Weights.Where(w => w.Outcome != report.Outcome).ToList();
            text.Append(CultureInfo.InvariantCulture, $"\nWeights changed by {ValueText.Plain(report.WeightStepPercent)} % that change the outcome: {(flips.Count == 0 ? "none" : string.Empty)}\n");
            foreach (var w in flips)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {w.Element} {w.Name}: weight {ValueText.Plain(w.Weight)} -> {ValueText.Plain(w.NewWeight)} gives {w.Outcome} (score {Number(w.Score)})\n");
            }
        }

        return text.ToString();
    }

    private static string Change(ScoreChange? change) =>
        change is null ? "no change does" : $"{(change.Beyond ? "by more than " : "by ")}{Number(change.By)} -> {change.Outcome}";

    private static string Number(decimal? value) => value is { } v ? ValueText.Plain(Math.Round(v, 6, MidpointRounding.AwayFromZero)) : "unknown";

    private static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + ValueText.Plain(value);

    private static string Unit(string unit) => unit.Length == 0 ? string.Empty : " " + unit;
}
