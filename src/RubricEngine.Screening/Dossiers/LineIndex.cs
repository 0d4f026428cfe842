using System.Text;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>Turns byte offsets of a UTF-8 text into 1-based line and column spans.</summary>
internal sealed class LineIndex
{
    private readonly byte[] _text;
    private readonly List<int> _lineStarts = [0];
    private readonly string _path;
    private readonly int _firstLine;

    /// <param name="text">The UTF-8 bytes.</param>
    /// <param name="path">The file path for spans.</param>
    /// <param name="firstLine">The line number of the first byte (for one line of a JSON Lines file).</param>
    public LineIndex(byte[] text, string path, int firstLine = 1)
    {
        _text = text;
        _path = path;
        _firstLine = firstLine;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public SourceSpan At(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(_text, start, (int)offset - start) + 1;
        return SourceSpan.At(_path, line + _firstLine, column);
    }

    public SourceSpan Between(long start, long end)
    {
        var from = At(start);
        var to = At(end);
        return new SourceSpan(_path, from.Line, from.Column, to.Line, to.Column);
    }
}
