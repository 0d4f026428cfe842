using Sprache;

namespace RubricEngine.Language.Parsing;

/// <summary>
/// Sprache input over one declaration of a rubric text: positions are offsets in the whole text, so spans
/// carry true lines and the path, and the input ends where the next declaration starts.
/// </summary>
internal sealed class ChunkInput : IInput
{
    private IDictionary<object, object>? _memos;

    public ChunkInput(SourceText text, int position, int end)
    {
        Text = text;
        Position = position;
        End = end;
    }

    public SourceText Text { get; }

    /// <summary>The offset just after the last character of the chunk.</summary>
    public int End { get; }

    public string Source => Text.Text;

    public char Current => AtEnd ? '\0' : Text.Text[Position];

    public bool AtEnd => Position >= End;

    public int Position { get; }

    public int Line => Text.Position(Position).Line;

    public int Column => Text.Position(Position).Column;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance() =>
        AtEnd ? throw new InvalidOperationException("Cannot advance past the end of the chunk.") : new ChunkInput(Text, Position + 1, End);

    /// <summary>The same chunk at another offset.</summary>
    public ChunkInput At(int position) => new(Text, Math.Min(position, End), End);

    public bool Equals(IInput? other) =>
        other is ChunkInput chunk && ReferenceEquals(chunk.Text, Text) && chunk.Position == Position && chunk.End == End;

    public override bool Equals(object? obj) => Equals(obj as IInput);

    public override int GetHashCode() => HashCode.Combine(Position, End);
}
