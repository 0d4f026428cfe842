namespace RubricEngine.Language.Yaml;

/// <summary>
/// The document the writer builds before rendering it: the rubric form's shapes only, in the order they are
/// written. Building first and rendering second keeps layout rules in one place (<see cref="YamlRenderer"/>).
/// </summary>
internal abstract record YamlOut;

/// <summary>A scalar. Plain when YAML allows it; <paramref name="Quoted"/> forces quotes where they carry meaning (text values).</summary>
/// <param name="Text">The value.</param>
/// <param name="Quoted">True to always double-quote.</param>
internal sealed record OutScalar(string Text, bool Quoted = false) : YamlOut;

/// <summary>A mapping; <paramref name="Flow"/> writes it on one line, as <c>{a: 1, b: 2}</c>.</summary>
/// <param name="Flow">True to write on one line.</param>
internal sealed record OutMap(bool Flow = false) : YamlOut
{
    public List<KeyValuePair<string, YamlOut>> Entries { get; } = [];

    /// <summary>Adds an entry unless its value is null, so optional clauses simply vanish.</summary>
    public OutMap Add(string key, YamlOut? value)
    {
        if (value is not null)
        {
            Entries.Add(KeyValuePair.Create(key, value));
        }

        return this;
    }

    public OutMap Add(string key, string? value) => Add(key, value is null ? null : new OutScalar(value));
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
