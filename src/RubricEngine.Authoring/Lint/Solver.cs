namespace RubricEngine.Authoring.Lint;

/// <summary>
/// Decides whether a formula can hold, by search over the variables it reads with pruning on partial
/// assignments (the formula is evaluated three-valued, so a decided part cuts the search). Bounded: past its step
/// limit it answers null, and the caller reports the question undecided rather than guess.
/// </summary>
internal sealed class Solver(IReadOnlyList<Domain> domains, int stepLimit = 200_000)
{
    public int StepLimit => stepLimit;

    /// <summary>True when some assignment makes the formula hold, false when none does, null when the step limit was reached.</summary>
    public bool? Satisfiable(Formula formula)
    {
        var variables = formula.Variables().Distinct().ToArray();
        var assignment = new int[domains.Count];
        Array.Fill(assignment, -1);
        var steps = 0;
        return Search(formula, variables, 0, assignment, ref steps);
    }

    private bool? Search(Formula formula, int[] variables, int next, int[] assignment, ref int steps)
    {
        if (++steps > stepLimit)
        {
            return null;
        }

        switch (formula.Eval(assignment))
        {
            case 1:
                return true;
            case 0:
                return false;
        }

        var variable = variables[next];
        var domain = domains[variable];
        var undecided = false;
        for (var value = 0; value < domain.Size; value++)
        {
            if (!domain.Feasible(value))
            {
                continue;
            }

            assignment[variable] = value;
            var found = Search(formula, variables, next + 1, assignment, ref steps);
            assignment[variable] = -1;
            if (found == true)
            {
                return true;
            }

            undecided |= found is null;
            if (found is null && steps > stepLimit)
            {
                return null;
            }
        }

        return undecided ? null : false;
    }
}
