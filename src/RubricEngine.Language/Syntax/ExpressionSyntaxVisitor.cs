namespace RubricEngine.Language.Syntax;

/// <summary>The one visitor base for expression syntax. Each node kind has one method; there is no default.</summary>
/// <typeparam name="T">What the visit produces.</typeparam>
internal abstract class ExpressionSyntaxVisitor<T>
{
    /// <summary>Visits any expression.</summary>
    public T Visit(ExpressionSyntax node) => node.Accept(this);

    public abstract T VisitNumber(NumberSyntax node);

    public abstract T VisitString(StringSyntax node);

    public abstract T VisitDate(DateSyntax node);

    public abstract T VisitBoolean(BooleanSyntax node);

    public abstract T VisitReference(ReferenceSyntax node);

    public abstract T VisitAssessmentDate(AssessmentDateSyntax node);

    public abstract T VisitUnary(UnarySyntax node);

    public abstract T VisitBinary(BinarySyntax node);

    public abstract T VisitAnyOf(AnyOfSyntax node);

    public abstract T VisitListAggregate(ListAggregateSyntax node);

    public abstract T VisitCohort(CohortSyntax node);

    public abstract T VisitConditional(ConditionalSyntax node);

    public abstract T VisitValueList(ValueListSyntax node);

    public abstract T VisitEvidenceTest(EvidenceTestSyntax node);
}
