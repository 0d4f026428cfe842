using System.CommandLine;

namespace RubricEngine.Cli.Tests;

/// <summary>The real command tree, as <c>CommandLine.Run</c> builds it, for tests that go over every command.</summary>
internal static class CommandTree
{
    /// <summary>The tree in English, writing nowhere.</summary>
    public static RootCommand Build() => CommandLine.Build(new CliConsole(TextWriter.Null, TextWriter.Null));

    /// <summary>Every command of the tree with its path of names (the root's path is empty), depth first.</summary>
    public static IEnumerable<(string[] Path, Command Command)> Walk(Command command) => Walk(command, []);

    private static IEnumerable<(string[] Path, Command Command)> Walk(Command command, string[] path)
    {
        yield return (path, command);
        foreach (var sub in command.Subcommands)
        {
            foreach (var found in Walk(sub, [.. path, sub.Name]))
            {
                yield return found;
            }
        }
    }
}
