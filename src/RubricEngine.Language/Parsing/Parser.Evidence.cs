using RubricEngine.Language.Syntax;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>
/// The evidence grammar: tests of an input's evidence after an operand (<c>x is verified</c>, <c>x uses method "..."</c>),
/// <c>requires</c> clauses, the steps of <c>when conflicting ...</c>, and the classification's <c>on conflict</c> /
/// <c>on unknown</c> outcomes.
/// </summary>
internal static partial class Parser
{
    private static readonly ValueArray<Spanned<string>> NoArguments = [];

    private sealed record EvidenceSuffixSyntax(EvidenceTest Test, ValueArray<Spanned<string>> Arguments, SourceSpan Last);

    /// <summary>What follows the subject of an evidence test: <c>is known</c> ... or <c>uses method "..."</c>.</summary>
    private static Parser<EvidenceSuffixSyntax> EvidenceSuffix => field ??=
        (from isWord in Keyword("is")
         from test in IsTest
         select test)
        .Or(from uses in Keywords("uses", "method")
            from methods in TextAlternatives
            select new EvidenceSuffixSyntax(EvidenceTest.Method, methods, methods[^1].Span));

    private static Parser<EvidenceSuffixSyntax> IsTest => field ??=
        Keyword("known").Select(span => new EvidenceSuffixSyntax(EvidenceTest.Known, [], span))
            .Or(Keyword("missing").Select(span => new EvidenceSuffixSyntax(EvidenceTest.Missing, [], span)))
            .Or(Keyword("conflicting").Select(span => new EvidenceSuffixSyntax(EvidenceTest.Conflicting, [], span)))
            .Or(from verified in Keyword("verified")
                from detail in VerifiedDetail.XOptional()
                select detail.GetOrElse(new EvidenceSuffixSyntax(EvidenceTest.Verified, [], verified)))
            .Named("an evidence test (known, missing, conflicting, verified)");

    /// <summary><c>by "A" or "B"</c> or <c>as accredited</c> after <c>verified</c>.</summary>
    private static Parser<EvidenceSuffixSyntax> VerifiedDetail => field ??=
        (from byWord in Keyword("by")
         from names in TextAlternatives
         select new EvidenceSuffixSyntax(EvidenceTest.VerifiedBy, names, names[^1].Span))
        .Or(from asWord in Keyword("as")
            from kind in Name
            select new EvidenceSuffixSyntax(EvidenceTest.VerifiedAs, [new Spanned<string>(kind.Text, kind.Span)], kind.Span));

    /// <summary><c>"A"</c> or <c>"A" or "B"</c>; an <c>or</c> not followed by a text belongs to the expression around.</summary>
    private static Parser<ValueArray<Spanned<string>>> TextAlternatives => field ??=
        from first in Text
        from rest in (from orWord in Keyword("or") from next in Text select next).Many()
        select new[] { first }.Concat(rest).ToValueArray();

    /// <summary>An operand, then an evidence test of it if one follows.</summary>
    private static EvidenceTestSyntax WithEvidenceTest(ExpressionSyntax subject, EvidenceSuffixSyntax suffix) =>
        new EvidenceTestSyntax(subject, suffix.Test, suffix.Arguments, subject.Span.Through(suffix.Last));

    /// <summary><c>requires verified</c>, <c>requires method "..."</c> on an input; <c>requires NAME ...</c> on a criterion.</summary>
    private static Parser<Clause> RequiresClause(bool namesInput) => ClauseOf(
        "requires",
        Node(
            from keyword in Keyword("requires")
            from input in namesInput ? Name.Select(n => (NameSyntax?)n) : Parse.Return<NameSyntax?>(null)
            from check in RequirementCheck
            select (Func<SourceSpan, RequirementSyntax>)(span => new RequirementSyntax(input, check.Test, check.Arguments, span))));

