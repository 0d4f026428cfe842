using RubricEngine.Model.Text;
using Scriban;
using Scriban.Runtime;

namespace RubricEngine.Explain.Templates;

/// <summary>
/// Scriban's built-in functions as the sandbox offers them: without those that evaluate text as a template
/// or script (<c>object.eval</c>, <c>object.eval_template</c>: a second, unchecked way in), and without those
/// that make output vary between runs (<c>date.now</c>, <c>date.utc_now</c>, <c>math.random</c>,
/// <c>math.uuid</c>), since explanations must be deterministic. Adds <c>md.code</c> for Markdown code spans; <c>html.escape</c> also neutralises controls.
/// </summary>
internal static class SandboxBuiltins
{
    /// <summary>The removed functions, as <c>object.member</c>.</summary>
    public static IReadOnlyList<(string Object, string Member)> Removed { get; } =
    [
        ("object", "eval"), ("object", "eval_template"),
        ("date", "now"), ("date", "utc_now"),
        ("math", "random"), ("math", "uuid"),
    ];

    public static ScriptObject Create()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        foreach (var (name, member) in Removed)
        {
            if (builtins[name] is ScriptObject functions)
            {
                functions.Remove(member);
            }
        }

        // html.escape as Scriban has it, plus controls neutralised, and marked as escaped so the HTML
        // escaping of the output does not escape it twice.
        if (builtins["html"] is ScriptObject html)
        {
            html.Remove("escape");
            html.Import("escape", new Func<string?, TrustedText?>(value => value is null ? null : new TrustedText(HtmlText(value))));
        }

        var markdown = new ScriptObject();
        markdown.Import("code", new Func<object?, TrustedText>(value => MarkdownCode(value?.ToString() ?? string.Empty)));
        builtins.SetValue("md", markdown, readOnly: true);
        return builtins;
    }

    /// <summary>HTML text: entities for markup characters, control and bidi characters escaped.</summary>
    public static string HtmlText(string value) => System.Net.WebUtility.HtmlEncode(DisplayText.Escape(value, keepLineBreaks: true));

    /// <summary>
    /// A Markdown code span holding the text literally: fenced by one more backtick than the longest run in
    /// it, so no data can close it early; line breaks and controls escaped so it stays on its line.
    /// </summary>
    public static TrustedText MarkdownCode(string value)
    {
        var text = DisplayText.Escape(value);
        if (text.Length == 0)
        {
            return new TrustedText(string.Empty);
        }

        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = text[0] == '`' || text[^1] == '`' ? " " : string.Empty;
        return new TrustedText(fence + pad + text + pad + fence);
    }
}

/// <summary>Text a sandbox function has already made safe for the output format; the sandbox writes it as is.</summary>
internal sealed record TrustedText(string Text)
{
    public override string ToString() => Text;
}
