namespace RubricEngine.Benchmarks.Workloads;

public enum OneFactMode
{
    InsertFire,
    InsertUpdate,
    InsertRetract,
}

/// <summary>NRules' one-fact rule: one pattern with one condition, n facts through a fresh session.</summary>
public sealed class OneFactWorkload(OneFactMode mode) : IWorkload
{
    public string Name => mode switch
    {
        OneFactMode.InsertFire => "one_fact_insert_fire",
        OneFactMode.InsertUpdate => "one_fact_insert_update",
        _ => "one_fact_insert_retract",
    };

    public IReadOnlyList<int> QuickSizes => [1_000, 10_000, 100_000];

    public IWorkloadRun Prepare(int size) => new Run(mode, size);

    private sealed class Run : IWorkloadRun
    {
        private readonly OneFactMode mode;
        private readonly Reading[] facts;
        private readonly Rete.SessionFactory factory;
        private long fired;

        public Run(OneFactMode mode, int size)
        {
            this.mode = mode;
            facts = [.. Enumerable.Range(0, size).Select(i => new Reading(i, i % 2 == 0 ? "valid" : "other", i))];
            var rule = new Rete.RuleBuilder("valid reading");
            rule.Match<Reading>(r => r.Code == "valid");
            rule.Then(_ => fired++);
            factory = Rete.RuleCompiler.Compile(rule);
        }

        public string SizeLabel => facts.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public int FactCount => facts.Length;

        public long RunEngine()
        {
            fired = 0;
            var session = factory.CreateSession();
            foreach (var fact in facts)
            {
                session.Insert(fact);
            }

            if (mode == OneFactMode.InsertUpdate)
            {
                foreach (var fact in facts)
                {
                    session.Update(fact);
                }
            }
            else if (mode == OneFactMode.InsertRetract)
            {
                foreach (var fact in facts)
                {
                    session.Retract(fact);
                }
            }

            session.Fire();
            return fired;
        }

        public long RunBaseline()
        {
            // The same semantics by hand: a set of held facts and a list of pending matches.
            var held = new HashSet<Reading>();
            var pending = new HashSet<Reading>();
            foreach (var fact in facts)
            {
                held.Add(fact);
                if (fact.Code == "valid")
                {
                    pending.Add(fact);
                }
            }

            if (mode == OneFactMode.InsertUpdate)
            {
                foreach (var fact in facts)
                {
                    pending.Remove(fact);
                    if (fact.Code == "valid")
                    {
                        pending.Add(fact);
                    }
                }
            }
            else if (mode == OneFactMode.InsertRetract)
            {
                foreach (var fact in facts)
                {
                    held.Remove(fact);
                    pending.Remove(fact);
                }
            }

            long count = 0;
            foreach (var _ in pending)
            {
                count++;
            }

            return count;
        }
    }
}
