using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Binding;

/// <summary>Warnings about the finished rubric: inputs that no expression or explanation uses.</summary>
internal sealed partial class Binder
{
    private void WarnUnusedInputs(Rubric rubric)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var exclusion = rubric.CohortExclusion is { } e ? [e.Condition] : Array.Empty<Expr>();
        foreach (var node in rubric.AllExpressions().Concat(exclusion).SelectMany(ExprWalker.Descendants))
        {
            switch (node)
            {
                case ReferenceExpr { Kind: SymbolKind.Input } reference:
                    used.Add(reference.Name);
                    break;
                case ListAggregateExpr aggregate:
                    used.Add(aggregate.List);
                    break;
            }
        }

        // An input shown in an explanation is used, even if no condition tests it.
        used.UnionWith(rubric.Criteria.SelectMany(c => c.Explanation.Entries).SelectMany(e => PlaceholderChecker.Names(e.Value)));
        foreach (var input in rubric.Inputs.Where(i => !used.Contains(i.Name)))
        {
            var symbol = _context.Symbols.Find(input.Name);
            _context.Report(DiagnosticCatalog.UnusedInput, symbol?.Span ?? input.Span, input.Name);
        }
    }
}
