using System.Linq.Expressions;

namespace RubricEngine.Benchmarks.Workloads;

/// <summary>
/// Compiling n rules. The baseline compiles each rule's condition lambda on its own: the least any
/// delegate-based engine must spend. Bytes per fact are reported per rule.
/// </summary>
public sealed class CompileWorkload : IWorkload
{
    public string Name => "compile_rules";

    public IReadOnlyList<int> QuickSizes => [1_000];

    public IWorkloadRun Prepare(int size) => new Run(size);

    private sealed class Run(int size) : IWorkloadRun
    {
        private readonly List<Rete.RuleDefinition> rules = RuleCountWorkload.Rules(size, _ => { });

        public string SizeLabel => size.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public int FactCount => size;

        public long RunEngine() => Rete.RuleCompiler.Compile(rules).NodeCount;

        public long RunBaseline()
        {
            long compiled = 0;
            foreach (var rule in rules)
            {
                var pattern = (Rete.PatternElement)rule.Elements[0];
                foreach (var condition in pattern.Conditions)
                {
                    var typed = (Expression<Func<Reading, bool>>)condition;
                    compiled += typed.Compile()(new Reading(0, "C0", 0)) ? 1 : 0;
                }
            }

            return compiled;
        }
    }
}
