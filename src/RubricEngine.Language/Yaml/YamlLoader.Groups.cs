using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Yaml;

/// <summary><c>groups:</c> with their <c>indicators:</c>, and the <c>classification:</c> tiers.</summary>
internal sealed partial class YamlLoader
{
    private void ReadGroups(YamlMapping top)
    {
        foreach (var (name, entry) in Named(top, "groups"))
        {
            if (Open(entry.Value, $"group '{name.Text}'", "a mapping", "weight", "title", "indicators") is not { } group)
            {
                continue;
            }

            var weight = group.Number("weight", required: true);
            var title = group.Texts("title");
            var indicators = Named(group, "indicators").Select(i => ReadIndicator(i.Name, i.Entry, group.What)).OfType<IndicatorSyntax>().ToValueArray();
            if (weight is not null)
            {
                _declarations.Add(new GroupSyntax(name, weight, title, indicators, entry.Span));
            }
        }
    }

    private IndicatorSyntax? ReadIndicator(NameSyntax name, YEntry entry, string groupWhat)
    {
        var what = $"indicator '{name.Text}' of {groupWhat}";
        if (Open(entry.Value, what, "a mapping", "weight", "score", "title", "explain", "cites") is not { } map)
        {
            return null;
        }

        var weight = map.Number("weight", required: true);

        // A missing score is left to the binder, which reports it for both forms; a score that does not parse is reported here.
        var scoreNode = map["score"];
        var score = scoreNode is null ? null : YamlExpressions.Parse(_context, scoreNode, map.Subject("score"));
        var title = map.Texts("title");
        var explanation = map.Texts("explain");
        var citation = map.Text("cites");
        return weight is null || (scoreNode is not null && score is null)
            ? null
            : new IndicatorSyntax(name, weight, score, title, explanation, citation, entry.Span);
    }

    /// <summary><c>classification: {tiers: [{fundable: total >= 3.5}], otherwise: reject}</c>; tiers are a sequence because order decides.</summary>
    private void ReadClassification(YamlMapping top)
    {
        if (top.Map.Entry("classification") is not { } entry
            || Open(entry.Value, "the classification", "a mapping", "tiers", "otherwise") is not { } map)
        {
            return;
        }

        var tiers = new List<TierSyntax>();
        foreach (var item in map.Sequence("tiers")?.Items ?? [])
        {
            if (item is not YMap { Entries.Count: 1 } tier)
            {
                var kind = item is YMap other ? $"a mapping of {other.Entries.Count} entries" : item.KindName;
                if (item is not YInvalid)
                {
                    _context.Report(DiagnosticCatalog.WrongYamlNodeKind, item.Span, "A tier", "a mapping of one outcome to its condition", kind);
                }

                continue;
            }

            var (key, value) = (tier.Entries[0].Key, tier.Entries[0].Value);
            var outcome = YamlScalars.Name(_context, key);
            var condition = YamlExpressions.Parse(_context, value, $"The condition of tier '{key.Value}'");
            if (outcome is not null && condition is not null)
            {
                tiers.Add(new TierSyntax(outcome, condition, tier.Span));
            }
        }

        _declarations.Add(new ClassificationSyntax(tiers.ToValueArray(), map.Name("otherwise"), entry.Span));
    }
}
