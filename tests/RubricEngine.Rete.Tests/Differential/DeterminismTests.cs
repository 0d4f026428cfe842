using CsCheck;

namespace RubricEngine.Rete.Tests.Differential;

/// <summary>The documented tie-break: the firing order depends only on related facts, not on unrelated ones.</summary>
public class DeterminismTests
{
    public sealed record Noise(int Id);

    [Fact]
    public void Fire_UnrelatedFactsInterleavedAnywhere_SameFiringOrder()
        => Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var specs = SpecGenerator.Rules(random);
            var facts = SpecGenerator.Operations(random, random.Next(3, 9)).Where(o => o.Kind == OpKind.Insert).Select(o => (object)o.Fact).ToList();
            var factory = RuleCompiler.Compile(EngineRules.Build(specs));
            var plain = FiringOrder(factory, facts);
            var noisy = new List<object>(facts);
            for (var i = 0; i < 4; i++)
            {
                noisy.Insert(random.Next(noisy.Count + 1), new Noise(i));
            }

            var withNoise = FiringOrder(factory, noisy);
            if (!plain.SequenceEqual(withNoise))
            {
                throw new InvalidOperationException($"seed {seed}:\n{string.Join("\n", plain)}\nvs\n{string.Join("\n", withNoise)}");
            }
        }, iter: 500, threads: 2);

    private static List<string> FiringOrder(SessionFactory factory, List<object> facts)
    {
        var session = factory.CreateSession();
        var order = new List<string>();
        session.Events.RuleFiring += (_, e) => order.Add(Semantics.Signature(e.Rule.Name, e.Match.Entries));
        foreach (var fact in facts)
        {
            session.Insert(fact);
        }

        session.Fire(10_000);
        return order;
    }
}
