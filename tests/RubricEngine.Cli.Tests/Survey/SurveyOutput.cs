using System.Globalization;
using System.Text.Json;

namespace RubricEngine.Cli.Tests.Survey;

/// <summary>
/// The JSON Lines of one <c>rubric screen</c> run, read as an analyst reads them: each dossier's outcome, its
/// criteria's verdicts and input values, and the values of its trace steps. Nothing is recomputed here.
/// </summary>
internal sealed class SurveyOutput
{
    private readonly Dictionary<string, JsonElement> _decisions;

    public SurveyOutput(string jsonLines)
    {
        _decisions = jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(d => d.GetProperty("dossier").GetProperty("id").GetString()!, StringComparer.Ordinal);
    }

    public IEnumerable<string> Ids => _decisions.Keys;

    public string Outcome(string id) => Decision(id).GetProperty("outcome").GetString()!;

    /// <summary>met, not_met, unknown... for a criterion of a dossier.</summary>
    public string Verdict(string id, string criterion) => Criterion(id, criterion).GetProperty("verdict").GetString()!;

    public bool Met(string id, string criterion) => Verdict(id, criterion) == "met";

    /// <summary>The dossiers for which the criterion is met, ordinal order.</summary>
    public string[] MetBy(string criterion) => [.. Ids.Where(id => Met(id, criterion)).Order(StringComparer.Ordinal)];

    /// <summary>The value of a trace step (<c>derived:top_10_sales_share</c>), as a number; a percentage is read in percent.</summary>
    public decimal Step(string id, string rule)
    {
        var step = Decision(id).GetProperty("trace").EnumerateArray().Single(s => s.GetProperty("rule").GetString() == rule);
        var text = step.GetProperty("value").GetString();
        Assert.True(text is not null, $"{id}: {rule} is {step.GetProperty("result").GetString()}");
        return decimal.Parse(text!.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    /// <summary>A cohort figure behind a cohort step's value (<c>members</c>, <c>total</c>, <c>top</c>, <c>cut-off</c>, <c>rank</c>...), as a number.</summary>
    public decimal Figure(string id, string rule, string name)
    {
        var step = Decision(id).GetProperty("trace").EnumerateArray().Single(s => s.GetProperty("rule").GetString() == rule);
        return decimal.Parse(step.GetProperty("cohort").GetProperty(name).GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    /// <summary>An input's value as the decision quotes it among the values a criterion rests on.</summary>
    public decimal Input(string id, string criterion, string input)
    {
        var value = Criterion(id, criterion).GetProperty("values").EnumerateArray().Single(v => v.GetProperty("name").GetString() == input);
        return decimal.Parse(value.GetProperty("value").GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    private JsonElement Decision(string id) =>
        _decisions.TryGetValue(id, out var decision) ? decision : throw new Xunit.Sdk.XunitException($"no decision for '{id}'");

    private JsonElement Criterion(string id, string name) =>
        Decision(id).GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
}