    private static Parser<EvidenceSuffixSyntax> RequirementCheck => field ??=
        (from verified in Keyword("verified")
         from detail in VerifiedDetail.XOptional()
         select detail.GetOrElse(new EvidenceSuffixSyntax(EvidenceTest.Verified, [], verified)))
        .Or(from method in Keyword("method")
            from methods in TextAlternatives
            select new EvidenceSuffixSyntax(EvidenceTest.Method, methods, methods[^1].Span))
        .Named("a requirement (verified, verified by \"...\", verified as ..., method \"...\")");

    private sealed record ConflictClauseSyntax(Spanned<ConflictPolicy>? Policy, ValueArray<ConflictStepSyntax> Steps);

    /// <summary>
    /// <c>when conflicting unknown</c>, or steps tried in order: <c>when conflicting prefer method "..." , then prefer
    /// verified, then agree on verdict</c>. A single step that is a word of <see cref="ConflictPolicy"/> is kept as that word.
    /// </summary>
    private static Parser<Clause> ConflictClause => field ??= ClauseOf(
        "when conflicting",
        from words in Keywords("when", "conflicting")
        from clause in Node(Keyword("unknown").Select(_ => (Func<SourceSpan, Spanned<ConflictPolicy>>)(span => new(ConflictPolicy.Unknown, span))))
                .Select(p => new ConflictClauseSyntax(p, []))
            .Or(from first in ConflictStepParser
                from rest in (from comma in Comma from then in Keyword("then") from next in ConflictStepParser select next).XMany()
                select Steps(new[] { first }.Concat(rest).ToValueArray()))
            .Named("a policy (prefer method \"...\", prefer verified, prefer latest, prefer lowest, prefer highest, agree on verdict, unknown)")
        select clause);

    private static ConflictClauseSyntax Steps(ValueArray<ConflictStepSyntax> steps)
    {
        ConflictPolicy? word = steps.Count != 1 ? null : steps[0].Kind switch
        {
            ConflictStepKind.PreferVerified => ConflictPolicy.PreferVerified,
            ConflictStepKind.PreferLatest => ConflictPolicy.PreferLatest,
            ConflictStepKind.PreferLowest => ConflictPolicy.Lowest,
            ConflictStepKind.PreferHighest => ConflictPolicy.Highest,
            _ => null,
        };
        return word is { } policy ? new ConflictClauseSyntax(new Spanned<ConflictPolicy>(policy, steps[0].Span), []) : new ConflictClauseSyntax(null, steps);
    }

    private static Parser<ConflictStepSyntax> ConflictStepParser => field ??= Node(
        (from prefer in Keyword("prefer")
         from step in (from method in Keyword("method") from methods in TextAlternatives select (ConflictStepKind.PreferMethod, methods))
             .Or(Keyword("verified").Return((ConflictStepKind.PreferVerified, NoArguments)))
             .Or(Keyword("latest").Return((ConflictStepKind.PreferLatest, NoArguments)))
             .Or(Keyword("lowest").Return((ConflictStepKind.PreferLowest, NoArguments)))
             .Or(Keyword("highest").Return((ConflictStepKind.PreferHighest, NoArguments)))
             .Named("what to prefer (method \"...\", verified, latest, lowest, highest)")
         select step)
        .Or(Keywords("agree", "on", "verdict").Return((ConflictStepKind.AgreeOnVerdict, NoArguments)))
        .Select(step => (Func<SourceSpan, ConflictStepSyntax>)(span => new ConflictStepSyntax(step.Item1, step.Item2, span))));

    /// <summary><c>on conflict review_required</c> and <c>on unknown insufficient_evidence</c> after the classification's fallback.</summary>
    private static Parser<ValueArray<Clause>> UndecidedOutcomes => field ??=
        Clauses(NoneRepeatable, UndecidedOutcome("conflict"), UndecidedOutcome("unknown"));

    private static Parser<Clause> UndecidedOutcome(string state) => ClauseOf(
        "on " + state,
        from words in Keywords("on", state)
        from outcome in Name
        select outcome);
}
