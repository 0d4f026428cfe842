using RubricEngine.Language.Formatting;

namespace RubricEngine.Language;

/// <summary>
/// The comments of a rubric file, each kept with the declaration it belongs to, so that <c>rubric fmt</c> and
/// <c>rubric convert</c> write them back (comments are not part of the model: the rubric's hash and decisions
/// do not depend on them). A comment belongs to the declaration that follows it, or to the one it sits in
/// (between its clauses, or after code on the same line); it is written back just before that declaration,
/// as <c># text</c>. Comments after the last declaration stay at the end.
/// </summary>
public sealed class RubricComments
{
    /// <summary>The key of comments after the last declaration.</summary>
    internal const string EndKey = "end";

    private readonly Dictionary<string, List<string>> _byDeclaration = new(StringComparer.Ordinal);

    /// <summary>No comments.</summary>
    public static RubricComments None { get; } = new();

    /// <summary>How many comment lines are kept.</summary>
    public int Count => _byDeclaration.Values.Sum(l => l.Count);

    /// <summary>Reads the comments of a rubric text, DSL or YAML by the path's extension.</summary>
    /// <param name="path">The file's path (only its extension is used).</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The comments by declaration.</returns>
    public static RubricComments Read(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var yaml = Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml";
        return yaml ? CommentScanner.ReadYaml(text) : CommentScanner.ReadDsl(text);
    }

    /// <summary>The declaration keys that have comments, ordinal order.</summary>
    internal IEnumerable<string> Keys => _byDeclaration.Keys.Order(StringComparer.Ordinal);

    /// <summary>The comment texts (without the marker) kept for a declaration key such as <c>input:capacity</c>.</summary>
    internal IReadOnlyList<string> For(string key) => _byDeclaration.TryGetValue(key, out var lines) ? lines : [];

    internal void Add(string key, string comment)
    {
        if (!_byDeclaration.TryGetValue(key, out var lines))
        {
            _byDeclaration[key] = lines = [];
        }

        lines.Add(comment);
    }

    /// <summary>The key of a declaration: <c>header</c>, <c>score</c>, <c>classification</c>, or kind and name.</summary>
    internal static string Key(string kind, string? name) => name is null ? kind : kind + ":" + name;
}
