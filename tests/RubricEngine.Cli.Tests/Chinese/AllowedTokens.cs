using System.Text.Json;
using System.Text.RegularExpressions;
using RubricEngine.Language;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Units;

namespace RubricEngine.Cli.Tests.Chinese;

/// <summary>
/// What a Chinese output may show in Latin letters, for one rubric and its dossiers: the rubric's names (its
/// canonical text without English texts, comments or keywords of the language), the words of its Chinese labels,
/// citations and source, unit symbols, and phrases taken as written: the dossiers' own data (ids, documents,
/// verifiers, CSV cells) and the conditions as the rubric wrote them (from the decision JSON).
/// </summary>
internal sealed partial class AllowedTokens
{
    // A short list beyond the rubric and its data: the standards' own abbreviations inside Chinese labels come
    // from the rubric's zh texts, so only these remain.
    private static readonly string[] Fixed = ["ISO"];

    private readonly List<string> _phrases = [];

    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    public static AllowedTokens For(string rubricPath, IEnumerable<string> dossierFiles) => For([rubricPath], dossierFiles);

    /// <summary>The tokens of several rubrics (the versions an impact report compares) over the same dossiers.</summary>
    public static AllowedTokens For(IEnumerable<string> rubricPaths, IEnumerable<string> dossierFiles)
    {
        var allowed = new AllowedTokens();
        foreach (var rubricPath in rubricPaths)
        {
            var loaded = RubricLoader.LoadFile(Path.Combine(CliRunner.RepositoryRoot, rubricPath));
            allowed.AddRubric(loaded.Value ?? throw new InvalidOperationException($"{rubricPath} does not load."));
            allowed.AddPhrase(rubricPath);
        }

        foreach (var file in dossierFiles)
        {
            allowed.AddDossier(Path.Combine(CliRunner.RepositoryRoot, file));
        }

        allowed.Words.UnionWith(Fixed);
        allowed.Words.UnionWith(UnitCatalog.Symbols.SelectMany(EnglishScanner.Words));
        return allowed;
    }

    /// <summary>The conditions and other phrases of a decision JSON array that are shown as the rubric wrote them.</summary>
    public void AddConditions(string decisionsJson)
    {
        using var document = JsonDocument.Parse(decisionsJson);
        Collect(document.RootElement);
    }

    /// <summary>
    /// The wording of the edits of an impact or diff JSON as the rubric language writes them (names, conditions,
    /// thresholds), and the dossiers' locations (file paths). A text edit's wording (<c>en "..." zh "..."</c>) is
    /// not taken: a Chinese report shows its Chinese text, whose words the rubric's labels already allow.
    /// </summary>
    public void AddEdits(string impactJson)
    {
        using var document = JsonDocument.Parse(impactJson);
        foreach (var edit in document.RootElement.GetProperty("edits").EnumerateArray())
        {
            Words.Add(edit.GetProperty("name").GetString()!);
            foreach (var side in new[] { "old", "new" })
            {
                if (edit.TryGetProperty(side, out var wording) && wording.GetString() is { } text && !LanguageTexts().IsMatch(text))
                {
                    AddPhrase(text);
                }
            }
        }

        // A diff's JSON has no changed dossiers; an impact's names where each one is.
        var changes = document.RootElement.TryGetProperty("changes", out var changed) ? changed.EnumerateArray().ToList() : [];
        foreach (var change in changes)
        {
            AddPhrase(change.GetProperty("location").GetString()!);
        }
    }

    /// <summary>
    /// The text with every allowed phrase blanked where it stands as a whole (not inside a longer name or number),
    /// longest first, so a phrase inside another goes with it.
    /// </summary>
    public string WithoutPhrases(string text)
    {
        _pattern ??= new Regex(
            @"(?<![A-Za-z0-9_])(?:" + string.Join("|", _phrases.Distinct().OrderByDescending(p => p.Length).Select(Regex.Escape)) + @")(?![A-Za-z0-9_])",
            RegexOptions.CultureInvariant);
        return _phrases.Count == 0 ? text : _pattern.Replace(text, " ");
    }

    private Regex? _pattern;

    /// <summary>A phrase an output shows as data, as it stands (a path, an id, a host name).</summary>
    public void AddData(string phrase) => AddPhrase(phrase);

