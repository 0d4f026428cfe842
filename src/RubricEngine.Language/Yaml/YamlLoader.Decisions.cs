using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// <c>score:</c> (with <c>of_scored_indicators:</c>), the unnamed <c>classification:</c>, named
/// <c>classifications:</c> and <c>notes:</c>.
/// </summary>
internal sealed partial class YamlLoader
{
    /// <summary><c>score: {name: total, method: weighted_mean, of_scored_indicators: {max_unscored_percent: 20, required: [a]}}</c>.</summary>
    private void ReadScore(YamlMapping top)
    {
        if (top.Map.Entry("score") is not { } entry || Open(entry.Value, YamlPhrases.Score, YamlPhrases.Mapping, "name", "method", "of_scored_indicators") is not { } score)
        {
            return;
        }

        var name = score.Name("name", required: true);
        var method = score.Choice("method", YamlVocabulary.ScoreMethods, required: true);
        var partial = score.Map.Entry("of_scored_indicators") is { } rules ? ReadPartial(rules) : null;
        if (name is not null && method is not null)
        {
            _declarations.Add(new ScoreSyntax(name, method.Value, entry.Span) { Partial = partial });
        }
    }

    private PartialScoringSyntax? ReadPartial(YEntry entry)
    {
        if (entry.Value is YScalar { IsNull: true })
        {
            return new PartialScoringSyntax(null, [], entry.Key.Span);
        }

        if (Open(entry.Value, YamlPhrases.KeyIn("of_scored_indicators", YamlPhrases.Score), YamlPhrases.Mapping, "max_unscored_percent", "required") is not { } map)
        {
            return null;
        }

        return new PartialScoringSyntax(map.Number("max_unscored_percent"), Names(map, "required"), entry.Key.Span);
    }

    /// <summary>A sequence of names (<c>[a, b]</c>); an empty sequence is no names, a missing key is null.</summary>
    private ValueArray<NameSyntax> Names(YamlMapping map, string key) =>
        (map.Sequence(key)?.Items ?? []).Select(item => item is YScalar scalar ? YamlScalars.Name(_context, scalar) : WrongItem(item)).OfType<NameSyntax>().ToValueArray();

    private NameSyntax? WrongItem(YNode item)
    {
        if (item is not YInvalid)
        {
            _context.Report(DiagnosticCatalog.WrongYamlNodeKind, item.Span, YamlPhrases.Capitalized(YamlPhrases.Name), YamlPhrases.Name, item.KindName);
        }

        return null;
    }

    /// <summary><c>classification: {tiers: [{fundable: total >= 3.5}], otherwise: reject}</c>; tiers are a sequence because order decides.</summary>
    private void ReadClassification(YamlMapping top)
    {
        if (top.Map.Entry("classification") is { } entry && Open(entry.Value, YamlPhrases.Classification, YamlPhrases.Mapping, "tiers", "otherwise", "on_conflict", "on_unknown") is { } map)
        {
            _declarations.Add(new ClassificationSyntax(Tiers(map), map.Name("otherwise"), entry.Span) { OnConflict = map.Name("on_conflict"), OnUnknown = map.Name("on_unknown") });
        }
    }

    /// <summary><c>classifications: {eligibility: {gates: [a], tiers: [...], otherwise: x}}</c>: named classifications, first is the headline.</summary>
    private void ReadClassifications(YamlMapping top)
    {
        foreach (var (name, entry) in Named(top, "classifications"))
        {
            if (Open(entry.Value, YamlPhrases.NamedClassification(name.Text), YamlPhrases.Mapping, "gates", "tiers", "otherwise", "on_conflict", "on_unknown") is { } map)
            {
                var gates = map["gates"] is { } node ? new GatesSyntax(Names(map, "gates"), node.Span) : null;
                _declarations.Add(new ClassificationSyntax(Tiers(map), map.Name("otherwise"), entry.Span) { Name = name, Gates = gates, OnConflict = map.Name("on_conflict"), OnUnknown = map.Name("on_unknown") });
            }
        }
    }

    private ValueArray<TierSyntax> Tiers(YamlMapping map)
    {
        var tiers = new List<TierSyntax>();
        foreach (var item in map.Sequence("tiers")?.Items ?? [])
        {
            if (item is not YMap { Entries.Count: 1 } tier)
            {
                var kind = item is YMap other ? YamlPhrases.MappingOf(other.Entries.Count) : item.KindName;
                if (item is not YInvalid)
                {
                    _context.Report(DiagnosticCatalog.WrongYamlNodeKind, item.Span, YamlPhrases.Tier, YamlPhrases.TierMapping, kind);
                }

                continue;
            }

            var (key, value) = (tier.Entries[0].Key, tier.Entries[0].Value);
            var outcome = YamlScalars.Name(_context, key);
            var condition = YamlExpressions.Parse(_context, value, YamlPhrases.ConditionOfTier(key.Value));
            if (outcome is not null && condition is not null)
            {
                tiers.Add(new TierSyntax(outcome, condition, tier.Span));
            }
        }

        return tiers.ToValueArray();
    }

    /// <summary><c>notes: {claim_gap: {kind: warning, when: ..., title: ..., message: ...}}</c>, or a condition alone for a note.</summary>
    private void ReadNotes(YamlMapping top)
    {
        foreach (var (name, entry) in Named(top, "notes"))
        {
            if (entry.Value is YScalar { IsNull: false } scalar)
            {
                if (YamlExpressions.Parse(_context, scalar) is { } condition)
                {
                    _declarations.Add(new NoteSyntax(NoteSeverity.Note, name, condition, TextsSyntax.None, TextsSyntax.None, entry.Span));
                }
            }
            else if (Open(entry.Value, YamlPhrases.Note(name.Text), YamlPhrases.ConditionOrMapping, "kind", "when", "title", "message") is { } map)
            {
                var kind = map.Choice("kind", YamlVocabulary.NoteKinds)?.Value ?? NoteSeverity.Note;
                var condition = map.Required("when") is { } node ? YamlExpressions.Parse(_context, node, map.Subject("when")) : null;
                var title = map.Texts("title");
                var message = map.Texts("message");
                if (condition is not null)
                {
                    _declarations.Add(new NoteSyntax(kind, name, condition, title, message, entry.Span));
                }
            }
        }
    }
}
