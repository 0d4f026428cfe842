using RubricEngine.Language.Syntax;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Text;
using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>Embedded examples: givens (scalar or table), the expected outcome and expected verdicts.</summary>
internal static partial class Parser
{
    private static Parser<DeclarationSyntax> Example => field ??= Node(
        from keyword in Keyword("example")
        from name in Text
        from date in (from words in Keywords("assessed", "on") from date in Date select date).XOptional()
        from clauses in Clauses(new HashSet<string> { "given", "expect" }, GivenClause, ExpectOutcomeClause, ExpectVerdictClause)
        from end in EndOfDeclaration("a clause (given, expect)")
        select (Func<SourceSpan, DeclarationSyntax>)(span => new ExampleSyntax(
            name,
            date.GetOrDefault(),
            All<GivenSyntax>(clauses, "given").ToValueArray(),
            One<NameSyntax>(clauses, "expect outcome"),
            All<object>(clauses, "expect").OfType<ExpectedVerdictSyntax>().ToValueArray(),
            span)
        {
            ExpectedClassifications = All<object>(clauses, "expect").OfType<ExpectedClassificationSyntax>().ToValueArray(),
        }));

    /// <summary>
    /// <c>given x = value [from "document"] [verified by "party"] [as accredited] [method "..."]</c>, or <c>given list</c>
    /// with a table.
    /// </summary>
    private static Parser<Clause> GivenClause => field ??= ClauseOf(
        "given",
        Node(
            from keyword in Keyword("given")
            from input in Name
            from value in (from equalSign in Symbol("=") from value in Negation select value).XOptional()
            from table in value.IsDefined ? Parse.Return<TableSyntax?>(null) : Table.Select(t => (TableSyntax?)t)
            from document in (from word in Keyword("from") from text in Text select text).XOptional()
            from verifier in (from words in Keywords("verified", "by") from text in Text select text).XOptional()
            from kind in (from asWord in Keyword("as") from kind in Name select kind).XOptional()
            from method in (from word in Keyword("method") from text in Text select text).XOptional()
            select (Func<SourceSpan, GivenSyntax>)(span => new GivenSyntax(
                input, value.GetOrDefault(), table, document.GetOrDefault(), verifier.GetOrDefault(), span)
            {
                Verification = kind.GetOrDefault(),
                Method = method.GetOrDefault(),
            })));

    /// <summary><c>columns a, b</c> then <c>row 1, 2</c> lines; <c>-</c> leaves a cell empty.</summary>
    private static Parser<TableSyntax> Table => field ??= Node(
        from keyword in Keyword("columns")
        from columns in CommaList(Name)
        from rows in Node(
            from row in Keyword("row")
            from cells in CommaList(MissingCell.Or(Negation.Select(e => (ExpressionSyntax?)e)))
            select (Func<SourceSpan, RowSyntax>)(span => new RowSyntax(cells, span))).XMany()
        select (Func<SourceSpan, TableSyntax>)(span => new TableSyntax(columns, rows.ToValueArray(), span)));

    /// <summary>A lone <c>-</c> before a comma or the end of the line.</summary>
    private static Parser<ExpressionSyntax?> MissingCell => field ??= Token(new Parser<ExpressionSyntax?>(input =>
    {
        var chunk = (ChunkInput)input;
        var next = chunk.Position + 1;
        while (next < chunk.End && chunk.Source[next] is ' ' or '\t')
        {
            next++;
        }

        return chunk.Current == '-' && (next >= chunk.End || chunk.Source[next] is ',' or '\n' or '\r' or '#')
            ? Result.Success<ExpressionSyntax?>(null, chunk.At(chunk.Position + 1))
            : Result.Failure<ExpressionSyntax?>(input, "expected '-'", ["'-'"]);
    }));

    private static Parser<Clause> ExpectOutcomeClause => field ??= ClauseOf(
        "expect outcome",
        from words in Keywords("expect", "outcome")
        from outcome in Name
        select outcome);

    /// <summary>
    /// <c>expect criterion met</c>, <c>... not met</c>, <c>... unknown</c>, <c>... conflict</c> or <c>... not applicable</c>;
    /// or <c>expect classification outcome name</c> for a named classification.
    /// </summary>
    private static Parser<Clause> ExpectVerdictClause => field ??= ClauseOf(
        "expect",
        Node(
            from word in Keyword("expect")
            from subject in Name.Where(n => n.Text != "outcome")
            from expected in Keyword("met").Return((object)Truth.Met)
                .Or(Keywords("not", "met").Return((object)Truth.NotMet))
                .Or(Keyword("unknown").Return((object)Truth.Unknown))
                .Or(Keyword("conflict").Return((object)Truth.Conflict))
                .Or(Keywords("not", "applicable").Return((object)Truth.NotApplicable))
                .Or(from outcomeWord in Keyword("outcome") from outcome in Name select (object)outcome)
                .Named("a verdict (met, not met, unknown, conflict, not applicable) or 'outcome' and the classification's outcome")
            select (Func<SourceSpan, object>)(span => expected is Truth verdict
                ? new ExpectedVerdictSyntax(subject, verdict, span)
                : new ExpectedClassificationSyntax(subject, (NameSyntax)expected, span))));
}
