using RubricEngine.Language.Syntax;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Declarations about the cohort as a whole.</summary>
internal static partial class Parser
{
    /// <summary><c>exclude from cohort when national_row</c>, then an optional title.</summary>
    private static Parser<DeclarationSyntax> Exclusion => field ??= Node(
        from keywords in Keywords("exclude", "from", "cohort")
        from when in Keyword("when")
        from condition in Expression
        from clauses in Clauses(NoneRepeatable, TextsClause("title"))
        from end in EndOfDeclaration("a 'title' clause")
        select (Func<SourceSpan, DeclarationSyntax>)(span => new ExclusionSyntax(condition, TextsOf(clauses, "title"), span)));
}
