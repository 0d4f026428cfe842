using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RubricEngine.NRules.Facts;
using RubricEngine.Screening.Graph;

namespace RubricEngine.NRules.Rules;

/// <summary>
/// Translates one declaration node into NRules rule definitions with the RuleModel builders. The left-hand
/// side matches the dossier, exactly the results of the nodes the node reads (and, for a cohort statement,
/// the cohort figures), and binds the node's evaluation over them. A criterion, gate or tier gets two rules:
/// one that fires only when its condition held (met and applicable) and its complement; every other node
/// gets one rule, inputs none (they are stated facts). Each rule yields the result as a linked fact.
/// </summary>
internal sealed class NodeRuleBuilder(RubricRules rules)
{
    /// <summary>The name suffix of the complementary rule of a criterion, gate or tier (not met, unknown or not applicable).</summary>
    public const string OtherwiseSuffix = "~otherwise";

    public IEnumerable<IRuleDefinition> Build(DeclarationNode node)
    {
        if (node.Kind == NodeKind.Input)
        {
            yield break;
        }

        if (IsCondition(node.Kind))
        {
            yield return Build(node, node.RuleName, holds: true);
            yield return Build(node, node.RuleName + OtherwiseSuffix, holds: false);
        }
        else
        {
            yield return Build(node, node.RuleName, holds: null);
        }
    }

    /// <summary>Whether a node kind is a condition whose rule fires only when it holds.</summary>
    public static bool IsCondition(NodeKind kind) => kind is NodeKind.Criterion or NodeKind.Gate or NodeKind.Tier;

    private IRuleDefinition Build(DeclarationNode node, string name, bool? holds)
    {
        var rule = new RuleBuilder();
        rule.Name(name);
        rule.Description($"{node.Kind} {node.Name}");
        rule.Property("node", node.Id);
        rule.Priority(-node.Depth); // NRules fires higher priorities first: shallow nodes before the nodes reading them
        var lhs = rule.LeftHandSide();

        var dossier = Expression.Parameter(typeof(DossierFact), "dossier");
        lhs.Pattern(typeof(DossierFact), dossier.Name)
            .Condition(Expression.Lambda(Expression.ReferenceEqual(Member(dossier, nameof(DossierFact.Rules)), Expression.Constant(rules)), dossier));

        var parameters = new List<ParameterExpression> { dossier };
        if (node.Kind == NodeKind.CohortStatement)
        {
            var cohort = Expression.Parameter(typeof(CohortFact), "cohort");
            lhs.Pattern(typeof(CohortFact), cohort.Name)
                .Condition(Expression.Lambda(Expression.ReferenceEqual(cohort, Member(dossier, nameof(DossierFact.Cohort))), cohort, dossier));
        }

        Expression scope = Call(nameof(RuleCalls.Scope), dossier);
        if (node.Reads.Count >= CollectFrom)
        {
            var reads = Collect(lhs, node, dossier);
            parameters.Add(reads);
            scope = Call(nameof(RuleCalls.ReadAll), scope, reads);
        }
        else
        {
            foreach (var read in node.Reads)
            {
                var fact = Match(lhs, Identifier(read), read, dossier);
                parameters.Add(fact);
                scope = Call(nameof(RuleCalls.Read), scope, fact);
            }
        }

        var result = Expression.Parameter(typeof(DeclarationFact), "result");
        var binding = lhs.Pattern(typeof(DeclarationFact), result.Name);
        binding.Binding().BindingExpression(Expression.Lambda(
            Call(nameof(RuleCalls.Evaluate), Expression.Constant(node, typeof(DeclarationNode)), scope, dossier), parameters));
        if (holds is { } wanted)
        {
            Expression held = Member(result, nameof(DeclarationFact.Holds));
            binding.Condition(Expression.Lambda(wanted ? held : Expression.Not(held), result));
        }

        var context = Expression.Parameter(typeof(IContext), "context");
        rule.RightHandSide().Action(Expression.Lambda(Call(nameof(RuleCalls.Yield), context, result), context, result));
        return rule.Build();
    }

    // The result of one node read: alpha conditions selecting the node, a join condition on the dossier.
    // NRules tests a fact against every alpha condition of a level in turn (no hashing), so the node is
    // selected in two levels, its block of node ids first: a result meets about n/8 + 8 alpha tests, not n.
    private static ParameterExpression Match(GroupBuilder lhs, string name, DeclarationNode node, ParameterExpression dossier)
    {
        var fact = Expression.Parameter(typeof(DeclarationFact), name);
        var pattern = lhs.Pattern(typeof(DeclarationFact), name);
        pattern.Condition(Expression.Lambda(Expression.Equal(Member(fact, nameof(DeclarationFact.Block)), Expression.Constant(DeclarationFact.BlockOf(node))), fact));
        pattern.Condition(Expression.Lambda(Expression.ReferenceEqual(Member(fact, nameof(DeclarationFact.Node)), Expression.Constant(node, typeof(DeclarationNode))), fact));
        pattern.Condition(Expression.Lambda(Expression.ReferenceEqual(Member(fact, nameof(DeclarationFact.Dossier)), dossier), fact, dossier));
        return fact;
    }

    /// <summary>From this many reads on, a node's results are collected by one pattern rather than matched one pattern each.</summary>
    public const int CollectFrom = 4;

    // The results of many node reads (a group's indicators): one collection of the dossier's results of those
    // nodes, which holds once it has all of them. One aggregate instead of a chain of one join per read.
    private static ParameterExpression Collect(GroupBuilder lhs, DeclarationNode node, ParameterExpression dossier)
    {
        var reads = Expression.Parameter(typeof(IEnumerable<DeclarationFact>), $"reads_of_{Identifier(node)}");
        var collected = lhs.Pattern(typeof(IEnumerable<DeclarationFact>), reads.Name);
        collected.Condition(Expression.Lambda(Call(nameof(RuleCalls.HasAll), Expression.Constant(node, typeof(DeclarationNode)), reads), reads));
        var aggregate = collected.Aggregate();
        aggregate.Collect();
        var fact = Expression.Parameter(typeof(DeclarationFact), $"read_by_{Identifier(node)}");
        var source = aggregate.Pattern(typeof(DeclarationFact), fact.Name);
        var set = new HashSet<DeclarationNode>(node.Reads);
        source.Condition(Expression.Lambda(Call(nameof(RuleCalls.IsRead), Expression.Constant(set), fact), fact));
        source.Condition(Expression.Lambda(Expression.ReferenceEqual(Member(fact, nameof(DeclarationFact.Dossier)), dossier), fact, dossier));
        return reads;
    }

    // Declaration names become readable, unique pattern names ("criterion_low_emissions_7") for events and errors.
    private static string Identifier(DeclarationNode node)
    {
        var text = new string([.. node.RuleName.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);
        return $"{text}_{node.Id}";
    }

    private static MemberExpression Member(Expression target, string name) =>
        Expression.Property(target, target.Type.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!);

    private static MethodCallExpression Call(string method, params Expression[] arguments) =>
        Expression.Call(typeof(RuleCalls), method, null, arguments);
}
