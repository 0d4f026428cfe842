namespace RubricEngine.Benchmarks.Workloads;

/// <summary>
/// 1,000 owners x 1,000 items: per owner, the sum of its items (an aggregate hash-joined on OwnerId),
/// items spread over the owners round-robin.
/// </summary>
public sealed class AggregateWorkload : IWorkload
{
    public string Name => "aggregate";

    public IReadOnlyList<int> QuickSizes => [1_000];

    public IWorkloadRun Prepare(int size) => new Run(size);

    private sealed class Run : IWorkloadRun
    {
        private readonly Owner[] owners;
        private readonly Item[] items;
        private readonly Rete.SessionFactory factory;
        private long checksum;

        public Run(int size)
        {
            owners = [.. Enumerable.Range(0, size).Select(i => new Owner(i))];
            items = [.. Enumerable.Range(0, size).Select(i => new Item(i, i % size, i % 7))];
            var rule = new Rete.RuleBuilder("owner total");
            var owner = rule.Match<Owner>();
            var total = rule.Aggregate(Rete.Aggregates.Sum<Item, decimal>(i => i.Amount), src => src.Join(owner, (i, o) => i.OwnerId == o.Id));
            rule.Then(ctx => checksum += (long)ctx.Get(total));
            factory = Rete.RuleCompiler.Compile(rule);
        }

        public string SizeLabel => FormattableString.Invariant($"{owners.Length}x{items.Length}");

        public int FactCount => owners.Length + items.Length;

        public long RunEngine()
        {
            checksum = 0;
            var session = factory.CreateSession();
            foreach (var owner in owners)
            {
                session.Insert(owner);
            }

            foreach (var item in items)
            {
                session.Insert(item);
            }

            session.Fire();
            return checksum;
        }

        public long RunBaseline()
        {
            var totals = new Dictionary<int, decimal>();
            foreach (var owner in owners)
            {
                totals[owner.Id] = 0m;
            }

            foreach (var item in items)
            {
                if (totals.TryGetValue(item.OwnerId, out var sum))
                {
                    totals[item.OwnerId] = sum + item.Amount;
                }
            }

            long result = 0;
            foreach (var sum in totals.Values)
            {
                result += (long)sum;
            }

            return result;
        }
    }
}
