using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Yaml;

/// <summary>The evidence keys: conflict policy steps and requirements, as <see cref="YamlLoader"/> reads them.</summary>
public static partial class RubricYamlWriter
{
    /// <summary>A policy of several steps as a sequence; null for a policy of one word, which is written as the word.</summary>
    private static OutList? Steps(InputDeclaration input)
    {
        if (input.Steps.IsEmpty)
        {
            return null;
        }

        var steps = new OutList();
        foreach (var step in input.Steps)
        {
            steps.Add(step.Kind switch
            {
                ConflictStepKind.PreferMethod => new OutMap().Add("prefer_method", Alternatives(step.Methods)),
                ConflictStepKind.PreferVerified => new OutScalar("prefer_verified"),
                ConflictStepKind.PreferLatest => new OutScalar("prefer_latest"),
                ConflictStepKind.PreferLowest => new OutScalar("prefer_lowest"),
                ConflictStepKind.PreferHighest => new OutScalar("prefer_highest"),
                _ => new OutScalar("agree_on_verdict"),
            });
        }

        return steps;
    }

    /// <summary>An input's requirements as a sequence, or null when it has none.</summary>
    private static OutList? Requirements(IEnumerable<EvidenceRequirement> requirements)
    {
        var list = new OutList();
        foreach (var requirement in requirements)
        {
            var check = requirement.Check;
            list.Add(check.Test switch
            {
                EvidenceTest.Verified => new OutScalar("verified"),
                EvidenceTest.VerifiedBy => new OutMap().Add("verified_by", Alternatives(check.Arguments)),
                EvidenceTest.VerifiedAs => new OutMap().Add("verified_as", new OutScalar(check.Arguments[0])),
                _ => new OutMap().Add("method", Alternatives(check.Arguments)),
            });
        }

        return list.Items.Count == 0 ? null : list;
    }

    /// <summary>A criterion's requirements as a mapping of input names to sequences, or null.</summary>
    private static OutMap? CriterionRequirements(Model.Collections.ValueArray<EvidenceRequirement> requirements)
    {
        if (requirements.IsEmpty)
        {
            return null;
        }

        var map = new OutMap();
        foreach (var group in requirements.GroupBy(r => r.Input, StringComparer.Ordinal))
        {
            map.Add(group.Key, Requirements(group));
        }

        return map;
    }

    /// <summary>One text as a scalar, several as a sequence.</summary>
    private static YamlOut Alternatives(Model.Collections.ValueArray<string> texts)
    {
        if (texts.Count == 1)
        {
            return new OutScalar(texts[0], ScalarKind.Text);
        }

        var list = new OutList();
        foreach (var text in texts)
        {
            list.Add(new OutScalar(text, ScalarKind.Text));
        }

        return list;
    }
}
