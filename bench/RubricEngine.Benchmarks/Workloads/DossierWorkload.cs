using System.Globalization;

namespace RubricEngine.Benchmarks.Workloads;

/// <summary>
/// A screening-shaped workload: n dossiers, one fresh session each (as a worker thread would run them),
/// 20 inputs per dossier, 20 criteria with a threshold and a "missing evidence" rule each, a weighted
/// score (an aggregate over logically inserted verdicts) and a decision. A stand-in until the Screening
/// layer adds its own workload.
/// </summary>
public sealed class DossierWorkload : IWorkload
{
    private const int Criteria = 20;

    public string Name => "dossier_screening";

    public IReadOnlyList<int> QuickSizes => [1_000];

    public IWorkloadRun Prepare(int size) => new Run(size);

    public sealed record Input(int Dossier, string Code, decimal Value);

    public sealed record Verdict(int Dossier, int Criterion, bool? Met, decimal Weight);

    public sealed record Score(int Dossier, decimal Value);

    public sealed record Decision(int Dossier, bool Eligible);

    private static string Code(int criterion) => "K" + criterion.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<Rete.RuleDefinition> Rules()
    {
        for (var k = 0; k < Criteria; k++)
        {
            var criterion = k;
            var code = Code(k);
            var threshold = 10m * (k % 5);
            var weight = 1m + (k % 3);
            var met = new Rete.RuleBuilder("criterion " + code);
            var input = met.Match<Input>(i => i.Code == code);
            met.Then(ctx => ctx.InsertLogical(new Verdict(ctx.Get(input).Dossier, criterion, ctx.Get(input).Value > threshold, weight)));
            yield return met.Build();

            var missing = new Rete.RuleBuilder("missing " + code);
            var anchor = missing.Match<Input>(i => i.Code == "K0");
            missing.Not<Input>(i => i.Code == code).Join(anchor, (i, a) => i.Dossier == a.Dossier);
            missing.Then(ctx => ctx.InsertLogical(new Verdict(ctx.Get(anchor).Dossier, criterion, null, weight)));
            yield return missing.Build();
        }

        var score = new Rete.RuleBuilder("score");
        var total = score.GroupBy((Verdict v) => v.Dossier, Rete.Aggregates.Sum<Verdict, decimal>(v => v.Met == true ? v.Weight : 0m));
        score.Then(ctx => ctx.InsertLogical(new Score(ctx.Get(total).Key, ctx.Get(total).Value)));
        yield return score.Build();

        var decision = new Rete.RuleBuilder("decision");
        var s = decision.Match<Score>();
        decision.Then(ctx => ctx.InsertLogical(new Decision(ctx.Get(s).Dossier, ctx.Get(s).Value >= 20m)));
        yield return decision.Build();
    }

    private sealed class Run : IWorkloadRun
    {
        private readonly Input[][] dossiers;
        private readonly Rete.SessionFactory factory = Rete.RuleCompiler.Compile(Rules());

        public Run(int size)
        {
            var random = new Random(7);
            dossiers = [.. Enumerable.Range(0, size).Select(d => Enumerable.Range(0, Criteria)
                .Where(k => k == 0 || random.Next(10) > 0)
                .Select(k => new Input(d, Code(k), random.Next(50)))
                .ToArray())];
        }

        public string SizeLabel => dossiers.Length.ToString(CultureInfo.InvariantCulture);

        public int FactCount => dossiers.Sum(d => d.Length);

        public long RunEngine()
        {
            long eligible = 0;
            foreach (var inputs in dossiers)
            {
                var session = factory.CreateSession();
                session.InsertAll(inputs);
                session.Fire();
                eligible += session.Query<Decision>().Count(d => d.Eligible);
            }

            return eligible;
        }

        public long RunBaseline()
        {
            long eligible = 0;
            foreach (var inputs in dossiers)
            {
                var byCode = inputs.ToDictionary(i => i.Code, StringComparer.Ordinal);
                var score = 0m;
                for (var k = 0; k < Criteria; k++)
                {
                    if (byCode.TryGetValue(Code(k), out var input) && input.Value > 10m * (k % 5))
                    {
                        score += 1m + (k % 3);
                    }
                }

                eligible += score >= 20m ? 1 : 0;
            }

            return eligible;
        }
    }
}
