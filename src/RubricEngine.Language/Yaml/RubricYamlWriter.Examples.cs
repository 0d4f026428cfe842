using RubricEngine.Language.Formatting;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;
using RubricEngine.Model.Values;

namespace RubricEngine.Language.Yaml;

/// <summary>Examples: givens in input declaration order, list inputs as a table of the declared fields.</summary>
public static partial class RubricYamlWriter
{
    private static OutMap Example(Example example, Rubric rubric)
    {
        var given = new OutMap();
        foreach (var entry in ExampleFormatter.Givens(example, rubric))
        {
            var values = entry.Values.Select(v => Given(v, example.Dossier, rubric.Input(entry.Input)?.Type)).ToList();
            given.Add(entry.Input, values.Count == 1 ? values[0] : ListOf(values));
        }

        var verdicts = new OutMap();
        foreach (var verdict in example.ExpectedVerdicts)
        {
            verdicts.Add(verdict.Criterion, YamlVocabulary.WordFor(YamlVocabulary.Verdicts, verdict.Verdict));
        }

        var classifications = new OutMap();
        foreach (var expected in example.ExpectedClassifications)
        {
            classifications.Add(expected.Classification, expected.Outcome);
        }

        return new OutMap()
            .Add("assessed_on", example.Dossier.AssessmentDate is { } date ? Date(date) : null)
            .Add("given", given.Entries.Count == 0 ? null : given)
            .Add("expect", new OutMap()
                .Add("outcome", example.ExpectedOutcome)
                .Add("classifications", classifications.Entries.Count == 0 ? null : classifications)
                .Add("verdicts", verdicts.Entries.Count == 0 ? null : verdicts));
    }

    private static OutList ListOf(IEnumerable<YamlOut> items)
    {
        var list = new OutList();
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>A value alone, or with its evidence under <c>value</c> (or <c>records</c> for a list) beside <c>from</c> and <c>verified_by</c>.</summary>
    private static YamlOut Given(EvidencedValue given, Dossier dossier, DataType? type)
    {
        var evidence = given.EvidenceIds.Select(dossier.EvidenceById).OfType<EvidenceItem>().FirstOrDefault();
        YamlOut value = given.Value is ListValue list ? Table(list, type as ListType) : Scalar(given.Value, type);
        if (evidence is null)
        {
            return value;
        }

        var map = value is OutMap table ? table : new OutMap().Add("value", value);
        return map.Add("from", evidence.Document).Add("verified_by", evidence.VerifiedBy)
            .Add("verification", evidence.Verification?.ToWord()).Add("method", evidence.Method);
    }

    /// <summary>
    /// Other values are DSL literals. A text is plain where the loader knows the input or field is text, and
    /// quoted otherwise, since in a given a quoted scalar always means text.
    /// </summary>
    private static OutScalar Scalar(Value value, DataType? type) => value switch
    {
        TextValue text => new OutScalar(text.Text, type is TextType ? ScalarKind.Text : ScalarKind.QuotedText),
        _ => new OutScalar(ValueText.Literal(value)),
    };

    /// <summary>Columns are the declared fields that some record has, in declaration order; an absent field is an empty cell.</summary>
    private static OutMap Table(ListValue list, ListType? type)
    {
        var names = (type?.Fields.Select(f => f.Name) ?? list.Records.SelectMany(r => r.Fields.Select(f => f.Key)).Distinct())
            .Where(name => list.Records.Any(r => r.Field(name) is not null))
            .ToList();
        var columns = new OutList(Flow: true);
        names.ForEach(name => columns.Add(new OutScalar(name, ScalarKind.Text)));
        var rows = new OutList();
        foreach (var record in list.Records)
        {
            var row = new OutList(Flow: true);
            names.ForEach(name => row.Add(record.Field(name) is { } cell ? Scalar(cell, type?.Field(name)?.Type) : OutNull.Instance));
            rows.Add(row);
        }

        return new OutMap().Add("columns", columns).Add("rows", rows.Items.Count == 0 ? null : rows);
    }
}
