namespace RubricEngine.Language.Formatting;

/// <summary>
/// Finds comments line by line, outside quoted texts, and the declaration each belongs to. Only the layout
/// is read (declarations start at column 1 in the DSL; in YAML, declarations are the keys of the top level
/// and of its sections), so it works on any text, also one that does not load.
/// </summary>
internal static class CommentScanner
{
    private static readonly HashSet<string> DslKinds = new(StringComparer.Ordinal)
    {
        "outcome", "unit", "input", "derived", "criterion", "gate", "group", "note", "warning", "example",
    };

    private static readonly Dictionary<string, string> YamlSections = new(StringComparer.Ordinal)
    {
        ["outcomes"] = "outcome", ["units"] = "unit", ["inputs"] = "input", ["derived"] = "derived", ["criteria"] = "criterion",
        ["groups"] = "group", ["classifications"] = "classification", ["notes"] = "note", ["examples"] = "example",
    };

    public static RubricComments ReadDsl(string text)
    {
        var comments = new RubricComments();
        var pending = new List<string>();
        string? current = null;
        foreach (var line in Lines(text))
        {
            var (code, comment) = Split(line, yaml: false);
            var declaration = line.Length > 0 && !char.IsWhiteSpace(line[0]) && code.Trim().Length > 0 ? DslKey(code) : null;
            if (declaration is not null)
            {
                current = declaration;
                Flush(comments, pending, current);
            }

            if (comment is not null)
            {
                if (code.Trim().Length == 0 && (current is null || line.Length == 0 || !char.IsWhiteSpace(line[0])))
                {
                    pending.Add(comment); // a comment line at column 1 introduces the next declaration
                }
                else
                {
                    comments.Add(current ?? RubricComments.EndKey, comment);
                }
            }
        }

        Flush(comments, pending, RubricComments.EndKey);
        return comments;
    }

    public static RubricComments ReadYaml(string text)
    {
        var comments = new RubricComments();
        var pending = new List<string>();
        string? current = null, section = null;
        var blockScalarIndent = -1; // inside "key: >" or "key: |", more-indented lines are text, '#' included
        foreach (var line in Lines(text))
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            if (blockScalarIndent >= 0 && (line.Trim().Length == 0 || indent > blockScalarIndent))
            {
                continue;
            }

            blockScalarIndent = -1;
            var (code, comment) = Split(line, yaml: true);
            if (code.TrimEnd() is var head && (head.EndsWith(": >", StringComparison.Ordinal) || head.EndsWith(": |", StringComparison.Ordinal)
                || head.EndsWith(": >-", StringComparison.Ordinal) || head.EndsWith(": |-", StringComparison.Ordinal)))
            {
                blockScalarIndent = indent;
            }

            if (YamlKey(code) is { } key)
            {
                string? declaration = null;
                if (indent == 0)
                {
                    section = YamlSections.GetValueOrDefault(key);
                    declaration = key switch
                    {
                        "rubric" => "header",
                        "score" or "classification" => key,
                        "exclude_from_cohort" => "exclusion",
                        _ => null,
                    };
                }
                else if (indent == 2 && section is not null)
                {
                    declaration = RubricComments.Key(section, key);
                }

                if (declaration is not null)
                {
                    current = declaration;
                    Flush(comments, pending, current);
                }
            }

            if (comment is not null)
            {
                if (code.Trim().Length == 0)
                {
                    pending.Add(comment);
                }
                else
                {
                    comments.Add(current ?? "header", comment);
                }
            }
        }

        Flush(comments, pending, RubricComments.EndKey);
        return comments;
    }

    private static void Flush(RubricComments comments, List<string> pending, string key)
    {
        foreach (var comment in pending)
        {
            comments.Add(key, comment);
        }

        pending.Clear();
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    /// <summary>The code of a line and its comment text (after <c>#</c>, or <c>//</c> in the DSL), outside quotes.</summary>
    private static (string Code, string? Comment) Split(string line, bool yaml)
    {
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is { } open)
            {
                if (c == '\\' && open == '"')
                {
                    i++;
                }
                else if (c == open)
                {
                    quote = null;
                }
            }
            else if (c == '"' || (yaml && c == '\'' && (i == 0 || line[i - 1] is ' ' or ':' or '[' or '{' or ',')))
            {
                quote = c;
            }
            else if ((c == '#' && (!yaml || i == 0 || line[i - 1] == ' ')) || (!yaml && c == '/' && i + 1 < line.Length && line[i + 1] == '/'))
            {
                var start = c == '#' ? i + 1 : i + 2;
                return (line[..i], line[start..].TrimEnd());
            }
        }

        return (line, null);
    }

    /// <summary>The declaration a DSL line at column 1 starts: its kind and name.</summary>
    private static string? DslKey(string code)
    {
        var words = code.Trim().Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        switch (words[0])
        {
            case "rubric":
                return "header";
            case "score":
                return words[0];
            case "classification":
                return words.Length > 1 && !words[1].StartsWith('#') ? RubricComments.Key("classification", words[1]) : words[0];
            case "exclude":
                return "exclusion";
            case "example":
                var open = code.IndexOf('"', StringComparison.Ordinal);
                var close = open < 0 ? -1 : code.IndexOf('"', open + 1);
                return close > open ? RubricComments.Key("example", code[(open + 1)..close]) : null;
            case var kind when DslKinds.Contains(kind) && words.Length > 1:
                var name = new string([.. words[1].TakeWhile(c => char.IsLetterOrDigit(c) || c == '_')]);
                return RubricComments.Key(kind switch { "gate" => "criterion", "warning" => "note", _ => kind }, name);
            default:
                return null;
        }
    }

    /// <summary>The key of a YAML mapping line (<c>key:</c> or <c>"key":</c>), quotes removed; null for other lines.</summary>
    private static string? YamlKey(string code)
    {
        var trimmed = code.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('-'))
        {
            return null;
        }

        if (trimmed[0] is '"' or '\'')
        {
            var close = trimmed.IndexOf(trimmed[0], 1);
            return close > 0 && close + 1 < trimmed.Length && trimmed[close + 1] == ':' ? trimmed[1..close] : null;
        }

        var colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
        var key = colon >= 0 ? trimmed[..colon] : trimmed.EndsWith(':') ? trimmed[..^1] : null;
        return key?.TrimEnd();
    }
}
