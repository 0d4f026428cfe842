namespace RubricEngine.Language.Parsing;

/// <summary>
/// Cuts a rubric text into declarations: each one starts at a line whose first character is not blank and
/// not a comment. Parsing one declaration at a time is what lets the parser recover after an error and
/// report every broken declaration, and it bounds how far any backtracking can go.
/// </summary>
internal static class DeclarationSplitter
{
    /// <summary>The [start, end) offsets of each piece; the first piece may be leading comments only.</summary>
    public static IEnumerable<(int Start, int End)> Split(SourceText source)
    {
        var starts = new List<int> { 0 };
        for (var line = 2; line <= source.LineCount; line++)
        {
            var offset = source.LineStart(line);
            if (StartsDeclaration(source.Text, offset))
            {
                starts.Add(offset);
            }
        }

        for (var i = 0; i < starts.Count; i++)
        {
            yield return (starts[i], i + 1 < starts.Count ? starts[i + 1] : source.Text.Length);
        }
    }

    private static bool StartsDeclaration(string text, int offset)
    {
        if (offset >= text.Length)
        {
            return false;
        }

        var c = text[offset];
        return !char.IsWhiteSpace(c) && c != '#' && !(c == '/' && offset + 1 < text.Length && text[offset + 1] == '/');
    }
}
