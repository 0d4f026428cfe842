using RubricEngine.Language.Syntax;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Derived values, criteria and gates.</summary>
internal static partial class Parser
{
    /// <summary><c>derived power_density = capacity / area in W/m2</c>.</summary>
    private static Parser<DeclarationSyntax> Derived => field ??= Node(
        from keyword in Keyword("derived")
        from name in Name
        from equalSign in Symbol("=")
        from expression in Expression
        from unit in (from inWord in Keyword("in") from u in UnitAfterKeyword select u).XOptional()
        from clauses in Clauses(NoneRepeatable, TextsClause("title"))
        from end in EndOfDeclaration("a 'title' clause")
        select (Func<SourceSpan, DeclarationSyntax>)(span =>
            new DerivedSyntax(name, expression, unit.GetOrDefault(), TextsOf(clauses, "title"), span)));

    /// <summary><c>criterion name when condition</c> or <c>gate name when condition</c>, then clauses.</summary>
    private static Parser<DeclarationSyntax> Criterion => field ??= Node(
        from kind in Keyword("criterion").Return(CriterionKind.Criterion).Or(Keyword("gate").Return(CriterionKind.Gate))
        from name in Name
        from when in Keyword("when")
        from condition in Expression
        from clauses in Clauses(
            new HashSet<string> { "requires" },
            TextsClause("title"),
            TextClause("cites"),
            TextsClause("explain"),
            DateClause("from"),
            DateClause("until"),
            RequiresClause(namesInput: true))
        from end in EndOfDeclaration("a clause (title, cites, explain, from, until, requires)")
        select (Func<SourceSpan, DeclarationSyntax>)(span => new CriterionSyntax(
            kind,
            name,
            condition,
            One<Spanned<string>>(clauses, "cites"),
            TextsOf(clauses, "title"),
            TextsOf(clauses, "explain"),
            One<Spanned<DateOnly>>(clauses, "from"),
            One<Spanned<DateOnly>>(clauses, "until"),
            span)
        {
            Requirements = All<RequirementSyntax>(clauses, "requires").ToValueArray(),
        }));
}
