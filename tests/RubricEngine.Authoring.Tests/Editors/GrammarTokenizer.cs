using System.Text.Json;
using System.Text.RegularExpressions;

namespace RubricEngine.Authoring.Tests.Editors;

/// <summary>One token of a line: where it starts, its text and its scope (<c>source.rubric</c> when no rule matched).</summary>
internal sealed record GrammarToken(int Start, string Text, string Scope);

/// <summary>
/// A small TextMate tokeniser for the grammar in <c>editors/rubric.tmLanguage.json</c>, enough to test it: top-level
/// rules with <c>include</c>s into the repository, <c>match</c> rules with <c>name</c> or numbered <c>captures</c>, and
/// single-line <c>begin</c>/<c>end</c> rules. As TextMate does, at each position the rule whose match starts
/// earliest wins, ties going to the rule listed first. Editors run these patterns with Oniguruma; the grammar keeps
/// to what Oniguruma and .NET regular expressions read alike, which is what this harness can check.
/// </summary>
internal sealed class GrammarTokenizer
{
    private readonly List<Rule> _rules = [];

    public GrammarTokenizer(string grammarJson)
    {
        using var document = JsonDocument.Parse(grammarJson);
        var root = document.RootElement;
        var repository = root.GetProperty("repository");
        foreach (var pattern in root.GetProperty("patterns").EnumerateArray())
        {
            var rule = pattern.TryGetProperty("include", out var include) ? repository.GetProperty(include.GetString()!.TrimStart('#')) : pattern;
            _rules.Add(Rule.From(rule));
        }
    }

    public IReadOnlyList<GrammarToken> Tokenize(string line)
    {
        var tokens = new List<GrammarToken>();
        var position = 0;
        while (position < line.Length)
        {
            var (rule, match) = Earliest(line, position);
            if (match is null)
            {
                tokens.Add(new GrammarToken(position, line[position..], "source.rubric"));
                break;
            }

            if (match.Index > position)
            {
                tokens.Add(new GrammarToken(position, line[position..match.Index], "source.rubric"));
            }

            position = rule!.Emit(line, match, tokens);
        }

        return tokens;
    }

    private (Rule? Rule, Match? Match) Earliest(string line, int position)
    {
        (Rule? Rule, Match? Match) best = (null, null);
        foreach (var rule in _rules)
        {
            var match = rule.Start.Match(line, position);
            if (match.Success && match.Length > 0 && (best.Match is null || match.Index < best.Match.Index))
            {
                best = (rule, match);
            }
        }

        return best;
    }

    private sealed record Rule(Regex Start, Regex? End, string? Name, IReadOnlyDictionary<int, string> Captures)
    {
        public static Rule From(JsonElement rule)
        {
            var name = rule.TryGetProperty("name", out var n) ? n.GetString() : null;
            var captures = new Dictionary<int, string>();
            if (rule.TryGetProperty("captures", out var c))
            {
                foreach (var capture in c.EnumerateObject())
                {
                    captures[int.Parse(capture.Name, System.Globalization.CultureInfo.InvariantCulture)] = capture.Value.GetProperty("name").GetString()!;
                }
            }

            return rule.TryGetProperty("begin", out var begin)
                ? new Rule(new Regex(begin.GetString()!, RegexOptions.CultureInvariant), new Regex(rule.GetProperty("end").GetString()!, RegexOptions.CultureInvariant), name, captures)
                : new Rule(new Regex(rule.GetProperty("match").GetString()!, RegexOptions.CultureInvariant), null, name, captures);
        }

        /// <summary>Adds this rule's tokens for the match and returns the position after them.</summary>
        public int Emit(string line, Match match, List<GrammarToken> tokens)
        {
            if (End is not null)
            {
                // A string: up to the end pattern after the opening quote, skipping escapes; an unclosed one runs to the line end.
                var at = match.Index + match.Length;
                while (at < line.Length && line[at] != '"')
                {
                    at += line[at] == '\\' ? 2 : 1;
                }

                var stop = Math.Min(line.Length, at + 1);
                tokens.Add(new GrammarToken(match.Index, line[match.Index..stop], Name!));
                return stop;
            }

            if (Captures.Count == 0)
            {
                tokens.Add(new GrammarToken(match.Index, match.Value, Name!));
                return match.Index + match.Length;
            }

            var position = match.Index;
            foreach (var (group, scope) in Captures.OrderBy(c => match.Groups[c.Key].Index))
            {
                var g = match.Groups[group];
                if (!g.Success)
                {
                    continue;
                }

                if (g.Index > position)
                {
                    tokens.Add(new GrammarToken(position, line[position..g.Index], "source.rubric"));
                }

                tokens.Add(new GrammarToken(g.Index, g.Value, scope));
                position = g.Index + g.Length;
            }

            return match.Index + match.Length;
        }
    }
}
