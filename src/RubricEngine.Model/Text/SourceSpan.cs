namespace RubricEngine.Model.Text;

/// <summary>
/// A region of a source file: a rubric, a YAML document or a dossier. Lines and columns are 1-based.
/// Spans locate elements for diagnostics; they are not part of an element's meaning, so model
/// comparisons ignore them.
/// </summary>
/// <param name="Path">The file path as the user gave it, or a pseudo-name such as <c>&lt;input&gt;</c>.</param>
/// <param name="Line">The 1-based line of the first character.</param>
/// <param name="Column">The 1-based column of the first character.</param>
/// <param name="EndLine">The 1-based line just after the span ends.</param>
/// <param name="EndColumn">The 1-based column just after the span ends.</param>
public readonly record struct SourceSpan(string Path, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span for elements built in code, with no source text.</summary>
    public static SourceSpan None { get; } = new(string.Empty, 0, 0, 0, 0);

    /// <summary>True when the span points into a real source text.</summary>
    public bool HasLocation => Line > 0;

    /// <summary>A zero-width span at one position.</summary>
    public static SourceSpan At(string path, int line, int column) => new(path, line, column, line, column);

    /// <summary>The smallest span that covers both spans (same file).</summary>
    public SourceSpan Through(SourceSpan end) => new(Path, Line, Column, end.EndLine, end.EndColumn);

    /// <summary>Formats as <c>path(line,col)</c>, the prefix of a diagnostic line.</summary>
    public override string ToString() =>
        HasLocation
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path}({Line},{Column})")
            : Path;
}
