using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>
/// Parsers for the parts of long declarations (a group's indicators, an example's givens, a list's fields),
/// so that after an error each part can be parsed on its own and every broken part reported.
/// </summary>
internal static partial class Parser
{
    /// <summary>For a declaration keyword: the words that start its parts, and a parser for one whole part.</summary>
    internal static (HashSet<string> Starts, Parser<bool> Part)? PartsOf(string declarationKeyword) => declarationKeyword switch
    {
        "group" => (["indicator"], Whole(Indicator, "a clause (title, explain, cites, score)")),
        "example" => (["given", "expect"], Whole(GivenClause.Or(ExpectOutcomeClause).Or(ExpectVerdictClause), "the end of the line")),
        "input" => (["field"], Whole(FieldClause, "the end of the field")),
        _ => null,
    };

    private static Parser<bool> Whole<T>(Parser<T> part, string expected) =>
        from value in part
        from end in EndOfDeclaration(expected)
        select true;
}
