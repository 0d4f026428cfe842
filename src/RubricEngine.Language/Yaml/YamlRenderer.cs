using System.Text;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// Renders a <see cref="YamlOut"/> document as block YAML: two-space indents, sequences indented under their key,
/// a blank line before each top-level section, no line folding, LF line ends. The same document always renders
/// to the same bytes, so generated rubrics diff cleanly.
/// </summary>
internal sealed class YamlRenderer
{
    private readonly StringBuilder _text = new();

    /// <summary>Renders the document, with a blank line before each key of <paramref name="sections"/> but the first.</summary>
    public static string Render(OutMap document, IReadOnlySet<string> sections)
    {
        var renderer = new YamlRenderer();
        foreach (var (key, value) in document.Entries)
        {
            if (renderer._text.Length > 0 && sections.Contains(key))
            {
                renderer._text.Append('\n');
            }

            renderer.Comments(string.Empty, document, key);
            renderer.Entry(string.Empty, 0, key, value);
        }

        if (document.Comments.TryGetValue(string.Empty, out var end))
        {
            renderer._text.Append('\n');
            renderer.Comments(string.Empty, end);
        }

        return renderer._text.ToString();
    }

    /// <summary>Writes <c>key: value</c> after <paramref name="lead"/>; nested content goes at <paramref name="indent"/> + 2.</summary>
    private void Entry(string lead, int indent, string key, YamlOut value)
    {
        _text.Append(lead).Append(YamlQuoting.Key(key)).Append(':');
        if (IsBlock(value))
        {
            _text.Append('\n');
            Block(indent + 2, value);
        }
        else
        {
            _text.Append(' ').Append(Inline(value)).Append('\n');
        }
    }

    private void Block(int indent, YamlOut value)
    {
        var pad = new string(' ', indent);
        if (value is OutMap map)
        {
            foreach (var (key, item) in map.Entries)
            {
                Comments(pad, map, key);
                Entry(pad, indent, key, item);
            }

            return;
        }

        foreach (var item in ((OutList)value).Items)
        {
            if (item is OutMap { Flow: false, Entries.Count: > 0 } itemMap)
            {
                // "- key: value" with the other keys aligned under the first.
                var lead = pad + "- ";
                foreach (var (key, entry) in itemMap.Entries)
                {
                    Entry(lead, indent + 2, key, entry);
                    lead = pad + "  ";
                }
            }
            else
            {
                _text.Append(pad).Append("- ").Append(Inline(item)).Append('\n');
            }
        }
    }

    private void Comments(string pad, OutMap map, string key)
    {
        if (map.Comments.TryGetValue(key, out var lines))
        {
            Comments(pad, lines);
        }
    }

    private void Comments(string pad, IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            _text.Append(pad).Append('#').Append(line).Append('\n');
        }
    }

    private static bool IsBlock(YamlOut value) => value switch
    {
        OutMap map => !map.Flow && map.Entries.Count > 0,
        OutList list => !list.Flow && list.Items.Count > 0,
        _ => false,
    };

    /// <summary>A scalar, or a collection on one line: <c>[a, b]</c>, <c>{a: 1}</c>, <c>{}</c>.</summary>
    private static string Inline(YamlOut value, bool inFlow = false) => value switch
    {
        OutScalar scalar => YamlQuoting.Scalar(scalar.Text, scalar.Kind, inFlow),
        OutNull => "null",
        OutMap map => "{" + string.Join(", ", map.Entries.Select(e => YamlQuoting.Key(e.Key, inFlow: true) + ": " + Inline(e.Value, true))) + "}",
        OutList list => "[" + string.Join(", ", list.Items.Select(i => Inline(i, true))) + "]",
        _ => throw new InvalidOperationException("Unknown YAML output node."),
    };
}
