using System.Text.RegularExpressions;

namespace RubricEngine.Authoring.Tests.Editors;

/// <summary>The TextMate grammar of <c>editors/</c> over every shipped rubric: comments, strings, numbers with units, keywords.</summary>
public partial class GrammarTests
{
    private static readonly GrammarTokenizer Tokenizer = new(File.ReadAllText(Repository.PathOf("editors/rubric.tmLanguage.json")));

    public static TheoryData<string> ShippedRubrics() =>
        [.. Directory.GetFiles(Repository.PathOf("rubrics"), "*.rubric").Select(f => "rubrics/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedRubrics))]
    public void Grammar_ShippedRubric_ScopesCommentsStringsKeywordsAndQuantities(string path)
    {
        var lines = File.ReadAllLines(Repository.PathOf(path));
        var quantities = 0;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var tokens = Tokenizer.Tokenize(line);
            var where = $"{path}({n + 1})";

            // Nothing is lost or doubled: the tokens spell the line.
            Assert.Equal(line, string.Concat(tokens.Select(t => t.Text)));

            if (line.TrimStart().StartsWith('#'))
            {
                Assert.True(tokens.Single(t => t.Text.Trim().Length > 0).Scope == "comment.line.rubric", where);
                continue;
            }

            // Every quoted text is one string token, whatever keywords or numbers it holds.
            foreach (Match quoted in QuotedText().Matches(line))
            {
                Assert.Contains(tokens, t => t.Start == quoted.Index && t.Text == quoted.Value && t.Scope == "string.quoted.double.rubric");
            }

            // A declaration's first word is a declaration keyword.
            if (DeclarationStart().Match(line) is { Success: true } declaration)
            {
                Assert.True(tokens.Any(t => t.Start == declaration.Groups[1].Index && t.Scope == "keyword.declaration.rubric"), $"{where}: '{declaration.Groups[1].Value}'");
            }

            // A number followed by a unit on the same line: the number and the unit are separate scopes.
            foreach (Match quantity in NumberWithUnit().Matches(StripStrings(line)))
            {
                quantities++;
                Assert.Contains(tokens, t => t.Start == quantity.Groups[1].Index && t.Text == quantity.Groups[1].Value && t.Scope == "constant.numeric.rubric");
                Assert.Contains(tokens, t => t.Start == quantity.Groups[2].Index && t.Text == quantity.Groups[2].Value && t.Scope == "keyword.other.unit.rubric");
            }

            // Keywords never come out of a string or a comment.
            Assert.DoesNotContain(tokens, t => t.Scope.StartsWith("keyword", StringComparison.Ordinal) && InsideString(line, t.Start));
        }

        if (path.EndsWith("eu-taxonomy.rubric", StringComparison.Ordinal))
        {
            Assert.True(quantities >= 10, $"{quantities} quantities");
        }
    }

    [Fact]
    public void Grammar_Line_GivesTheExpectedTokens()
    {
        var tokens = Tokenizer.Tokenize("criterion hydro_lifecycle when lifecycle_emissions < 100 gCO2e/kWh # Annex I 4.5");
        var scoped = tokens.Where(t => t.Scope != "source.rubric").Select(t => (t.Text, t.Scope)).ToList();
        Assert.Equal(
            [
                ("criterion", "keyword.declaration.rubric"), ("when", "keyword.control.rubric"), ("<", "keyword.operator.rubric"),
                ("100", "constant.numeric.rubric"), ("gCO2e/kWh", "keyword.other.unit.rubric"), ("# Annex I 4.5", "comment.line.rubric"),
            ],
            scoped);
        var records = Tokenizer.Tokenize("  at least 10 records").Where(t => t.Scope != "source.rubric").Select(t => t.Text);
        Assert.Equal(["at", "least", "10", "records"], records);
    }

    private static bool InsideString(string line, int position)
    {
        foreach (Match quoted in QuotedText().Matches(line))
        {
            if (position > quoted.Index && position < quoted.Index + quoted.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static string StripStrings(string line) => QuotedText().Replace(line, m => new string(' ', m.Length));

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"^\s*(rubric|outcome|input|field|derived|criterion|gate|group|indicator|score|classification|example)\b")]
    private static partial Regex DeclarationStart();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.])([0-9]+(?:\.[0-9]+)?) (gCO2e/kWh|gCO2/km|W/m2|MW|%|tCO2e/t|kgCO2e/kWh)(?![A-Za-z0-9/])")]
    private static partial Regex NumberWithUnit();
}
