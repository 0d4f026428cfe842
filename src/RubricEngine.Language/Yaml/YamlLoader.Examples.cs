using RubricEngine.Language.Syntax;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// <c>examples:</c> keyed by the example's name, each with <c>assessed_on</c>, <c>given</c> and <c>expect</c>
/// (<c>outcome</c>, <c>classifications</c> and <c>verdicts</c>).
/// </summary>
internal sealed partial class YamlLoader
{
    private void ReadExamples(YamlMapping top)
    {
        if (top.Mapping("examples") is not { } examples)
        {
            return;
        }

        foreach (var entry in examples.Entries)
        {
            var what = YamlPhrases.Example(entry.Key.Value);
            if (Open(entry.Value, what, YamlPhrases.Mapping, "assessed_on", "given", "expect") is not { } map)
            {
                continue;
            }

            var assessedOn = map.Date("assessed_on");
            var givens = Named(map, "given").SelectMany(g => ReadGivens(g.Name, g.Entry, what)).ToValueArray();
            var (outcome, verdicts, classifications) = ReadExpectations(map);
            _declarations.Add(new ExampleSyntax(
                new Spanned<string>(entry.Key.Value, entry.Key.Span), assessedOn, givens, outcome, verdicts, entry.Span)
            {
                ExpectedClassifications = classifications,
            });
        }
    }

    private (NameSyntax? Outcome, ValueArray<ExpectedVerdictSyntax> Verdicts, ValueArray<ExpectedClassificationSyntax> Classifications) ReadExpectations(YamlMapping example)
    {
        if (example.Mapping("expect") is not { } node)
        {
            return (null, [], []);
        }

        var expect = YamlMapping.Open(_context, node, YamlPhrases.Expectations(example.What), "outcome", "classifications", "verdicts");
        var outcome = expect.Name("outcome");
        var verdicts = new List<ExpectedVerdictSyntax>();
        foreach (var (criterion, entry) in Named(expect, "verdicts"))
        {
            var subject = YamlPhrases.VerdictIn(criterion.Text, example.What);
            if (YamlScalars.NonEmpty(_context, entry.Value, YamlPhrases.Capitalized(subject)) is { } scalar
                && YamlScalars.Choice(_context, scalar, subject, YamlVocabulary.Verdicts) is { } verdict)
            {
                verdicts.Add(new ExpectedVerdictSyntax(criterion, verdict.Value, entry.Span));
            }
        }

        // classifications: {loan_gate: loan}, the outcome each named classification should give.
        var classifications = new List<ExpectedClassificationSyntax>();
        foreach (var (classification, entry) in Named(expect, "classifications"))
        {
            var subject = YamlPhrases.OutcomeIn(classification.Text, example.What);
            if (YamlScalars.NonEmpty(_context, entry.Value, YamlPhrases.Capitalized(subject)) is { } scalar && YamlScalars.Name(_context, scalar) is { } expectedOutcome)
            {
                classifications.Add(new ExpectedClassificationSyntax(classification, expectedOutcome, entry.Span));
            }
        }

        return (outcome, verdicts.ToValueArray(), classifications.ToValueArray());
    }
}
