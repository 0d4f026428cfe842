using RubricEngine.Model.Expressions;
using RubricEngine.Rete;

namespace RubricEngine.Screening.Engine;

/// <summary>Turning rule specifications into engine rules, with salience from dependency depth.</summary>
internal sealed partial class RubricRuleSet
{
    /// <summary>A rule before salience is known: its name, the key of what it produces, what it reads, and its action.</summary>
    private sealed record RuleSpec(string Name, string Produces, List<Dependency> Dependencies, Action<RuleContext>? Action);

    private void AddRule(string name, string produces, List<Dependency> dependencies, Action<RuleContext> action) =>
        _specs.Add(new RuleSpec(name, produces, dependencies, action));

    private static string KeyOf(Dependency dependency) => dependency switch
    {
        { CohortNode: -2 } => dependency.Name, // the aggregate over a subject rule's facts
        { IsCohort: true } => $"cohort:{dependency.CohortNode}",
        _ => Key(dependency.Kind, dependency.Name),
    };

    private static List<RuleDefinition> Build(List<RuleSpec> specs)
    {
        var byKey = specs.ToDictionary(s => s.Produces, StringComparer.Ordinal);
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        int Level(string key, int depth)
        {
            if (levels.TryGetValue(key, out var known))
            {
                return known;
            }

            if (!byKey.TryGetValue(key, out var spec) || depth > 256)
            {
                return 0; // inputs, and cycles the binder should have rejected
            }

            var level = 1 + spec.Dependencies.Select(d => Level(KeyOf(d), depth + 1)).DefaultIfEmpty(0).Max();
            levels[key] = level;
            return level;
        }

        return [.. specs.Select(spec => spec.Action is null
            ? AggregateRule(int.Parse(spec.Name["cohort:".Length..], System.Globalization.CultureInfo.InvariantCulture), TopSalience - Level(spec.Produces, 0))
            : Rule(spec, TopSalience - Level(spec.Produces, 0)))];
    }

    private static RuleDefinition Rule(RuleSpec spec, int salience)
    {
        var rule = new RuleBuilder(spec.Name).Salience(salience);
        var dossier = rule.Match<DossierFact>();
        foreach (var dependency in spec.Dependencies)
        {
            var name = dependency.Name;
            switch (dependency)
            {
                case { IsCohort: true }:
                    var node = dependency.CohortNode;
                    var subject = node.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    rule.Match<CohortStatsFact>(s => s.Node == node);
                    rule.Match<SubjectFact>(f => f.Name == subject).Join(dossier, (f, d) => f.Dossier == d.Key);
                    break;
                case { Kind: SymbolKind.Input }: Scoped<InputFact>(rule, dossier, name); break;
                case { Kind: SymbolKind.Derived }: Scoped<DerivedFact>(rule, dossier, name); break;
                case { Kind: SymbolKind.Criterion }: Scoped<VerdictFact>(rule, dossier, name); break;
                case { Kind: SymbolKind.Indicator }: Scoped<IndicatorFact>(rule, dossier, name); break;
                case { Kind: SymbolKind.Group }: Scoped<GroupFact>(rule, dossier, name); break;
                case { Kind: SymbolKind.Score }: Scoped<ScoreFact>(rule, dossier, name); break;
                case { Kind: SymbolKind.Field }: Scoped<TierFact>(rule, dossier, name); break;
            }
        }

        return rule.Then(spec.Action!).Build();
    }

    private static void Scoped<T>(RuleBuilder rule, Pattern<DossierFact> dossier, string name)
        where T : ScopedFact =>
        rule.Match<T>(f => f.Name == name).Join(dossier, (f, d) => f.Dossier == d.Key);

    private static RuleDefinition AggregateRule(int node, int salience)
    {
        var key = node.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rule = new RuleBuilder($"cohort:{node}").Salience(salience);
        var stats = rule.Aggregate<SubjectFact, Evaluation.CohortStats>(
            new AggregateFunction<SubjectFact, Evaluation.CohortStats>("cohort", () => new CohortAggregator()),
            source => source.Where(f => f.Name == key));
        return rule.Then(context =>
        {
            var value = context.Get(stats);
            context.InsertLogical(new CohortStatsFact(node, value));
            SessionState.Of(context.Session).Pending =
                ("aggregated", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value.Count} known of the cohort"), []);
        }).Build();
    }
}
