namespace RubricEngine.Language.Yaml;

/// <summary>
/// YamlDotNet's scanner slows down quadratically with the depth of flow collections (<c>[[[[...</c>), so text
/// nested far beyond anything a rubric needs is refused before it reaches the scanner. The scan is rough (it
/// skips quotes and comments, not every YAML subtlety), which is why its limit sits well above the tree
/// reader's exact one: only absurd text can trip it.
/// </summary>
internal static class YamlFlowDepthGuard
{
    internal const int Limit = 4 * YamlTreeReader.MaxDepth;

    /// <summary>The offset where flow nesting first exceeds the limit, or -1.</summary>
    public static int FindTooDeep(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[' or '{':
                    if (++depth > Limit)
                    {
                        return i;
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '"' or '\'':
                    i = SkipQuoted(text, i);
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    var end = text.IndexOf('\n', i);
                    i = end < 0 ? text.Length : end;
                    break;
            }
        }

        return -1;
    }

    private static int SkipQuoted(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return text.Length;
    }
}
