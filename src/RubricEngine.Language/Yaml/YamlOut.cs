namespace RubricEngine.Language.Yaml;

/// <summary>
/// The document the writer builds before rendering it: the rubric form's shapes only, in the order they are
/// written. Building first and rendering second keeps layout rules in one place (<see cref="YamlRenderer"/>).
/// </summary>
internal abstract record YamlOut;

/// <summary>How a scalar may be written.</summary>
internal enum ScalarKind
{
    /// <summary>A name, number, date or expression: plain whenever YAML's syntax allows.</summary>
    Literal,

    /// <summary>Free text: also quoted when a generic YAML tool would read it as a number, boolean, date or null.</summary>
    Text,

    /// <summary>A given text value: always quoted, because there a quoted scalar is what marks text.</summary>
    QuotedText,
}

/// <summary>A scalar, written plain or double-quoted according to its kind.</summary>
/// <param name="Text">The value.</param>
/// <param name="Kind">How it may be written.</param>
internal sealed record OutScalar(string Text, ScalarKind Kind = ScalarKind.Literal) : YamlOut;

/// <summary>YAML's null, written <c>null</c>: an empty table cell.</summary>
internal sealed record OutNull : YamlOut
{
    public static OutNull Instance { get; } = new();
}

/// <summary>A mapping; <paramref name="Flow"/> writes it on one line, as <c>{a: 1, b: 2}</c>.</summary>
/// <param name="Flow">True to write on one line.</param>
internal sealed record OutMap(bool Flow = false) : YamlOut
{
    public List<KeyValuePair<string, YamlOut>> Entries { get; } = [];

    /// <summary>Comment lines (text after <c>#</c>) written just before an entry's key.</summary>
    public Dictionary<string, IReadOnlyList<string>> Comments { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds an entry unless its value is null, so optional clauses simply vanish.</summary>
    public OutMap Add(string key, YamlOut? value)
    {
        if (value is not null)
        {
            Entries.Add(KeyValuePair.Create(key, value));
        }

        return this;
    }

    /// <summary>Adds a free text, unless it is null.</summary>
    public OutMap Add(string key, string? text) => Add(key, text is null ? null : new OutScalar(text, ScalarKind.Text));
}

/// <summary>A sequence; <paramref name="Flow"/> writes it on one line, as <c>[a, b]</c>.</summary>
/// <param name="Flow">True to write on one line.</param>
internal sealed record OutList(bool Flow = false) : YamlOut
{
    public List<YamlOut> Items { get; } = [];

    public OutList Add(YamlOut item)
    {
        Items.Add(item);
        return this;
    }
}
