using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using RubricEngine.Language;
using RubricEngine.Language.Dossiers;
using RubricEngine.NRules.Facts;
using RubricEngine.NRules.Tests.Support;
using RubricEngine.Screening;

namespace RubricEngine.NRules.Tests;

/// <summary>The README's "Using a rubric in your own NRules session" example, compiled and run as written there.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_GibRubricBesideAnApplicationRule_DecidesAndTheApplicationRuleSeesTheTier()
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Shipped.Root;
        try
        {
            var (decision, flags) = Example();

            Assert.Equal("fundable", decision.Outcome);
            Assert.Equal(decision.DossierId, Assert.Single(flags).DossierId);
            var screened = Screener.Create(RubricLoader.LoadFile("rubrics/gib.rubric").Value!).Screen(ReadDossier());
            Assert.Equal(Screening.Decisions.DecisionJson.Serialize(screened), Screening.Decisions.DecisionJson.Serialize(decision));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void ReadmeExample_IsTheCodeThisTestRuns()
    {
        var readme = File.ReadAllText(Path.Combine(Shipped.Root, "README.md"));
        var section = readme[readme.IndexOf("## Using a rubric in your own NRules session", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var shown = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var source = File.ReadAllText(Path.Combine(Shipped.Root, "tests", "RubricEngine.NRules.Tests", "ReadmeExampleTests.cs"));
        var begin = source.IndexOf("// README example begin\n", StringComparison.Ordinal) + "// README example begin\n".Length;
        var tested = source[begin..source.IndexOf("        // README example end", begin, StringComparison.Ordinal)];

        Assert.Equal(Dedent(shown), Dedent(tested));
    }

    private static Model.Dossiers.Dossier ReadDossier() =>
        Screener.Create(RubricLoader.LoadFile("rubrics/gib.rubric").Value!).CreateReader(YamlDossierReader.Read)
            .ReadFile("samples/gib/G01-offshore-wind-east-anglia.yaml").Single().Dossier!;

    private static (Screening.Decisions.Decision, List<Flag>) Example()
    {
        // README example begin
        // Compile the rubric into NRules rule definitions ...
        var rubric = RubricLoader.LoadFile("rubrics/gib.rubric").Value!;
        var rubricRules = RubricRules.Compile(rubric);

        // ... and compile them into your own session factory, beside your own rules.
        var yourRules = new RuleRepository();
        yourRules.Load(x => x.From(typeof(FlagFundable)));
        var factory = new RuleCompiler().Compile(yourRules.GetRuleSets().Concat(rubricRules.GetRuleSets()));

        // Insert a dossier (read with the library's reader), fire, and read the decision back.
        var dossier = Screener.Create(rubric).CreateReader(YamlDossierReader.Read)
            .ReadFile("samples/gib/G01-offshore-wind-east-anglia.yaml").Single().Dossier!;
        var session = factory.CreateSession();
        var fact = rubricRules.Insert(session, dossier);
        session.Fire();
        var decision = rubricRules.Decide(session, fact);
        var flags = session.Query<Flag>().ToList();
        // README example end
        return (decision, flags);
    }

    private static string Dedent(string code) =>
        string.Join("\n", code.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}

/// <summary>The README's application rule: flags dossiers whose fundable tier held, reading the rubric's facts.</summary>
public class FlagFundable : Rule
{
    public override void Define()
    {
        DeclarationFact tier = null!;
        When().Match(() => tier, t => t.Rule == "tier:fundable" && t.Holds);
        Then().Do(ctx => ctx.Insert(new Flag(tier.Dossier.Dossier.Id)));
    }
}

/// <summary>The application's own fact.</summary>
public sealed record Flag(string DossierId);
