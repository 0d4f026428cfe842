namespace RubricEngine.Authoring.Lint;

/// <summary>
/// A rubric condition as propositional logic over finite-domain variables: each numeric value's domain is the
/// set of intervals its thresholds cut the line into, each enumeration's its members, each boolean's true and
/// false. Every comparison is constant on one interval, so deciding a formula over these domains decides it for
/// every real value: the analysis is exact, not sampled (over two-valued evidence; unknown is the screener's).
/// </summary>
internal abstract record Formula
{
    /// <summary>The formula's value under a partial assignment (-1 unassigned): 1 true, 0 false, -1 not yet known.</summary>
    public abstract int Eval(int[] assignment);

    /// <summary>The variables the formula reads.</summary>
    public abstract IEnumerable<int> Variables();

    public static Formula And(params Formula[] parts) => new AllOf([.. parts]);

    public static Formula Not(Formula part) => new Negation(part);
}

internal sealed record Constant(bool Value) : Formula
{
    public override int Eval(int[] assignment) => Value ? 1 : 0;

    public override IEnumerable<int> Variables() => [];
}

/// <summary>A variable's value lies in the set <paramref name="Holds"/> accepts.</summary>
internal sealed record Atom(int Variable, Func<int, bool> Holds) : Formula
{
    public override int Eval(int[] assignment) => assignment[Variable] < 0 ? -1 : Holds(assignment[Variable]) ? 1 : 0;

    public override IEnumerable<int> Variables() => [Variable];
}

internal sealed record Negation(Formula Part) : Formula
{
    public override int Eval(int[] assignment) => Part.Eval(assignment) switch { 1 => 0, 0 => 1, _ => -1 };

    public override IEnumerable<int> Variables() => Part.Variables();
}

/// <summary>At least <paramref name="Minimum"/> of the parts hold: and is all of them, or is one.</summary>
internal sealed record AtLeast(int Minimum, IReadOnlyList<Formula> Parts) : Formula
{
    public override int Eval(int[] assignment)
    {
        int met = 0, open = 0;
        foreach (var part in Parts)
        {
            var value = part.Eval(assignment);
            met += value == 1 ? 1 : 0;
            open += value == -1 ? 1 : 0;
            if (met >= Minimum)
            {
                return 1;
            }
        }

        return met >= Minimum ? 1 : met + open < Minimum ? 0 : -1;
    }

    public override IEnumerable<int> Variables() => Parts.SelectMany(p => p.Variables());
}

internal sealed record AllOf(IReadOnlyList<Formula> Parts) : Formula
{
    public override int Eval(int[] assignment) => new AtLeast(Parts.Count, Parts).Eval(assignment);

    public override IEnumerable<int> Variables() => Parts.SelectMany(p => p.Variables());
}
