namespace RubricEngine.Model.Expressions;

/// <summary>The one visitor base for expressions. Each node kind has one method; there is no default.</summary>
/// <typeparam name="T">What the visit produces.</typeparam>
public abstract class ExprVisitor<T>
{
    /// <summary>Visits any expression.</summary>
    public T Visit(Expr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        return expr.Accept(this);
    }

    /// <summary>Visits a constant.</summary>
    public abstract T VisitLiteral(LiteralExpr node);

    /// <summary>Visits a name reference.</summary>
    public abstract T VisitReference(ReferenceExpr node);

    /// <summary>Visits a unary operation.</summary>
    public abstract T VisitUnary(UnaryExpr node);

    /// <summary>Visits a binary operation.</summary>
    public abstract T VisitBinary(BinaryExpr node);

    /// <summary>Visits alternative routes.</summary>
    public abstract T VisitAnyOf(AnyOfExpr node);

    /// <summary>Visits an aggregation over a list input.</summary>
    public abstract T VisitListAggregate(ListAggregateExpr node);

    /// <summary>Visits an aggregation over the cohort.</summary>
    public abstract T VisitCohort(CohortExpr node);

    /// <summary>Visits <c>if ... then ... else ...</c>.</summary>
    public abstract T VisitConditional(ConditionalExpr node);

    /// <summary>Visits <c>first known of (...)</c>.</summary>
    public abstract T VisitFirstKnown(FirstKnownExpr node);

    /// <summary>Visits <c>count of (conditions)</c>.</summary>
    public abstract T VisitCountMet(CountMetExpr node);

    /// <summary>Visits <c>min of (...)</c> and <c>max of (...)</c> over values.</summary>
    public abstract T VisitExtreme(ExtremeExpr node);

    /// <summary>Visits a test of an input's evidence.</summary>
    public abstract T VisitEvidenceTest(EvidenceTestExpr node);
}
