using RubricEngine.Language.Parsing;
using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language;

/// <summary>Reads one rubric text into the shared syntax tree, reporting problems instead of throwing.</summary>
/// <param name="path">The path used in spans and diagnostics.</param>
/// <param name="text">The whole text.</param>
/// <param name="diagnostics">Where problems go.</param>
internal delegate RubricSyntax FrontEnd(string path, string text, DiagnosticBag diagnostics);

/// <summary>
/// The front ends by file extension. Both produce the same syntax tree; the same binder makes the model.
/// To add a form, map its extensions here. The YAML front end lives in <c>Yaml/</c> and is registered as
/// <c>[".yaml"] = YamlLoader.Load, [".yml"] = YamlLoader.Load</c>.
/// </summary>
internal static class FrontEnds
{
    public static IReadOnlyDictionary<string, FrontEnd> ByExtension { get; } = new Dictionary<string, FrontEnd>(StringComparer.OrdinalIgnoreCase)
    {
        [".rubric"] = DslParser.Parse,
        [".yaml"] = Yaml.YamlLoader.Load,
        [".yml"] = Yaml.YamlLoader.Load,
    };

    public static string Known => string.Join(", ", ByExtension.Keys);
}
