using System.Text.RegularExpressions;

namespace RubricEngine.Model.Text;

/// <summary>One <c>{name}</c> placeholder of a text: its name (trimmed, any script), where it starts and its length.</summary>
/// <param name="Name">The name between the braces, trimmed.</param>
/// <param name="Index">The index of the opening brace in the text.</param>
/// <param name="Length">The length from the opening to the closing brace, both included.</param>
public readonly record struct Placeholder(string Name, int Index, int Length);

/// <summary>
/// The one placeholder reader: the checker uses it to report an unknown name at its own position, the renderer
/// to fill each placeholder, so both agree on what a placeholder is (anything between braces, trimmed).
/// </summary>
public static partial class Placeholders
{
    /// <summary>The placeholders of a text, in order.</summary>
    public static IReadOnlyList<Placeholder> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Pattern().Matches(text).Select(m => new Placeholder(m.Groups[1].Value.Trim(), m.Index, m.Length))];
    }

    /// <summary>The text with each placeholder replaced by what <paramref name="fill"/> gives for its name.</summary>
    public static string Fill(string text, Func<string, string> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var read = Read(text);
        if (read.Count == 0)
        {
            return text;
        }

        var filled = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var placeholder in read)
        {
            filled.Append(text, at, placeholder.Index - at).Append(fill(placeholder.Name));
            at = placeholder.Index + placeholder.Length;
        }

        return filled.Append(text, at, text.Length - at).ToString();
    }

    [GeneratedRegex(@"\{([^{}]*)\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
