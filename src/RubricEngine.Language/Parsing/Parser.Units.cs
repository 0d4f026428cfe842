using RubricEngine.Language.Syntax;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Declared units: <c>unit kgH2 dimension hydrogen</c> and <c>unit tH2 = 1000 kgH2</c>.</summary>
internal static partial class Parser
{
    private static Parser<DeclarationSyntax> UnitDeclaration => field ??= Node(
        from keyword in Keyword("unit")
        from symbol in Name
        from definition in NewDimension.Or(MultipleOfUnit).Named("'dimension NAME' or '= NUMBER UNIT'")
        from clauses in Clauses(NoneRepeatable, TextsClause("title"))
        from end in EndOfDeclaration("a 'title' clause")
        select (Func<SourceSpan, DeclarationSyntax>)(span =>
            new UnitDeclarationSyntax(symbol, definition.Dimension, definition.Multiple, definition.Of, TextsOf(clauses, "title"), span)));

    private static Parser<(NameSyntax? Dimension, Spanned<decimal>? Multiple, UnitSyntax? Of)> NewDimension => field ??=
        from word in Keyword("dimension")
        from name in Name
        select ((NameSyntax?)name, (Spanned<decimal>?)null, (UnitSyntax?)null);

    private static Parser<(NameSyntax? Dimension, Spanned<decimal>? Multiple, UnitSyntax? Of)> MultipleOfUnit => field ??=
        from equalSign in Symbol("=")
        from number in SignedNumber
        from unit in Unit.Named("a unit after the number, on its line")
        select ((NameSyntax?)null, (Spanned<decimal>?)number, (UnitSyntax?)unit);
}
