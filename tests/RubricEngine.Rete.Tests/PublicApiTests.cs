namespace RubricEngine.Rete.Tests;

/// <summary>The engine's public surface is deliberately thin; a change here is a decision, not an accident.</summary>
public class PublicApiTests
{
    [Fact]
    public void PublicTypes_AreExactlyTheApprovedSurface()
    {
        string[] approved =
        [
            "ActivationEventArgs", "ActivationEventKind", "AggregateElement", "AggregateFunction", "AggregateFunction`2", "Aggregates",
            "ConditionEventArgs", "ExistsElement", "FactEventArgs", "FactEventKind", "FiringLimitExceededException", "ForAllElement",
            "Group`2", "IAggregator`2", "IMatch", "JoinCondition", "NodeStatistics", "NotElement", "Pattern`1", "PatternElement",
            "ReplayResult", "RuleActionException", "RuleBuilder", "RuleCompiler", "RuleContext", "RuleDefinition", "RuleElement",
            "RuleElementVisitor`1", "Session", "SessionEvents", "SessionFactory", "SessionOptions", "SessionRecorder", "SessionTrace",
            "TraceEvent", "TraceOperation", "TraceOperationKind",
        ];

        var actual = typeof(RuleCompiler).Assembly.GetExportedTypes().Select(t => t.Name).Order(StringComparer.Ordinal);

        Assert.Equal(approved.Order(StringComparer.Ordinal), actual);
    }
}
