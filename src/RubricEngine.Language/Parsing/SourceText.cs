using RubricEngine.Model.Text;

namespace RubricEngine.Language.Parsing;

/// <summary>A rubric text with its path and line table, so any offset becomes a line and column cheaply.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string Path { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The offset where a 1-based line starts.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>The 1-based line and column of an offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The span between two offsets.</summary>
    public SourceSpan Span(int start, int end)
    {
        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(Math.Max(start, end));
        return new SourceSpan(Path, line, column, endLine, endColumn);
    }
}
