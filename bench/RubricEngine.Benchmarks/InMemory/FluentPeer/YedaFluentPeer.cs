using NRules;
using NRules.Fluent;
using RubricEngine.Model.Dossiers;

namespace RubricEngine.Benchmarks.InMemory.FluentPeer;

/// <summary>
/// Runs the hand-written Fluent rules as their user would: one session factory, and for each dossier a fresh
/// session with the project inserted, fired, and its outcome queried. Dossiers are split into one contiguous
/// slice per thread.
/// </summary>
public sealed class YedaFluentPeer
{
    private readonly ISessionFactory _factory;

    public YedaFluentPeer()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(YedaFluentPeer).Assembly).Where(r => r.Name.StartsWith("yeda.", StringComparison.Ordinal)));
        _factory = repository.Compile();
    }

    /// <summary>One dossier's outcome and total.</summary>
    public YedaOutcome Decide(Dossier dossier)
    {
        var session = _factory.CreateSession();
        session.Insert(YedaProject.From(dossier));
        session.Fire();
        // AsEnumerable: Single() on NRules' IQueryable would compile a LINQ expression on every call.
        return session.Query<YedaOutcome>().AsEnumerable().Single();
    }

    /// <summary>Every dossier's outcome, on <paramref name="threads"/> threads.</summary>
    public YedaOutcome[] DecideAll(Dossier[] dossiers, int threads)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var outcomes = new YedaOutcome[dossiers.Length];
        var per = (dossiers.Length + threads - 1) / threads;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            for (var i = t * per; i < Math.Min((t + 1) * per, dossiers.Length); i++)
            {
                outcomes[i] = Decide(dossiers[i]);
            }
        });
        return outcomes;
    }
}
