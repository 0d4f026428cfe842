using System.Collections.Immutable;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Records.Replay;

/// <summary>What a replay found.</summary>
/// <param name="Replayed">Stored decisions re-screened.</param>
/// <param name="Identical">Of those, decisions byte-identical to the stored ones.</param>
/// <param name="Findings">Every difference, and every decision that could not be replayed, naming its record.</param>
public sealed record ReplayReport(int Replayed, int Identical, ImmutableArray<Diagnostic> Findings)
{
    /// <summary>True when every replayed decision was identical.</summary>
    public bool AllIdentical => Findings.IsEmpty;
}
