using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using RubricEngine.Language.Binding;
using RubricEngine.Language.Parsing;
using RubricEngine.Language.Yaml;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Tests.Yaml;

/// <summary>Loads rubrics through each front end and the shared binder, as the language's entry point does.</summary>
internal static class YamlTestSupport
{
    public static (Rubric? Rubric, ImmutableArray<Diagnostic> Diagnostics) LoadYaml(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var syntax = YamlLoader.Load(path, text, diagnostics);
        var rubric = Binder.Bind(syntax, diagnostics);
        return (rubric, diagnostics.ToImmutableSorted());
    }

    public static (Rubric? Rubric, ImmutableArray<Diagnostic> Diagnostics) LoadDsl(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var syntax = DslParser.Parse(path, text, diagnostics);
        var rubric = Binder.Bind(syntax, diagnostics);
        return (rubric, diagnostics.ToImmutableSorted());
    }

    /// <summary>Loads a rubric that must have no errors, failing with its diagnostics otherwise.</summary>
    public static Rubric Valid((Rubric? Rubric, ImmutableArray<Diagnostic> Diagnostics) result)
    {
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.True(result.Rubric is not null && errors.Count == 0, string.Join("\n", errors));
        return result.Rubric!;
    }

    public static string[] ErrorLines(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.IsError).Select(d => d.ToString())];

    /// <summary>This folder in the source tree; test data is read from here, so the project file needs no copy rules.</summary>
    public static string SourceDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    /// <summary>The repository root, found from this file's location.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(SourceDirectory());
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RubricEngine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RubricEngine.sln not found above the tests.");
    }

    public static string Sample(string name) => File.ReadAllText(Path.Combine(SourceDirectory(), "Samples", name));
}
