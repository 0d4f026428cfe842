using System.Diagnostics;
using System.Globalization;
using NRules;
using RubricEngine.Benchmarks.Workloads.Screening;
using RubricEngine.Model.Dossiers;
using RubricEngine.NRules;
using RubricEngine.NRules.Facts;
using RubricEngine.Screening;

namespace RubricEngine.Benchmarks.InMemory;

/// <summary>
/// How the NRules engine's cost per Yeda dossier depends on the way sessions are used, on one thread, in one run:
/// the engine through <see cref="Screener.ScreenBatch"/> (full decisions with traces), the rules alone in a fresh
/// session per dossier, K dossiers per session, one long-lived session that retracts each dossier after it fired,
/// and the hand-written Fluent rules. CPU time per dossier (the process's, so the runtime's own threads are in it)
/// and bytes allocated per dossier are steadier under load than wall time; gen0 collections show the GC's share.
/// <c>--report nrules-sessions [N] [K...]</c>; prints <c>workload=nrules_sessions</c> lines.
/// </summary>
public static class NRulesSessionReport
{
    public static void Run(TextWriter output, int size, IReadOnlyList<int> perSession)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(perSession);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# NRules sessions, {size} Yeda dossiers, 1 thread, {DateTime.UtcNow:yyyy-MM-ddTHH:mmZ}, load {load}"));
        var dossiers = InMemoryReport.Cases(size).First().Dossiers;
        var rubric = ShippedRubrics.Load("yeda.rubric");
        var rules = RubricRules.Compile(rubric);
        var factory = rules.CompileSessionFactory();
        var screener = Screener.Create(rubric, new Screening.Batch.ScreenerOptions { Threads = 1 }.WithNRules());
        var peer = new FluentPeer.YedaFluentPeer();

        var modes = new List<(string Name, Action Run)>
        {
            ("engine_decisions", () => InMemoryReport.Decide(screener, dossiers)),
            ("rules_fresh_session", () => PerSession(rules, factory, dossiers, 1)),
        };
        modes.AddRange(perSession.Where(k => k > 1).Select(k => ($"rules_{k}_per_session", (Action)(() => PerSession(rules, factory, dossiers, k)))));
        modes.Add(("rules_reused_session_retracted", () => Reused(rules, factory, dossiers)));
        modes.Add(("fluent_peer", () => peer.DecideAll(dossiers, 1)));

        foreach (var (name, run) in modes)
        {
            var (cpu, allocated, gen0) = Measure(run, dossiers.Length);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"workload=nrules_sessions mode={name} n={dossiers.Length} threads=1 cpu_us_per_dossier={cpu:F1} alloc_bytes_per_dossier={allocated:F0} gen0_per_1000={gen0:F1}"));
            output.Flush();
        }
    }

    // K dossiers inserted into one fresh session, fired together (one level at a time, as the engine fires).
    private static void PerSession(RubricRules rules, ISessionFactory factory, Dossier[] dossiers, int k)
    {
        for (var i = 0; i < dossiers.Length; i += k)
        {
            var session = factory.CreateSession();
            for (var j = i; j < Math.Min(i + k, dossiers.Length); j++)
            {
                rules.Insert(session, dossiers[j]);
            }

            FireByLevel(session);
        }
    }

    // One session for the run: each dossier's stated facts are retracted after it fired, which retracts its linked results.
    private static void Reused(RubricRules rules, ISessionFactory factory, Dossier[] dossiers)
    {
        var session = factory.CreateSession();
        var stated = new List<object>();
        foreach (var dossier in dossiers)
        {
            var fact = rules.Insert(session, dossier);
            FireByLevel(session);
            stated.Clear();
            stated.Add(fact);
            stated.Add(fact.Cohort!);
            stated.AddRange(session.Query<DeclarationFact>().AsEnumerable().Where(f => ReferenceEquals(f.Dossier, fact) && f.Rule.StartsWith("input:", StringComparison.Ordinal)));
            session.RetractAll(stated);
        }

        // The measurement only holds if retraction left nothing behind (linked results go with their activations).
        if (session.Query<object>().AsEnumerable().Any())
        {
            throw new InvalidOperationException("The reused session kept facts after every dossier was retracted.");
        }
    }

    private static void FireByLevel(ISession session)
    {
        session.AutoPropagateLinkedFacts = false;
        var agenda = session.Agenda;
        while (!agenda.IsEmpty)
        {
            var priority = agenda.Peek().Rule.Priority;
            do
            {
                session.Fire(1);
            }
            while (!agenda.IsEmpty && agenda.Peek().Rule.Priority == priority);

            session.PropagateLinked();
        }
    }

    private static (double CpuMicroseconds, double Allocated, double Gen0PerThousand) Measure(Action run, int size)
    {
        run(); // warm-up: tiered JIT reaches optimised code
        var best = (Cpu: double.MaxValue, Allocated: 0d, Gen0: 0d);
        for (var pass = 0; pass < 2; pass++)
        {
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var gen0 = GC.CollectionCount(0);
            run();
            process.Refresh();
            var micros = (process.TotalProcessorTime - cpu).TotalMilliseconds * 1000 / size;
            if (micros < best.Cpu)
            {
                best = (micros, (GC.GetTotalAllocatedBytes(precise: true) - bytes) / (double)size, (GC.CollectionCount(0) - gen0) * 1000d / size);
            }
        }

        return best;
    }
}
