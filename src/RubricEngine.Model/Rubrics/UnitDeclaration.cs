using RubricEngine.Model.Text;
using RubricEngine.Model.Units;

namespace RubricEngine.Model.Rubrics;

/// <summary>
/// A unit the rubric declares: either the unit of a new dimension (<c>unit kgH2 dimension hydrogen</c>) or a
/// positive multiple of a known unit (<c>unit tH2 = 1000 kgH2</c>). Inputs, thresholds and dossiers may then use it
/// like a catalogue unit, in compounds too (<c>kgCO2e/tH2</c>).
/// </summary>
/// <param name="Unit">The unit, its symbol, dimension and exact factor.</param>
/// <param name="NewDimension">The dimension's name for the first form, or null.</param>
/// <param name="Multiple">For the second form, how many of <paramref name="Of"/> make one unit.</param>
/// <param name="Of">For the second form, the unit as written (a catalogue, declared or compound unit).</param>
/// <param name="Title">Its label in several languages.</param>
/// <param name="Span">Where it was declared.</param>
public sealed record UnitDeclaration(Unit Unit, string? NewDimension, decimal? Multiple, string? Of, LocalizedText Title, SourceSpan Span)
    : ModelNode(Span)
{
    /// <summary>The symbol declared.</summary>
    public string Symbol => Unit.Symbol;
}
