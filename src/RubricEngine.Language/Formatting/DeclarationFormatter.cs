using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Formatting;

/// <summary>Writes each kind of declaration in its canonical form.</summary>
internal static class DeclarationFormatter
{
    public static void Header(DslWriter w, RubricMetadata m)
    {
        w.Line(0, m.Version.Length > 0 ? $"rubric {m.Id} version {DslWriter.Quote(m.Version)}" : $"rubric {m.Id}");
        w.Texts(1, "title", m.Title);
        w.Texts(1, "description", m.Description);
        w.Text(1, "source", m.Source);
        w.Text(1, "citation", m.Citation);
        if (m.DisplayPrecision is { } places)
        {
            w.Line(1, $"display precision {DslWriter.Number(places)}");
        }
    }

    public static void Outcome(DslWriter w, OutcomeDeclaration o)
    {
        w.Line(0, $"outcome {o.Name}");
        w.Texts(1, "title", o.Title);
    }

    public static void Unit(DslWriter w, UnitDeclaration u)
    {
        w.Line(0, u.NewDimension is { } dimension
            ? $"unit {u.Symbol} dimension {dimension}"
            : $"unit {u.Symbol} = {DslWriter.Number(u.Multiple!.Value)} {u.Of}");
        w.Texts(1, "title", u.Title);
    }

    public static void Input(DslWriter w, InputDeclaration i)
    {
        w.Line(0, $"input {i.Name}: {Type(i.Type, i.Unit, i.Range)}{(i.Required ? string.Empty : " optional")}");
        w.Texts(1, "title", i.Title);
        if (!i.Steps.IsEmpty)
        {
            w.Line(1, "when conflicting " + string.Join(", then ", i.Steps.Select(s => s.Text)));
        }
        else if (i.Conflict != ConflictPolicy.Unknown)
        {
            w.Line(1, "when conflicting " + Policy(i.Conflict));
        }

        foreach (var requirement in i.Requirements)
        {
            w.Line(1, "requires " + requirement.Check.RequirementText);
        }

        if (i.MinimumCount is { } minimum)
        {
            w.Line(1, $"at least {minimum} records");
        }

        if (i.Type is ListType list)
        {
            foreach (var f in list.Fields)
            {
                w.Line(1, $"field {f.Name}: {Type(f.Type, f.Unit, f.Range)}{(f.Required ? string.Empty : " optional")}");
            }
        }
    }

    private static string Policy(ConflictPolicy policy) => policy switch
    {
        ConflictPolicy.PreferVerified => "prefer verified",
        ConflictPolicy.PreferLatest => "prefer latest",
        ConflictPolicy.Lowest => "prefer lowest",
        ConflictPolicy.Highest => "prefer highest",
        _ => "unknown",
    };

    private static string Type(DataType type, Model.Units.Unit? unit) => type switch
    {
        QuantityType q => $"quantity in {unit?.Symbol ?? q.Dimension.ToString()}",
        EnumType e => "one of " + string.Join(", ", e.Members),
        ListType => "list of records",
        _ => type.DisplayName,
    };

    private static string Type(DataType type, Model.Units.Unit? unit, ValueRange? range) =>
        range is null ? Type(type, unit) : $"{Type(type, unit)} {DecisionFormatter.Range(range)}";

    public static void Derived(DslWriter w, DerivedValue d)
    {
        var unit = d.Unit is null ? string.Empty : " in " + d.Unit.Symbol;
        w.Line(0, $"derived {d.Name} = {ExprText.Format(d.Expression)}{unit}");
        w.Texts(1, "title", d.Title);
    }

    public static void Exclusion(DslWriter w, CohortExclusion x)
    {
        w.Line(0, $"exclude from cohort when {ExprText.Format(x.Condition)}");
        w.Texts(1, "title", x.Title);
    }

    public static void Criterion(DslWriter w, Criterion c)
    {
        var keyword = c.Kind == CriterionKind.Gate ? "gate" : "criterion";
        w.Line(0, $"{keyword} {c.Name} when {ExprText.Format(c.Condition)}");
        w.Texts(1, "title", c.Title);
        w.Text(1, "cites", c.Citation);
        w.Texts(1, "explain", c.Explanation);
        if (c.From is { } from)
        {
            w.Line(1, "from " + DslWriter.Date(from));
        }

        if (c.Until is { } until)
        {
            w.Line(1, "until " + DslWriter.Date(until));
        }

        foreach (var requirement in c.Requirements)
        {
            w.Line(1, $"requires {requirement.Input} {requirement.Check.RequirementText}");
        }
    }

    public static void Group(DslWriter w, IndicatorGroup g)
    {
        w.Line(0, $"group {g.Name} weight {DslWriter.Number(g.Weight)}");
        w.Texts(1, "title", g.Title);
        foreach (var i in g.Indicators)
        {
            w.Line(1, $"indicator {i.Name} weight {DslWriter.Number(i.Weight)}");
            w.Texts(2, "title", i.Title);
            w.Texts(2, "explain", i.Explanation);
            w.Text(2, "cites", i.Citation);
            w.Line(2, "score " + ExprText.Format(i.Score));
        }
    }

}
