using RubricEngine.Language.Syntax;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Inputs: <c>input name: type [optional]</c> with title, conflict policy, requirements, minimum count and fields.</summary>
internal static partial class Parser
{
    private static Parser<DeclarationSyntax> Input => field ??= Node(
        from keyword in Keyword("input")
        from name in Name
        from colon in Symbol(":")
        from type in ScalarType.Or(ListTypeHead).Named(TypeExpectation)
        from optional in Optionality
        from clauses in type is ListTypeSyntax ? ListInputClauses : ScalarInputClauses
        from end in EndOfDeclaration(type is ListTypeSyntax
            ? "a clause (title, when conflicting, requires, at least ... records, field)"
            : "a clause (title, when conflicting, requires)")
        select (Func<SourceSpan, DeclarationSyntax>)(span => new InputSyntax(
            name,
            type is ListTypeSyntax list ? list with { Fields = All<FieldSyntax>(clauses, "field").ToValueArray() } : type,
            optional,
            TextsOf(clauses, "title"),
            One<ConflictClauseSyntax>(clauses, "when conflicting")?.Policy,
            One<Spanned<int>>(clauses, "at least"),
            span)
        {
            Steps = One<ConflictClauseSyntax>(clauses, "when conflicting")?.Steps ?? [],
            Requirements = All<RequirementSyntax>(clauses, "requires").ToValueArray(),
        }));

    /// <summary><c>optional</c> or <c>required</c> after the type; required when neither is written.</summary>
    private static Parser<bool> Optionality => field ??=
        Keyword("optional").Return(true).Or(Keyword("required").Return(false)).XOptional().Select(o => o.GetOrElse(false));

    private static Parser<TypeSyntax> ScalarType => field ??= Node(
        Keyword("decimal").Return(PrimitiveType.Decimal)
            .Or(Keyword("integer").Return(PrimitiveType.Integer))
            .Or(Keyword("boolean").Return(PrimitiveType.Boolean))
            .Or(Keyword("text").Return(PrimitiveType.Text))
            .Or(Keyword("date").Return(PrimitiveType.Date))
            .Then(kind => OptionalRange(kind).Select(range => (Func<SourceSpan, TypeSyntax>)(span => new PrimitiveTypeSyntax(kind, span) { Range = range })))
        .Or(from words in Keywords("quantity", "in")
            from unit in UnitAfterKeyword
            select (Func<SourceSpan, TypeSyntax>)(span => new QuantityTypeSyntax(unit, span)))
        .Or(from words in Keywords("one", "of")
            from members in CommaList(Name)
            select (Func<SourceSpan, TypeSyntax>)(span => new EnumTypeSyntax(members, span))))
        .Named(TypeExpectation);

    private const string TypeExpectation = "a type (decimal, integer, boolean, text, date, quantity in ..., one of ..., list of records)";

    private static Parser<TypeSyntax> ListTypeHead => field ??= Node(
        from words in Keywords("list", "of", "records")
        select (Func<SourceSpan, TypeSyntax>)(span => new ListTypeSyntax([], span)));

    private static Parser<ValueArray<Clause>> ScalarInputClauses => field ??=
        Clauses(new HashSet<string> { "requires" }, TextsClause("title"), ConflictClause, RequiresClause(namesInput: false));

    private static Parser<ValueArray<Clause>> ListInputClauses => field ??=
        Clauses(new HashSet<string> { "field", "requires" }, TextsClause("title"), ConflictClause, RequiresClause(namesInput: false), MinimumCountClause, FieldClause);

    /// <summary><c>at least 10 records</c>: the fewest records that count as evidence.</summary>
    private static Parser<Clause> MinimumCountClause => field ??= ClauseOf(
        "at least",
        from words in Keywords("at", "least")
        from count in Count
        from records in Keyword("records")
        select count);

    /// <summary><c>field market_needs: decimal [optional]</c>.</summary>
    private static Parser<Clause> FieldClause => field ??= ClauseOf(
        "field",
        Node(
            from keyword in Keyword("field")
            from name in Name
            from colon in Symbol(":")
            from type in ScalarType
            from optional in Optionality
            select (Func<SourceSpan, FieldSyntax>)(span => new FieldSyntax(name, type, optional, span))));
}
