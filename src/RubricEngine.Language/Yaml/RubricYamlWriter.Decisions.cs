using RubricEngine.Language.Formatting;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;

namespace RubricEngine.Language.Yaml;

/// <summary>The score, the classifications, the notes, and the range of a number type.</summary>
public static partial class RubricYamlWriter
{
    private static OutMap Score(ScoreDefinition score)
    {
        var map = new OutMap().Add("name", score.Name).Add("method", YamlVocabulary.WordFor(YamlVocabulary.ScoreMethods, score.Method));
        if (score.Partial is { } partial)
        {
            var required = new OutList(Flow: true);
            foreach (var name in partial.Required)
            {
                required.Add(new OutScalar(name));
            }

            var rules = new OutMap()
                .Add("max_unscored_percent", partial.MaxUnscoredShare == 1 ? null : new OutScalar(DecisionFormatter.Plain(partial.MaxUnscoredShare * 100)))
                .Add("required", required.Items.Count == 0 ? null : required);
            map.Add("of_scored_indicators", rules.Entries.Count == 0 ? OutNull.Instance : rules);
        }

        return map;
    }

    private static OutMap Classification(Classification classification)
    {
        var tiers = new OutList();
        foreach (var tier in classification.Tiers)
        {
            tiers.Add(new OutMap().Add(tier.Outcome, Expression(tier.Condition)));
        }

        OutList? gates = null;
        if (classification.Gates is { } names)
        {
            gates = new OutList(Flow: true);
            foreach (var name in names)
            {
                gates.Add(new OutScalar(name));
            }
        }

        return new OutMap()
            .Add("gates", gates)
            .Add("tiers", tiers.Items.Count == 0 ? null : tiers)
            .Add("otherwise", classification.Fallback)
            .Add("on_conflict", classification.OnConflict)
            .Add("on_unknown", classification.OnUnknown);
    }

    private static YamlOut Note(Note note) => Compact(
        new OutMap()
            .Add("kind", note.Severity == NoteSeverity.Note ? null : YamlVocabulary.WordFor(YamlVocabulary.NoteKinds, note.Severity))
            .Add("when", Expression(note.Condition))
            .Add("title", Texts(note.Title))
            .Add("message", Texts(note.Message)),
        "when");

    /// <summary>The type as the DSL writes it, with its range (<c>integer 1 to 5</c>).</summary>
    internal static string TypeText(DataType type, Unit? unit, ValueRange? range) =>
        range is null ? TypeText(type, unit) : $"{TypeText(type, unit)} {DecisionFormatter.Range(range)}";
}
