using RubricEngine.Language.Syntax;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>
/// What a decision is made of: the score (and its partial-scoring rules), the classifications (one unnamed, or
/// several named ones with the gates they obey), notes and warnings, and the ranges of number inputs.
/// </summary>
internal static partial class Parser
{
    /// <summary>
    /// <c>score total is weighted mean</c> or <c>... weighted sum</c>, optionally <c>of scored indicators</c> with
    /// the clauses <c>unscored weight at most 20 %</c> and <c>required a, b</c>.
    /// </summary>
    private static Parser<DeclarationSyntax> Score => field ??= Node(
        from keyword in Keyword("score")
        from name in Name
        from isWord in Keyword("is")
        from method in Keywords("weighted", "mean").Return(ScoreMethod.WeightedMean)
            .Or(Keywords("weighted", "sum").Return(ScoreMethod.WeightedSum))
        from scored in Keywords("of", "scored", "indicators").XOptional()
        from clauses in Clauses(NoneRepeatable, UnscoredClause, RequiredClause)
        from end in EndOfDeclaration(scored.IsDefined
            ? "a clause (unscored weight at most ... %, required ...)"
            : "the end of the score declaration, or 'of scored indicators'")
        select (Func<SourceSpan, DeclarationSyntax>)(span => scored.IsDefined
            ? new ScoreSyntax(name, method, span)
            {
                Partial = new PartialScoringSyntax(
                    One<Spanned<decimal>>(clauses, "unscored"),
                    clauses.FirstOrDefault(c => c.Kind == "required")?.Value is ValueArray<NameSyntax> required ? required : [],
                    scored.Get()),
            }
            : new ScoreSyntax(name, method, span) { StrayRules = [.. clauses.Select(c => new StrayScoreRuleSyntax(c.Kind, c.Span))] }));

    /// <summary><c>unscored weight at most 20 %</c>: the largest share of the score's weight that may be unscored.</summary>
    private static Parser<Clause> UnscoredClause => field ??= ClauseOf(
        "unscored",
        from words in Keywords("unscored", "weight", "at", "most")
        from percent in SignedNumber
        from sign in Symbol("%")
        select percent);

    /// <summary><c>required market_needs, chance_of_success</c>: indicators that must be scored.</summary>
    private static Parser<Clause> RequiredClause => field ??= ClauseOf(
        "required",
        from word in Keyword("required")
        from names in CommaList(Name)
        select names);

    /// <summary>
    /// <c>classification [name]</c>, then in a named one <c>gates a, b</c> or <c>without gates</c>, tiers
    /// <c>outcome when condition</c>, then <c>otherwise outcome</c>.
    /// </summary>
    private static Parser<DeclarationSyntax> Classification => field ??= Node(
        from keyword in Keyword("classification")
        from name in OnLineOf(keyword, Name).XOptional()
        from gates in GatesClause.XOptional()
        from tiers in Tier.XMany()
        from fallback in (from otherwise in Keyword("otherwise") from outcome in Name select outcome).XOptional()
        from undecided in UndecidedOutcomes
        from end in EndOfDeclaration(fallback.IsDefined ? "'on conflict', 'on unknown' or the end of the classification" : "a tier (outcome when condition) or 'otherwise'")
        select (Func<SourceSpan, DeclarationSyntax>)(span => new ClassificationSyntax(tiers.ToValueArray(), fallback.GetOrDefault(), span)
        {
            Name = name.GetOrDefault(),
            Gates = gates.GetOrDefault(),
            OnConflict = One<NameSyntax>(undecided, "on conflict"),
            OnUnknown = One<NameSyntax>(undecided, "on unknown"),
        }));

    private static Parser<TierSyntax> Tier => field ??= Node(
        from outcome in Name.Where(name => name.Text is not "otherwise" and not "on")
        from when in Keyword("when")
        from condition in Expression
        select (Func<SourceSpan, TierSyntax>)(span => new TierSyntax(outcome, condition, span)));

    /// <summary><c>gates dnsh, safeguards</c> or <c>without gates</c>.</summary>
    private static Parser<GatesSyntax> GatesClause => field ??= Node(
        (from word in Keyword("gates") from names in CommaList(Name) select names)
            .Or(Keywords("without", "gates").Return(new ValueArray<NameSyntax>()))
            .Select(names => (Func<SourceSpan, GatesSyntax>)(span => new GatesSyntax(names, span))));

    /// <summary><c>note name when condition</c> or <c>warning name when condition</c>, with title and message.</summary>
    private static Parser<DeclarationSyntax> Note => field ??= Node(
        from severity in Keyword("note").Return(NoteSeverity.Note).Or(Keyword("warning").Return(NoteSeverity.Warning))
        from name in Name
        from when in Keyword("when")
        from condition in Expression
        from clauses in Clauses(NoneRepeatable, TextsClause("title"), TextsClause("message"))
        from end in EndOfDeclaration("a clause (title, message)")
        select (Func<SourceSpan, DeclarationSyntax>)(span =>
            new NoteSyntax(severity, name, condition, TextsOf(clauses, "title"), TextsOf(clauses, "message"), span)));

    /// <summary><c>1 to 5</c> after <c>integer</c> or <c>decimal</c>; nothing after the other types.</summary>
    private static Parser<RangeSyntax?> OptionalRange(PrimitiveType kind) =>
        kind is PrimitiveType.Decimal or PrimitiveType.Integer
            ? NumberRange.XOptional().Select(range => range.GetOrDefault())
            : Parse.Return<RangeSyntax?>(null);

    private static Parser<RangeSyntax> NumberRange => field ??= Node(
        from min in SignedNumber
        from to in Keyword("to")
        from max in SignedNumber
        select (Func<SourceSpan, RangeSyntax>)(span => new RangeSyntax(min, max, span)));

    /// <summary>The parser's result only when it starts on the keyword's line (a name after <c>classification</c>, not the first tier).</summary>
    private static Parser<T> OnLineOf<T>(SourceSpan keyword, Parser<T> parser)
        where T : SyntaxNode => input =>
    {
        var result = parser(input);
        return result.WasSuccessful && result.Value.Span.Line != keyword.Line
            ? Result.Failure<T>(input, "expected a name on the line of the keyword", ["a name"])
            : result;
    };
}
