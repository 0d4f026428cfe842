namespace RubricEngine.Explain;

/// <summary>The output formats of the built-in explanation templates.</summary>
public enum ExplanationFormat
{
    /// <summary>Markdown (<c>explain.LANG.md</c>).</summary>
    Markdown,

    /// <summary>A standalone HTML page (<c>explain.LANG.html</c>); all data is escaped.</summary>
    Html,

    /// <summary>Plain text (<c>explain.LANG.txt</c>).</summary>
    Text,
}
