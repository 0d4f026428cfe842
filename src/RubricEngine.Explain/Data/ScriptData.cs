using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

/// <summary>
/// Builds the plain data templates see: script objects and arrays of strings, numbers and booleans only,
/// never live .NET objects, so a template has no member or method of ours to reach.
/// </summary>
internal static class ScriptData
{
    public static ScriptObject Object(params (string Key, object? Value)[] members)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in members)
        {
            result.SetValue(key, Check(value), readOnly: false);
        }

        return result;
    }

    public static ScriptArray Array<T>(IEnumerable<T> items, Func<T, object?> select)
    {
        var result = new ScriptArray();
        foreach (var item in items)
        {
            result.Add(Check(select(item)));
        }

        return result;
    }

    public static ScriptArray Strings(IEnumerable<string> items) => Array(items, s => s);

    // A guard against handing a template a live object by mistake: only plain data may pass.
    private static object? Check(object? value) => value switch
    {
        null or string or bool or int or ScriptObject or ScriptArray or Templates.TrustedText or LazyRows => value,
        _ => throw new ArgumentException($"Templates receive plain data only, not {value.GetType().Name}.", nameof(value)),
    };
}
