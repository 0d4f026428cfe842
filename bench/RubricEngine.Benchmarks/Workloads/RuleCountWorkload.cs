using System.Globalization;

namespace RubricEngine.Benchmarks.Workloads;

/// <summary>Many rules over 100 facts: rule i matches readings with code Ci above a threshold (hash dispatch on Code).</summary>
public sealed class RuleCountWorkload : IWorkload
{
    private const int Facts = 100;

    public string Name => "rules_x100_facts";

    public IReadOnlyList<int> QuickSizes => [10, 100, 1_000];

    public IWorkloadRun Prepare(int size) => new Run(size);

    internal static List<Rete.RuleDefinition> Rules(int count, Action<Rete.RuleContext> action)
    {
        var rules = new List<Rete.RuleDefinition>(count);
        for (var i = 0; i < count; i++)
        {
            var code = "C" + i.ToString(CultureInfo.InvariantCulture);
            var threshold = i % 10;
            var rule = new Rete.RuleBuilder("rule " + code);
            rule.Match<Reading>(r => r.Code == code && r.Value > threshold);
            rule.Then(action);
            rules.Add(rule.Build());
        }

        return rules;
    }

    private sealed class Run : IWorkloadRun
    {
        private readonly Reading[] facts;
        private readonly string[] codes;
        private readonly int[] thresholds;
        private readonly Rete.SessionFactory factory;
        private long fired;

        public Run(int size)
        {
            facts = [.. Enumerable.Range(0, Facts).Select(i => new Reading(i, "C" + (i % size).ToString(CultureInfo.InvariantCulture), i % 20))];
            codes = [.. Enumerable.Range(0, size).Select(i => "C" + i.ToString(CultureInfo.InvariantCulture))];
            thresholds = [.. Enumerable.Range(0, size).Select(i => i % 10)];
            factory = Rete.RuleCompiler.Compile(Rules(size, _ => fired++));
        }

        public string SizeLabel => codes.Length.ToString(CultureInfo.InvariantCulture);

        public int FactCount => facts.Length;

        public long RunEngine()
        {
            fired = 0;
            var session = factory.CreateSession();
            foreach (var fact in facts)
            {
                session.Insert(fact);
            }

            session.Fire();
            return fired;
        }

        public long RunBaseline()
        {
            // What the rules look like written by hand: every rule tested against every fact.
            long matches = 0;
            foreach (var fact in facts)
            {
                for (var i = 0; i < codes.Length; i++)
                {
                    if (fact.Code == codes[i] && fact.Value > thresholds[i])
                    {
                        matches++;
                    }
                }
            }

            return matches;
        }
    }
}
