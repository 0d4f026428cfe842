using System.Text;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Turns byte offsets of a UTF-8 text into 1-based line and column spans. Columns are counted onward from the
/// previous offset asked for, not from the start of the line, so a reader that asks in text order (as the JSON
/// reader does) pays once per byte: a minified file of 8,000 dossiers on one line stays linear.
/// </summary>
internal sealed class LineIndex
{
    private readonly byte[] _text;
    private readonly List<int> _lineStarts = [0];
    private readonly string _path;
    private readonly int _firstLine;
    private readonly bool _ascii; // then a column is a byte count: nothing to decode
    private int _lastOffset;
    private int _lastLine;
    private int _lastColumn = 1;

    /// <param name="text">The UTF-8 bytes.</param>
    /// <param name="path">The file path for spans.</param>
    /// <param name="firstLine">The line number of the first byte (for one line of a JSON Lines file).</param>
    public LineIndex(byte[] text, string path, int firstLine = 1)
    {
        _text = text;
        _path = path;
        _firstLine = firstLine;
        _ascii = System.Text.Ascii.IsValid(text);
        var at = 0;
        while ((at = Array.IndexOf(text, (byte)'\n', at)) >= 0)
        {
            _lineStarts.Add(++at);
        }
    }

    /// <summary>The bytes decoded to count columns so far: the work of this index, which tests check stays linear.</summary>
    internal long BytesCounted { get; private set; }

    public SourceSpan At(long offset)
    {
        var target = (int)Math.Clamp(offset, 0, _text.Length);
        var line = 0;
        if (_lineStarts.Count > 1) // one line of a JSON Lines file has a single start
        {
            var index = _lineStarts.BinarySearch(target);
            line = index >= 0 ? index : ~index - 1;
        }

        var start = _lineStarts[line];
        // Onward from the last offset when it is on this line and not past the target; else from the line start.
        var (from, column) = line == _lastLine && _lastOffset <= target ? (_lastOffset, _lastColumn) : (start, 1);
        column += _ascii ? target - from : Encoding.UTF8.GetCharCount(_text, from, target - from);
        BytesCounted += target - from;
        (_lastOffset, _lastLine, _lastColumn) = (target, line, column);
        return SourceSpan.At(_path, line + _firstLine, column);
    }

    public SourceSpan Between(SourceSpan from, long end)
    {
        var to = At(end);
        return new SourceSpan(_path, from.Line, from.Column, to.Line, to.Column);
    }
}
