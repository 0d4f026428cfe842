using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// The evidence keys. <c>on_conflict</c> is a policy word or a sequence of steps (<c>[{prefer_method: ISO 14067},
/// prefer_verified, agree_on_verdict]</c>); <c>requires</c> on an input is a sequence of requirements (<c>verified</c>,
/// <c>{verified_by: [...]}</c>, <c>{verified_as: accredited}</c>, <c>{method: [...]}</c>), and on a criterion a mapping
/// of input names to such sequences.
/// </summary>
internal sealed partial class YamlLoader
{
    private static readonly Dictionary<string, ConflictStepKind> StepWords = new(StringComparer.Ordinal)
    {
        ["prefer_verified"] = ConflictStepKind.PreferVerified,
        ["prefer_latest"] = ConflictStepKind.PreferLatest,
        ["prefer_lowest"] = ConflictStepKind.PreferLowest,
        ["prefer_highest"] = ConflictStepKind.PreferHighest,
        ["agree_on_verdict"] = ConflictStepKind.AgreeOnVerdict,
    };

    private static readonly Dictionary<string, EvidenceTest> RequirementWords = new(StringComparer.Ordinal)
    {
        ["verified_by"] = EvidenceTest.VerifiedBy,
        ["verified_as"] = EvidenceTest.VerifiedAs,
        ["method"] = EvidenceTest.Method,
    };

    /// <summary>The input with its policy (a word, or steps) and its requirements.</summary>
    private InputSyntax WithEvidence(InputSyntax input, YamlMapping map)
    {
        var requirements = map["requires"] is { } node ? ReadRequirements(node, null, map.Subject("requires")) : [];
        if (map["on_conflict"] is not YList list)
        {
            return input with { Conflict = map.Choice("on_conflict", YamlVocabulary.ConflictPolicies), Requirements = requirements };
        }

        var steps = new List<ConflictStepSyntax>();
        foreach (var item in list.Items)
        {
            if (item is YScalar scalar && YamlScalars.Choice(_context, scalar, YamlPhrases.ConflictStep, StepWords) is { } word)
            {
                steps.Add(new ConflictStepSyntax(word.Value, [], scalar.Span));
            }
            else if (item is YMap { Entries: [{ Key.Value: "prefer_method" } entry] })
            {
                steps.Add(new ConflictStepSyntax(ConflictStepKind.PreferMethod, Texts(entry.Value, DiagnosticPhrases.Quoted("prefer_method")), item.Span));
            }
            else if (item is not YScalar)
            {
                _context.WrongKind(item, YamlPhrases.ConflictStep, YamlPhrases.StepWordOrPreferMethod);
            }
        }

        // One step that is a policy word means the same as that word, as in the DSL.
        return steps is [{ Kind: not ConflictStepKind.PreferMethod and not ConflictStepKind.AgreeOnVerdict } only]
            ? input with { Conflict = new Spanned<ConflictPolicy>(WordOf(only.Kind), only.Span), Requirements = requirements }
            : input with { Steps = steps.ToValueArray(), Requirements = requirements };
    }

    private static ConflictPolicy WordOf(ConflictStepKind kind) => kind switch
    {
        ConflictStepKind.PreferVerified => ConflictPolicy.PreferVerified,
        ConflictStepKind.PreferLatest => ConflictPolicy.PreferLatest,
        ConflictStepKind.PreferLowest => ConflictPolicy.Lowest,
        _ => ConflictPolicy.Highest,
    };

    /// <summary>A criterion's <c>requires</c>: a mapping of input names to sequences of requirements.</summary>
    private ValueArray<RequirementSyntax> ReadCriterionRequirements(YamlMapping map)
    {
        if (map["requires"] is not { } node || YamlMapping.AsMap(_context, node, map.Subject("requires")) is not { } byInput)
        {
            return [];
        }

        return byInput.Entries
            .SelectMany(e => YamlScalars.Name(_context, e.Key) is { } name ? ReadRequirements(e.Value, name, YamlPhrases.RequirementsOn(name.Text)) : [])
            .ToValueArray();
    }

    private ValueArray<RequirementSyntax> ReadRequirements(YNode node, NameSyntax? input, DiagnosticPhrase subject)
    {
        var requirements = new List<RequirementSyntax>();
        foreach (var item in YamlMapping.AsList(_context, node, subject)?.Items ?? [])
        {
            if (item is YScalar { Value: "verified" })
            {
                requirements.Add(new RequirementSyntax(input, EvidenceTest.Verified, [], item.Span));
            }
            else if (item is YMap { Entries: [var entry] } && RequirementWords.TryGetValue(entry.Key.Value, out var test))
            {
                requirements.Add(new RequirementSyntax(input, test, Texts(entry.Value, DiagnosticPhrases.Quoted(entry.Key.Value)), item.Span));
            }
            else
            {
                _context.WrongKind(item, YamlPhrases.Requirement, YamlPhrases.RequirementForms);
            }
        }

        return requirements.ToValueArray();
    }

    /// <summary>One text, or a sequence of texts (alternatives).</summary>
    private ValueArray<Spanned<string>> Texts(YNode node, DiagnosticPhrase subject) => node switch
    {
        YScalar { IsNull: false } scalar => [new Spanned<string>(scalar.Value, scalar.Span)],
        YList list => list.Items.SelectMany(item => item is YScalar { IsNull: false } s ? [new Spanned<string>(s.Value, s.Span)] : Invalid(item, subject)).ToValueArray(),
        _ => Invalid(node, subject),
    };

    private ValueArray<Spanned<string>> Invalid(YNode node, DiagnosticPhrase subject)
    {
        _context.WrongKind(node, YamlPhrases.Capitalized(subject), YamlPhrases.TextOrTexts);
        return [];
    }
}
