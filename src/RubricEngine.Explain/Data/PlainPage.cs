using System.Collections;
using RubricEngine.Explain.Templates;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

/// <summary>
/// Renders a built-in page template (such as the revision impact report) from plain data: dictionaries of
/// strings, numbers, booleans, lists and dictionaries, turned into the sandbox's script objects here, so a
/// caller outside this library never touches Scriban.
/// </summary>
internal static class PlainPage
{
    /// <summary>Renders <paramref name="name"/> (<c>templates/...</c>) as HTML, allowing <paramref name="loops"/> loop iterations.</summary>
    /// <exception cref="InvalidOperationException">The built-in template is missing or failed (a bug).</exception>
    public static string RenderHtml(string name, IReadOnlyDictionary<string, object?> data, int loops)
    {
        var template = TemplateCatalog.Parse(name) ?? throw new InvalidOperationException($"The built-in template '{name}' is not embedded.");
        var limits = new SandboxLimits(loops, 64, 0, TimeSpan.FromMinutes(10), MemoryLimit: 0);
        var result = template.Render(ToScript(data), limits, OutputEscaping.Html);
        return result.Value ?? throw new InvalidOperationException($"The built-in template '{name}' failed: " + string.Join("; ", result.Diagnostics));
    }

    private static ScriptObject ToScript(IReadOnlyDictionary<string, object?> map) =>
        ScriptData.Object([.. map.Select(kv => (kv.Key, Convert(kv.Value)))]);

    private static object? Convert(object? value) => value switch
    {
        null or string or bool or int => value,
        IReadOnlyDictionary<string, object?> map => ToScript(map),
        IEnumerable list => ScriptData.Array(list.Cast<object?>(), Convert),
        _ => throw new ArgumentException($"Page data holds plain values only, not {value.GetType().Name}.", nameof(value)),
    };
}
