using CsCheck;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.NRules.Tests.Support;

/// <summary>
/// Generates typed dossiers for any rubric from its input declarations: values drawn around the rubric's own
/// thresholds (exactly on them, just either side) or at random, missing inputs, conflicting candidates with
/// verified, unverified and dated evidence, short lists, and dossiers with or without an assessment date.
/// </summary>
internal sealed class DossierGen
{
    private static readonly DateOnly[] Dates = [new(2020, 1, 1), new(2024, 6, 30), new(2025, 12, 31), new(2026, 1, 1), new(2030, 1, 1)];
    private static readonly ValueArray<EvidenceItem> Evidence =
    [
        new("verified", "report.pdf", "1", "auditor", new DateOnly(2024, 1, 1), SourceSpan.None),
        new("unverified", "claim.pdf", null, null, new DateOnly(2025, 1, 1), SourceSpan.None),
        new("undated", null, null, "auditor", null, SourceSpan.None),
    ];

    private readonly Rubric _rubric;
    private readonly decimal[] _numbers;
    private readonly Quantity[] _quantities;
    private readonly string[] _texts;

    public DossierGen(Rubric rubric)
    {
        _rubric = rubric;
        var literals = rubric.AllExpressions().SelectMany(ExprWalker.Descendants).OfType<LiteralExpr>().Select(l => l.Value).ToList();
        _numbers = [.. literals.OfType<NumberValue>().Select(n => n.Number).Append(0m).Append(1m).Distinct()];
        _quantities = [.. literals.OfType<QuantityValue>().Select(q => q.Quantity).Distinct()];
        _texts = [.. literals.OfType<TextValue>().Select(t => t.Text).Append("other").Distinct()];
    }

    // Half the dossiers are complete (every input stated once), so that rubrics with many inputs still reach
    // their definite outcomes; the other half have missing inputs and conflicting candidates.
    public Gen<Dossier> Dossier() =>
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, Dates.Length], Gen.Bool.SelectMany(Entries), (id, date, entries) =>
            new Dossier($"D{id}", date < Dates.Length ? Dates[date] : null, entries, Evidence, SourceSpan.None));

    private Gen<ValueArray<DossierEntry>> Entries(bool complete)
    {
        var perInput = _rubric.Inputs.Select(i => Entry(i, complete)).ToArray();
        return All(perInput).Select(entries => entries.Where(e => e is not null).Select(e => e!).ToValueArray());
    }

    // Missing (about 1 in 7), one value, or two to three candidates that may agree or conflict.
    private Gen<DossierEntry?> Entry(InputDeclaration input, bool complete) =>
        (complete ? Gen.Int[1, 4] : Gen.Int[0, 6]).SelectMany(shape => shape == 0
            ? Gen.Const((DossierEntry?)null)
            : (shape < 5 ? Candidate(input.Type, input.Unit).Array[1] : Candidate(input.Type, input.Unit).Array[2, 3]).Select(values => (DossierEntry?)new DossierEntry(input.Name, values.ToValueArray())));

    private Gen<EvidencedValue> Candidate(DataType type, Unit? unit) =>
        Gen.Select(Value(type, unit), Gen.Int[0, 3], (value, evidence) =>
            new EvidencedValue(value, evidence < Evidence.Count ? [Evidence[evidence].Id] : [], SourceSpan.None));

    private Gen<Value> Value(DataType type, Unit? unit) => type switch
    {
        BooleanType => Gen.Bool.Select(b => (Value)new TruthValue(b ? Truth.Met : Truth.NotMet)),
        DecimalType or IntegerType => Number(type is IntegerType).Select(n => (Value)new NumberValue(n)),
        QuantityType q => Quantity(q.Dimension, unit).Select(v => (Value)new QuantityValue(v)),
        EnumType e => Gen.Int[0, e.Members.Count - 1].Select(i => (Value)new EnumValue(e.Members[i])),
        TextType => Gen.Int[0, _texts.Length - 1].Select(i => (Value)new TextValue(_texts[i])),
        DateType => Gen.Int[0, Dates.Length - 1].Select(i => (Value)new DateValue(Dates[i])),
        ListType list => Record(list).Array[7, 13].Select(records => (Value)new ListValue(records.ToValueArray())),
        _ => throw new NotSupportedException($"No generator for {type}."),
    };

    private Gen<RecordValue> Record(ListType list) =>
        All([.. list.Fields.Select(f => Value(f.Type, f.Unit).Select(v => new KeyValuePair<string, Value>(f.Name, v)))])
            .Select(fields => new RecordValue(fields.ToValueArray()));

    // One value from each generator, in order.
    private static Gen<T[]> All<T>(IReadOnlyList<Gen<T>> gens)
    {
        var all = Gen.Const(Array.Empty<T>());
        foreach (var gen in gens)
        {
            all = all.SelectMany(done => gen.Select(next => (T[])[.. done, next]));
        }

        return all;
    }

    // A threshold exactly, a hair either side of it, a small scale value, or anything.
    private Gen<decimal> Number(bool integer) =>
        Gen.Int[0, 4].SelectMany(kind => kind switch
        {
            0 or 1 => Gen.Int[0, _numbers.Length - 1].Select(i => _numbers[i]),
            2 => Gen.Int[0, _numbers.Length - 1].SelectMany(i => Gen.Int[-1, 1].Select(d => _numbers[i] + (integer ? d : d * 0.01m))),
            3 => Gen.Int[1, 5].Select(i => (decimal)i),
            _ => Gen.Int[-1000, 100_000].Select(i => integer ? i : i / 100m),
        }).Select(n => integer ? decimal.Truncate(n) : n);

    private Gen<Quantity> Quantity(Dimension dimension, Unit? unit)
    {
        var same = _quantities.Where(q => q.Unit.Dimension.Equals(dimension)).ToArray();
        var fallback = unit ?? same.FirstOrDefault().Unit;
        return Gen.Int[0, 3].SelectMany(kind => kind < 3 && same.Length > 0
            ? Gen.Int[0, same.Length - 1].SelectMany(i => Gen.Int[-1, 1].Select(d => same[i] with { Value = same[i].Value + (kind == 0 ? 0 : d * 0.5m) }))
            : Gen.Int[0, 20_000].Select(i => new Quantity(i / 10m, fallback!)));
    }
}