    private void AddPhrase(string phrase)
    {
        // Only text with Latin letters matters; a bare number or a Chinese cell would blank digits of hashes.
        if (phrase.Any(char.IsAsciiLetter))
        {
            _phrases.Add(phrase.Trim());
            _pattern = null;
        }
    }

    private void AddRubric(Rubric rubric)
    {
        var dsl = RubricFormatter.Format(rubric);
        var code = EnglishText().Replace(Comment().Replace(dsl, string.Empty), " ");
        var keywords = Keywords();
        Words.UnionWith(EnglishScanner.Words(StringLiteral().Replace(code, " ")).Where(w => !keywords.Contains(w)));
        // Chinese labels, citations and the source: their Latin words are the rubric's (TRL, Annex I, ...).
        Words.UnionWith(StringLiteral().Matches(code).SelectMany(m => EnglishScanner.Words(m.Value)));
        // Evidence requirements as the rubric wrote them ("method "ISO 14067:2018" or ..."), which a detail quotes.
        foreach (Match requirement in Requirement().Matches(Comment().Replace(dsl, string.Empty)))
        {
            AddPhrase(requirement.Groups["text"].Value.Trim());
        }

        foreach (var declared in rubric.UnitScope.Declared.Keys)
        {
            Words.UnionWith(EnglishScanner.Words(declared));
        }
    }

    private void AddDossier(string path)
    {
        var text = File.ReadAllText(path);
        if (path.EndsWith(".csv", StringComparison.Ordinal))
        {
            foreach (var cell in text.Split('\n').SelectMany(l => l.TrimEnd('\r').Split(',')))
            {
                AddPhrase(cell);
            }

            return;
        }

        foreach (var line in text.Split('\n').Select(l => Comment().Replace(l, string.Empty)))
        {
            foreach (var quoted in StringLiteral().Matches(line).Select(m => m.Groups["text"].Value))
            {
                AddPhrase(quoted);
            }

            // Unquoted values that are more than a name (ids such as E07-hydro-conflicting-lca): taken as written.
            foreach (var plain in PlainValue().Matches(line).Select(m => m.Groups["value"].Value.Trim()))
            {
                if (!Name().IsMatch(plain))
                {
                    AddPhrase(plain);
                }
                else if (plain is not ("true" or "false"))
                {
                    Words.Add(plain); // the dossier's own names: evidence ids, enumerated values
                }
            }
        }
    }

    private void Collect(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "condition" or "threshold" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        // The condition, and each side of a comparison in it, which the trace shows with its value.
                        var condition = property.Value.GetString()!;
                        AddPhrase(condition);
                        foreach (var side in Comparison().Split(condition))
                        {
                            AddPhrase(side);
                        }
                    }

                    // A trace step's rule after its kind: a name, or a cohort figure's expression as written.
                    if (property.Name == "rule" && property.Value.GetString() is { } rule && rule.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
                    {
                        AddPhrase(rule[(colon + 1)..]);
                    }

                    Collect(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item);
                }

                break;
        }
    }

    // The words of the rubric language: every terminal of the grammar and the reserved words (docs/grammar.md).
    private static HashSet<string> Keywords()
    {
        var grammar = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "grammar.md"));
        return Terminal().Matches(grammar).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@" (?:<=|>=|<|>|=|!=) ", RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    // Evidence requirements and the conditions of criteria, gates, tiers and notes, to the end of their line.
    [GeneratedRegex(@"(?m)\b(?:requires|when) (?<text>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Requirement();

    [GeneratedRegex(@"""([a-z]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex Terminal();

    [GeneratedRegex(@"(?m)(^|\s)#.*$", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\ben\s+""(?:[^""\\]|\\.)*""", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishText();

    // A text in languages as a diff words it: en "Wind" zh "风电".
    [GeneratedRegex(@"^(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)* ""(?:[^""\\]|\\.)*"" ?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTexts();

    [GeneratedRegex(@"""(?<text>(?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?:^|[{,]\s*|-\s+)[A-Za-z_][A-Za-z0-9_]*:\s+(?<value>[^""{},\[\]#][^,{}\[\]#]*)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainValue();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$|^[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
