namespace RubricEngine.Benchmarks.Workloads;

/// <summary>NRules' two-fact join: n left and n right facts joined on equal keys (one partner each).</summary>
public sealed class JoinWorkload : IWorkload
{
    public string Name => "join";

    public IReadOnlyList<int> QuickSizes => [1_000, 4_000];

    public IWorkloadRun Prepare(int size) => new Run(size);

    private sealed class Run : IWorkloadRun
    {
        private readonly Left[] lefts;
        private readonly Right[] rights;
        private readonly Rete.SessionFactory factory;
        private long fired;

        public Run(int size)
        {
            lefts = [.. Enumerable.Range(0, size).Select(i => new Left(i, i))];
            rights = [.. Enumerable.Range(0, size).Select(i => new Right(i, size - 1 - i))];
            var rule = new Rete.RuleBuilder("pair");
            var left = rule.Match<Left>();
            rule.Match<Right>().Join(left, (r, l) => r.Key == l.Key);
            rule.Then(_ => fired++);
            factory = Rete.RuleCompiler.Compile(rule);
        }

        public string SizeLabel => FormattableString.Invariant($"{lefts.Length}x{rights.Length}");

        public int FactCount => lefts.Length + rights.Length;

        public long RunEngine()
        {
            fired = 0;
            var session = factory.CreateSession();
            foreach (var fact in lefts)
            {
                session.Insert(fact);
            }

            foreach (var fact in rights)
            {
                session.Insert(fact);
            }

            session.Fire();
            return fired;
        }

        public long RunBaseline()
        {
            var byKey = new Dictionary<int, List<Left>>();
            foreach (var left in lefts)
            {
                if (!byKey.TryGetValue(left.Key, out var list))
                {
                    byKey[left.Key] = list = [];
                }

                list.Add(left);
            }

            long pairs = 0;
            foreach (var right in rights)
            {
                if (byKey.TryGetValue(right.Key, out var list))
                {
                    pairs += list.Count;
                }
            }

            return pairs;
        }
    }
}
