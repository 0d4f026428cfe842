using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;

namespace RubricEngine.Cli.Reports;

/// <summary>What <c>rubric test</c> found in one rubric file: its examples' results, or why it did not load.</summary>
/// <param name="File">The rubric file as named on the command line.</param>
/// <param name="RubricId">The rubric's id, when it loaded.</param>
/// <param name="Examples">One entry per embedded example.</param>
/// <param name="LoadErrors">The rubric's errors when it did not load; empty otherwise.</param>
internal sealed record ExampleRun(string File, string? RubricId, IReadOnlyList<ExampleOutcome> Examples, IReadOnlyList<Diagnostic> LoadErrors)
{
    public bool Loaded => LoadErrors.Count == 0;

    public int Passed => Examples.Count(e => e.Passed);

    public int Failed => Examples.Count(e => !e.Passed) + (Loaded ? 0 : 1);
}

/// <summary>One embedded example's result.</summary>
/// <param name="Name">The example's name.</param>
/// <param name="Span">Where the example is written.</param>
/// <param name="Mismatches">Expected against actual, one line each; empty when it passed.</param>
internal sealed record ExampleOutcome(string Name, SourceSpan Span, IReadOnlyList<string> Mismatches)
{
    public bool Passed => Mismatches.Count == 0;
}
