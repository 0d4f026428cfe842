using System.CommandLine;
using System.CommandLine.Parsing;

namespace RubricEngine.Cli.Arguments;

/// <summary>
/// Turns a failed parse into one line: the command it concerns, the first problem (an unknown word first,
/// with a did-you-mean), and where that command's help is.
/// </summary>
internal static class UsageError
{
    /// <summary>The usage error of a parse, or null when the command line is fine.</summary>
    public static string? Find(ParseResult parsed, UsageWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var unknown = parsed.UnmatchedTokens.Count > 0 ? parsed.UnmatchedTokens[0] : StrayOption(parsed.CommandResult);
        if (unknown is null && parsed.Errors.Count == 0)
        {
            return null;
        }

        var command = parsed.CommandResult.Command;
        var name = CommandPath(parsed.CommandResult);
        var problem = unknown is not null ? Unknown(command, unknown, words) : Sentence(parsed.Errors[0], words);
        return words.Line(name, problem);
    }

    /// <summary>
    /// A command that takes file arguments swallows a mistyped option ('test --formt') as a file name; a
    /// value that looks like an option and names no file is reported as the unknown option it is.
    /// </summary>
    private static string? StrayOption(CommandResult result) =>
        result.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .FirstOrDefault(v => v.Length > 1 && v.StartsWith('-') && !File.Exists(v) && !Directory.Exists(v));

    private static string Unknown(Command command, string token, UsageWords words)
    {
        if (token.StartsWith('-') && token.Length > 1)
        {
            var options = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Append("--help");
            return words.UnknownOption(token, Suggest(token, options, words));
        }

        if (command.Subcommands.Count > 0)
        {
            return words.UnknownCommand(token, Suggest(token, command.Subcommands.Select(c => c.Name), words));
        }

        return words.UnexpectedArgument(token);
    }

    private static string Suggest(string token, IEnumerable<string> candidates, UsageWords words) =>
        DidYouMean.Closest(token, candidates) is { } closest ? words.DidYouMean(closest) : string.Empty;

    /// <summary>One sentence from a parser message, naming the option it concerns.</summary>
    private static string Sentence(ParseError error, UsageWords words) =>
        words.ParserMessage(error.Message, (error.SymbolResult as OptionResult ?? error.SymbolResult?.Parent as OptionResult)?.Option.Name);

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is CommandResult command && command.Parent is not null; current = command.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        names.Insert(0, "rubric");
        return string.Join(' ', names);
    }
}
