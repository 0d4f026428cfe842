using System.Text.RegularExpressions;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Authoring.Lint;

/// <summary>
/// <c># lint: allow RUB0906 -- reason</c> in the comment block directly above a declaration silences that code
/// for the declaration: a finding kept on purpose is justified where the rubric's readers see it. A block above
/// an indented line (a tier of the classification) counts too, so does the block above its declaration's first line:
/// <c>rubric fmt</c> keeps comments at their declaration, so an allow above <c>classification</c> covers its tiers.
/// </summary>
internal static partial class AllowComments
{
    /// <summary>For each line number (1-based) of the text, the codes its comment block above allows.</summary>
    public static Dictionary<int, HashSet<string>> Read(string text)
    {
        var lines = text.Split('\n');
        var result = new Dictionary<int, HashSet<string>>();
        var declarationStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var indented = lines[i].Length > 0 && char.IsWhiteSpace(lines[i][0]) && lines[i].Trim().Length > 0;
            if (!indented && lines[i].Trim().Length > 0 && !lines[i].StartsWith('#'))
            {
                declarationStart = i;
            }

            var codes = new HashSet<string>(StringComparer.Ordinal);
            AddBlockAbove(lines, i, codes);
            if (indented)
            {
                AddBlockAbove(lines, declarationStart, codes);
            }

            if (codes.Count > 0)
            {
                result[i + 1] = codes;
            }
        }

        return result;
    }

    private static void AddBlockAbove(string[] lines, int line, HashSet<string> codes)
    {
        for (var above = line - 1; above >= 0 && lines[above].TrimStart().StartsWith('#'); above--)
        {
            foreach (Match match in Allow().Matches(lines[above]))
            {
                codes.Add(match.Groups[1].Value);
            }
        }
    }

    public static bool Silences(Dictionary<int, HashSet<string>> allowed, Diagnostic finding) =>
        allowed.TryGetValue(finding.Span.Line, out var codes) && codes.Contains(finding.Code);

    [GeneratedRegex(@"lint:\s*allow\s+(RUB\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex Allow();
}
