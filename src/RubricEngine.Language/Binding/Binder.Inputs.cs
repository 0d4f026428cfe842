using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Binding;

/// <summary>Inputs: types and units, the conflict policy and a list's minimum count.</summary>
internal sealed partial class Binder
{
    private ValueArray<InputDeclaration> BindInputs()
    {
        var inputs = new List<InputDeclaration>();
        foreach (var input in Declarations<InputSyntax>())
        {
            var bound = TypeBinder.Bind(input.Type, _context);
            if (Own(input.Name, input) is { } symbol && bound is { } b)
            {
                symbol.Type = b.Type;
                symbol.Unit = b.Unit;
            }

            var minimum = MinimumCount(input, bound?.Type);
            if (bound is { } ok)
            {
                var conflict = input.Conflict?.Value ?? ConflictPolicy.Unknown;
                inputs.Add(WithEvidence(new InputDeclaration(input.Name.Text, ok.Type, !input.Optional, ok.Unit, Texts(input.Title), conflict, minimum, input.Span)
                {
                    Range = RangeBinder.Bind(input.Type, _context),
                }, input));
            }
        }

        return inputs.ToValueArray();
    }

    private int? MinimumCount(InputSyntax input, DataType? type)
    {
        if (input.MinimumCount is not { } minimum)
        {
            return null;
        }

        if (input.Type is not ListTypeSyntax)
        {
            _context.Report(DiagnosticCatalog.ClauseNotApplicable, minimum.Span, DiagnosticPhrases.MinimumRecordsOnlyForLists);
            return null;
        }

        if (minimum.Value < 1)
        {
            _context.Report(DiagnosticCatalog.InvalidCount, minimum.Span, DiagnosticPhrases.MinimumRecords, DiagnosticPhrases.WholeNumberAtLeastOne, minimum.Value);
            return null;
        }

        return type is null ? null : minimum.Value;
    }
}
