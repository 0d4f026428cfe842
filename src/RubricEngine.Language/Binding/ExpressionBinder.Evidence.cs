using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Binding;

/// <summary>Evidence tests: <c>x is verified</c> and the others test an input, lists included.</summary>
internal sealed partial class ExpressionBinder
{
    public override Expr? VisitEvidenceTest(EvidenceTestSyntax node)
    {
        var subject = BindEvidenceSubject(node.Subject);
        var check = BindCheck(node.Test, node.Arguments, context);
        return subject is null || check is null ? null : new EvidenceTestExpr(subject, check, node.Span);
    }

    /// <summary>The input an evidence test names; anything else is RUB0250 (an unknown name RUB0203).</summary>
    private ReferenceExpr? BindEvidenceSubject(ExpressionSyntax subject)
    {
        if (subject is not ReferenceSyntax reference)
        {
            context.Report(DiagnosticCatalog.EvidenceOfNonInput, subject.Span, DiagnosticPhrases.ThisOperand, DiagnosticPhrases.AnExpression);
            return null;
        }

        var name = reference.Name.Text;
        if (Symbols.Find(name) is not { } symbol)
        {
            context.Report(DiagnosticCatalog.UnknownName, reference.Span, name, BindingContext.DidYouMean(name, Symbols.Names));
            return null;
        }

        if (symbol.Kind != SymbolKind.Input)
        {
            context.Report(DiagnosticCatalog.EvidenceOfNonInput, reference.Span, DiagnosticPhrases.Quoted(name), DiagnosticPhrases.Kind(symbol.Kind));
            return null;
        }

        return symbol.Type is { } type ? new ReferenceExpr(name, SymbolKind.Input, type, reference.Span) : null;
    }

    /// <summary>The check of a test or requirement; a <c>verified as</c> word that names no kind is RUB0251.</summary>
    internal static EvidenceCheck? BindCheck(EvidenceTest test, ValueArray<Spanned<string>> arguments, BindingContext context)
    {
        if (test == EvidenceTest.VerifiedAs && VerificationKinds.Parse(arguments[0].Value) is null)
        {
            context.Report(DiagnosticCatalog.UnknownVerificationKind, arguments[0].Span, arguments[0].Value, BindingContext.DidYouMean(arguments[0].Value, VerificationKinds.Words));
            return null;
        }

        return new EvidenceCheck(test, arguments.Select(a => a.Value).ToValueArray());
    }
}
