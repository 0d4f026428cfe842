using RubricEngine.Screening.Decisions;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

internal sealed partial class ExplanationData
{
    private ScriptObject? Score()
    {
        var score = decision.Score;
        if (score is null)
        {
            return null;
        }

        return ScriptData.Object(
            ("name", score.Name),
            ("value", Numbers.Text(score.Value)),
            ("value_text", Numbers.Readable(score.Value, _precision) ?? labels.Words.UnknownScore),
            ("is_partial", score.IsPartial),
            ("unscored_percent", score.UnscoredShare is { } share ? Numbers.Readable(share * 100, _precision) : null),
            ("groups", ScriptData.Array(score.Groups, Group)));
    }

    private ScriptObject Group(GroupResult group)
    {
        var declared = rubric.Groups.FirstOrDefault(g => g.Name == group.Name);
        return ScriptData.Object(
            ("name", group.Name),
            ("title", labels.Of(declared?.Title, group.Name)),
            ("weight", Numbers.Text(group.Weight)),
            ("subtotal", Numbers.Text(group.Subtotal)),
            ("subtotal_text", Numbers.Readable(group.Subtotal, _precision) ?? labels.Words.UnknownScore),
            ("indicators", ScriptData.Array(group.Indicators, indicator => Indicator(declared, indicator))));
    }

    private ScriptObject Indicator(Model.Rubrics.IndicatorGroup? group, IndicatorResult indicator)
    {
        var declared = group?.Indicators.FirstOrDefault(i => i.Name == indicator.Name);
        return ScriptData.Object(
            ("name", indicator.Name),
            ("title", labels.Of(declared?.Title, indicator.Name)),
            ("weight", Numbers.Text(indicator.Weight)),
            ("score", Numbers.Text(indicator.Score)),
            ("score_text", Numbers.Readable(indicator.Score, _precision) ?? labels.Words.UnknownScore),
            ("citation", declared?.Citation),
            ("explanation", labels.Text(declared?.Explanation) is { } text ? _placeholders.Fill(text) : null));
    }
}
