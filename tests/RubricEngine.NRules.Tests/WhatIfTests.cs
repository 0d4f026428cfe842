using RubricEngine.Model.Values;
using RubricEngine.NRules.Facts;
using RubricEngine.NRules.Tests.Support;
using RubricEngine.NRules.WhatIf;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.NRules.Tests;

/// <summary>What-if on NRules: an input change is an NRules update; truth maintenance does the rest.</summary>
public class WhatIfTests
{
    [Fact]
    public void Update_OneInput_DecisionEqualsFreshScreeningOfTheChangedDossier()
    {
        var screener = Shipped.Screener(Demo.Rubric, "nrules");
        var session = screener.OpenSession(Demo.Dossier(("lifecycle_emissions", 150m, "gCO2e/kWh"), ("capacity", 20m, "MW")));
        Assert.Equal("decline", session.Decision.Outcome);

        var changed = session.Update("lifecycle_emissions", Demo.Quantity(90m, "gCO2e/kWh"));

        Assert.Equal("fundable", changed.Outcome);
        Assert.Equal(DecisionJson.Serialize(screener.Screen(session.Dossier)), DecisionJson.Serialize(changed));
        Assert.Equal(DecisionJson.Serialize(Shipped.Screener(Demo.Rubric, "compiled").Screen(session.Dossier)), DecisionJson.Serialize(changed));
    }

    [Fact]
    public void Update_OneInput_OldDerivedFactsAreGoneAndUnrelatedOnesKept()
    {
        var rules = RubricRules.Compile(Demo.Rubric);
        var before = Demo.Dossier(("lifecycle_emissions", 150m, "gCO2e/kWh"), ("capacity", 20m, "MW"));
        var live = new NRulesWhatIf(rules, rules.CompileSessionFactory(), before, recordTrace: true);
        var old = live.Facts.ToDictionary(f => f.Rule);

        var after = before with { Entries = [before.Entries[0], new("lifecycle_emissions", [Demo.Stated(90m, "gCO2e/kWh")])] };
        live.Update(rules.Graph.Inputs.Single(i => i.Name == "lifecycle_emissions"), after);
        var now = live.Session.Query<DeclarationFact>().ToList();

        // Everything downstream of the changed input was retracted by NRules and derived again ...
        foreach (var rule in new[] { "input:lifecycle_emissions", "criterion:low_emissions", "tier:fundable", "classification" })
        {
            Assert.DoesNotContain(old[rule], now);
            Assert.Single(now, f => f.Rule == rule);
        }

        // ... while what did not depend on it is the very same fact, and exactly one fact per declaration remains.
        Assert.Contains(old["criterion:large"], now);
        Assert.Contains(old["input:capacity"], now);
        Assert.Equal(rules.Graph.Nodes.Count, now.Count);
        Assert.True(now.Single(f => f.Rule == "criterion:low_emissions").Holds);
        Assert.Equal(3, live.LastFirings); // low_emissions, tier:fundable, classification
    }

    [Fact]
    public void Update_RemoveInput_CriterionBecomesUnknownLikeAFreshScreening()
    {
        var screener = Shipped.Screener(Demo.Rubric, "nrules");
        var session = screener.OpenSession(Demo.Dossier(("lifecycle_emissions", 90m, "gCO2e/kWh"), ("capacity", 20m, "MW")));

        var changed = session.Update("capacity");

        Assert.Equal(DecisionJson.Serialize(Shipped.Screener(Demo.Rubric, "compiled").Screen(session.Dossier)), DecisionJson.Serialize(changed));
        Assert.Contains("criterion:large = unknown", string.Join("\n", session.DerivedFacts), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shipped.RubricFiles), MemberType = typeof(Shipped))]
    public void Update_EachInputOfEachShippedSample_EqualsFreshCompiledScreening(string file)
    {
        var rubric = Shipped.Rubric(file);
        var nrules = Shipped.Screener(rubric, "nrules");
        var compiled = Shipped.Screener(rubric, "compiled");
        var samples = Shipped.Samples(file, rubric);
        foreach (var (dossier, donor) in samples.Zip(samples.Skip(1).Append(samples[0])))
        {
            var session = nrules.OpenSession(dossier);
            foreach (var input in rubric.Inputs)
            {
                // Take the input's values from another sample (or remove it), one change after another.
                var values = donor.ValuesOf(input.Name).Select(v => v.Value).ToArray<Value>();
                var changed = session.Update(input.Name, values);
                Assert.Equal(DecisionJson.Serialize(compiled.Screen(session.Dossier)), DecisionJson.Serialize(changed));
            }
        }
    }
}
