using CsCheck;

namespace RubricEngine.Rete.Tests.Differential;

/// <summary>
/// The engine's correctness argument: for random rule sets and random insert/update/retract sequences,
/// after every step (and firing to quiescence) the engine's matches and derived facts equal those of a
/// reference evaluator that recomputes everything from scratch.
/// </summary>
public class DifferentialTests
{
    [Fact]
    public void EveryStep_RandomRulesAndOperations_MatchesAndDerivedFactsEqualReference()
        => Gen.Int.Sample(seed => Check(seed), iter: 4000, threads: 2);

    [Fact]
    public void EveryStep_RandomRulesUnderTracing_EventsDoNotChangeResults()
        => Gen.Int.Sample(seed => Check(seed, traced: true), iter: 300, threads: 2);

    [Fact]
    public void EveryStep_LongSequencesOnFewKeys_LargeBucketsStayCorrect()
        => Gen.Int.Sample(seed => Check(seed, large: true), iter: 60, threads: 2);

    private static void Check(int seed, bool traced = false, bool large = false)
    {
        var random = new Random(seed);
        var specs = SpecGenerator.Rules(random);
        var ops = large ? SpecGenerator.Operations(random, 150, keys: 1) : SpecGenerator.Operations(random, random.Next(4, 11));
        var session = RuleCompiler.Compile(EngineRules.Build(specs)).CreateSession();
        if (traced)
        {
            session.Events.ConditionEvaluated += (_, _) => { };
            session.Events.ActivationCreated += (_, _) => { };
        }

        var stated = new List<Fact>();
        for (var step = 0; step < ops.Count; step++)
        {
            var op = ops[step];
            if (op.Kind == OpKind.Insert && step + 1 < ops.Count && ops[step + 1].Kind == OpKind.Insert && (seed & 3) == 0)
            {
                // A batch: deferred aggregate updates and truth maintenance settle once, at its end.
                session.InsertAll([op.Fact, ops[step + 1].Fact]);
                stated.Add(op.Fact);
                stated.Add(ops[++step].Fact);
                op = ops[step];
            }
            else
            {
                Apply(session, op, stated);
            }

            session.Fire(10_000);
            var (expectedMatches, expectedDerived) = ReferenceEvaluator.Evaluate(specs, stated);
            var actualMatches = new SortedSet<string>(
                specs.SelectMany(r => session.Matches(r.Name).Select(m => Semantics.Signature(r.Name, m.Entries))), StringComparer.Ordinal);
            var actualDerived = new SortedSet<string>(
                session.Query<D>().Select(f => f.ToString()).Concat(session.Query<E>().Select(f => f.ToString())), StringComparer.Ordinal);
            if (!expectedMatches.SetEquals(actualMatches) || !expectedDerived.SetEquals(actualDerived))
            {
                throw new InvalidOperationException(
                    $"seed {seed}, step {step} ({op}):\nrules:\n{string.Join("\n", specs.Select(Describe))}\n"
                    + $"expected matches: {string.Join("; ", expectedMatches)}\nactual matches:   {string.Join("; ", actualMatches)}\n"
                    + $"expected derived: {string.Join("; ", expectedDerived)}\nactual derived:   {string.Join("; ", actualDerived)}");
            }
        }
    }

    private static void Apply(Session session, Op op, List<Fact> stated)
    {
        switch (op.Kind)
        {
            case OpKind.Insert:
                session.Insert(op.Fact);
                stated.Add(op.Fact);
                break;
            case OpKind.Update:
                session.Update(op.Fact, op.NewFact!);
                stated[stated.IndexOf(op.Fact)] = op.NewFact!;
                break;
            default:
                session.Retract(op.Fact);
                stated.Remove(op.Fact);
                break;
        }
    }

    private static string Describe(RuleSpec rule)
        => $"  {rule.Name} level {rule.Level} salience {rule.Salience}: " + string.Join(" | ", rule.Elements.Select(e =>
            $"{e.Kind} {e.Type.Name} alpha[{string.Join(",", e.Alpha.Select(a => $"{a.Op}:{a.Constant}"))}] joins[{string.Join(",", e.Joins.Select(j => $"{j.Other}:{j.Op}"))}]"
            + (e.Kind == ElementKind.Aggregate ? $" {e.Aggregate}{(e.Grouped ? " grouped" : string.Empty)}{(e.ResultAbove is { } a ? " >" + a : string.Empty)}" : string.Empty)
            + (e.ForAllCondition is { } f ? $" forall {f.Op}:{f.Constant}" : string.Empty)));
}
