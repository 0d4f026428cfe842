using RubricEngine.Language.Syntax;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>The declaration keywords, the rubric header and outcomes.</summary>
internal static partial class Parser
{
    /// <summary>The words that start a declaration, at the start of a line.</summary>
    internal static readonly string[] DeclarationKeywords =
        ["rubric", "outcome", "unit", "input", "derived", "criterion", "gate", "exclude", "group", "score", "classification", "note", "warning", "example"];

    /// <summary>One whole declaration, up to the end of its chunk.</summary>
    internal static Parser<DeclarationSyntax> Declaration => field ??=
        from declaration in Header
            .Or(Outcome)
            .Or(UnitDeclaration)
            .Or(Input)
            .Or(Derived)
            .Or(Criterion)
            .Or(Exclusion)
            .Or(Score)
            .Or(Group)
            .Or(Classification)
            .Or(Note)
            .Or(Example)
            .Named("a declaration (" + string.Join(", ", DeclarationKeywords) + ")")
        select declaration;

    /// <summary><c>rubric gib version "1.0"</c>, then title, description, source, citation and display precision clauses.</summary>
    private static Parser<DeclarationSyntax> Header => field ??= Node(
        from keyword in Keyword("rubric")
        from id in Name
        from clauses in Clauses(
            NoneRepeatable,
            TextClause("version"),
            TextsClause("title"),
            TextsClause("description"),
            TextClause("source"),
            TextClause("citation"),
            DisplayPrecisionClause)
        from end in EndOfDeclaration("a clause (version, title, description, source, citation, display precision)")
        select (Func<SourceSpan, DeclarationSyntax>)(span => new HeaderSyntax(
            id,
            One<Spanned<string>>(clauses, "version"),
            TextsOf(clauses, "title"),
            TextsOf(clauses, "description"),
            One<Spanned<string>>(clauses, "source"),
            One<Spanned<string>>(clauses, "citation"),
            span,
            One<Spanned<decimal>>(clauses, "display precision"))));

    /// <summary><c>display precision 2</c>: any number is read here, so a bad one gets the binder's RUB0229 at its position.</summary>
    private static Parser<Clause> DisplayPrecisionClause => field ??= ClauseOf(
        "display precision",
        from display in Keyword("display")
        from precision in Keyword("precision")
        from places in SignedNumber
        select places);

    /// <summary><c>outcome fundable</c> with an optional title.</summary>
    private static Parser<DeclarationSyntax> Outcome => field ??= Node(
        from keyword in Keyword("outcome")
        from name in Name
        from clauses in Clauses(NoneRepeatable, TextsClause("title"))
        from end in EndOfDeclaration("a 'title' clause")
        select (Func<SourceSpan, DeclarationSyntax>)(span => new OutcomeSyntax(name, TextsOf(clauses, "title"), span)));
}
