using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;

namespace RubricEngine.Cli.Arguments;

/// <summary>
/// Chinese help. The descriptions come from the command tree, built in the language of the command line; what
/// System.CommandLine 2.0.0 writes itself (section headers, "(REQUIRED)", "[default: …]", the usage line's
/// placeholders) has no hook and cannot follow a culture in invariant globalization, so its known words are
/// translated in the written text.
/// </summary>
internal static partial class HelpWords
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.Ordinal)
    {
        ["Description:"] = "说明：",
        ["Usage:"] = "用法：",
        ["Options:"] = "选项：",
        ["Commands:"] = "命令：",
        ["Arguments:"] = "参数：",
    };

    /// <summary>True when <paramref name="args"/> ask for help (<c>--help</c>, <c>-h</c>, <c>-?</c>).</summary>
    public static bool AsksForHelp(IReadOnlyList<string> args) => args.Any(a => a is "--help" or "-h" or "-?");

    /// <summary>
    /// The arguments without <c>--lang zh</c>: help is asked of every command, and those without <c>--lang</c>
    /// would otherwise reject it; the language has already been read.
    /// </summary>
    public static string[] WithoutLanguage(IReadOnlyList<string> args)
    {
        var kept = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var request = UsageWords.ChineseRequestAt(args, i);
            if (request == 0)
            {
                kept.Add(args[i]);
            }
            else
            {
                i += request - 1;
            }
        }

        return [.. kept];
    }

    /// <summary>Gives the built-in help and version options their descriptions in the language of <paramref name="words"/>.</summary>
    public static void Describe(RootCommand root, UsageWords words)
    {
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => words.Of("Show help and usage information", "显示帮助和用法信息"),
                VersionOption => words.Of("Show version information", "显示版本信息"),
                _ => option.Description,
            };
        }
    }

    /// <summary>The parser's own words of a help text in Chinese, line by line; the layout's columns kept.</summary>
    public static string Chinese(string help)
    {
        var lines = help.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var ending = lines[i][line.Length..];
            if (Headers.TryGetValue(line, out var header))
            {
                lines[i] = header + ending;
                continue;
            }

            // "(REQUIRED)" fills 10 columns: the full-width "（必需）" fills 8, and two spaces keep the column.
            line = line.Replace("(REQUIRED)", "（必需）  ", StringComparison.Ordinal);
            line = DefaultValue().Replace(line, "（默认：${value}）");
            line = line.Replace(" [command] [options]", " [命令] [选项]", StringComparison.Ordinal)
                .Replace(" [options]", " [选项]", StringComparison.Ordinal)
                .Replace(" [command]", " [命令]", StringComparison.Ordinal);
            lines[i] = line + ending;
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@" ?\[default: (?<value>[^\]]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex DefaultValue();
}
