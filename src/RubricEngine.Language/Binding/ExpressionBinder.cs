using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Language.Binding;

/// <summary>
/// Resolves and types one expression. Returns null when the expression is invalid; the error has been
/// reported at its source, and enclosing expressions stay silent rather than cascade.
/// </summary>
internal sealed partial class ExpressionBinder(BindingContext context) : ExpressionSyntaxVisitor<Expr?>
{
    /// <summary>The list whose fields bare names may refer to, inside a list aggregation.</summary>
    private (string List, ListType Type)? _scope;

    // The dimension the number literal about to be bound should have (the other side of a comparison), for suggestions.
    private Model.Units.Dimension? _expectedDimension;

    private SymbolTable Symbols => context.Symbols;

    /// <summary>Binds an expression that must have a given kind of type, reporting a mismatch at the expression.</summary>
    public Expr? BindExpecting(ExpressionSyntax syntax, Func<DataType, bool> accepts, DiagnosticPhrase expected)
    {
        var bound = Visit(syntax);
        if (bound is not null && !accepts(bound.Type))
        {
            context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, expected, DiagnosticPhrases.TypeName(bound.Type));
            return null;
        }

        return bound;
    }

    public override Expr? VisitNumber(NumberSyntax node)
    {
        if (node.Unit is null)
        {
            var type = node.Value.Scale > 0 ? (DataType)DecimalType.Instance : IntegerType.Instance;
            return new LiteralExpr(new NumberValue(node.Value), type, node.Span);
        }

        var expected = _expectedDimension;
        _expectedDimension = null;
        return UnitResolver.Resolve(node.Unit, context, expected) is { } unit
            ? new LiteralExpr(new QuantityValue(new Quantity(node.Value, unit)), new QuantityType(unit.Dimension), node.Span)
            : null;
    }

    public override Expr? VisitString(StringSyntax node) => new LiteralExpr(new TextValue(node.Value), TextType.Instance, node.Span);

    public override Expr? VisitDate(DateSyntax node) => new LiteralExpr(new DateValue(node.Value), DateType.Instance, node.Span);

    public override Expr? VisitBoolean(BooleanSyntax node) =>
        new LiteralExpr(new TruthValue(Kleene.From(node.Value)), BooleanType.Instance, node.Span);

    public override Expr? VisitAssessmentDate(AssessmentDateSyntax node) =>
        new ReferenceExpr("assessment_date", SymbolKind.AssessmentDate, DateType.Instance, node.Span);

    public override Expr? VisitReference(ReferenceSyntax node)
    {
        var name = node.Name.Text;
        if (_scope is { } scope && scope.Type.Field(name) is { } field)
        {
            return new ReferenceExpr(name, SymbolKind.Field, field.Type, node.Span);
        }

        if (Symbols.Find(name) is not { } symbol)
        {
            var candidates = Symbols.Names.Concat(_scope?.Type.Fields.Select(f => f.Name) ?? []);
            context.Report(DiagnosticCatalog.UnknownName, node.Span, name, BindingContext.DidYouMean(name, candidates));
            return null;
        }

        if (symbol.Type is ListType)
        {
            context.Report(DiagnosticCatalog.ListAsValue, node.Span, name);
            return null;
        }

        // A derived value without a type failed to bind or is in a cycle; that is reported already.
        return symbol.Type is { } type ? new ReferenceExpr(name, symbol.Kind, type, node.Span) : null;
    }

    public override Expr? VisitUnary(UnarySyntax node)
    {
        var operand = Visit(node.Operand);
        if (operand is null)
        {
            return null;
        }

        var ok = node.Operator == UnaryOperator.Not ? operand.Type is BooleanType : operand.Type.IsNumeric;
        if (!ok)
        {
            var expected = node.Operator == UnaryOperator.Not ? DiagnosticPhrases.BooleanAfterNot : DiagnosticPhrases.NumberAfterMinus;
            context.Report(DiagnosticCatalog.TypeMismatch, node.Operand.Span, expected, DiagnosticPhrases.TypeName(operand.Type));
            return null;
        }

        return new UnaryExpr(node.Operator, operand, operand.Type, node.Span);
    }

    public override Expr? VisitAnyOf(AnyOfSyntax node)
    {
        var options = node.Options.Select(o => BindExpecting(o, t => t is BooleanType, DiagnosticPhrases.BooleanCondition)).ToList();
        if (node.Minimum.Value < 1 || node.Minimum.Value > node.Options.Count)
        {
            context.Report(DiagnosticCatalog.InvalidCount, node.Minimum.Span, DiagnosticPhrases.RoutesToMeet, DiagnosticPhrases.OneTo(node.Options.Count), node.Minimum.Value);
            return null;
        }

        return options.Any(o => o is null) ? null : new AnyOfExpr(options.Select(o => o!).ToValueArray(), node.Minimum.Value, node.Span);
    }
}
