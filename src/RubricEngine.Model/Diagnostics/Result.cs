using System.Collections.Immutable;

namespace RubricEngine.Model.Diagnostics;

/// <summary>
/// The outcome of a parse, load or bind: a value when it succeeded, and every diagnostic found.
/// A result with errors may still carry a partial value, for tools that want it.
/// </summary>
/// <typeparam name="T">The kind of value produced.</typeparam>
/// <param name="Value">The value, or null when nothing usable was produced.</param>
/// <param name="Diagnostics">Every diagnostic, sorted by position.</param>
public sealed record Result<T>(T? Value, ImmutableArray<Diagnostic> Diagnostics)
    where T : class
{
    /// <summary>True when no diagnostic is an error and a value is present.</summary>
    public bool Succeeded => Value is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>The errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
}
