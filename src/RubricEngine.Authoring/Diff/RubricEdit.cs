using RubricEngine.Model.Rubrics;

namespace RubricEngine.Authoring.Diff;

/// <summary>Whether an edit adds, removes or changes an element.</summary>
public enum EditKind
{
    /// <summary>The element is only in the new version.</summary>
    Added,

    /// <summary>The element is only in the old version.</summary>
    Removed,

    /// <summary>The element is in both, and one of its aspects differs.</summary>
    Changed,
}

/// <summary>
/// One edit between two versions of a rubric: an element (criterion, tier, indicator...) added, removed, or one
/// aspect of it (condition, threshold, weight, title...) changed, with the old and new wording as the rubric
/// language writes it. An edit can be applied alone to another rubric, which is how the impact analysis
/// attributes a changed decision to the edit that caused it.
/// </summary>
public sealed class RubricEdit
{
    private readonly Func<Rubric, Rubric> _apply;

    internal RubricEdit(EditKind kind, string element, string name, string aspect, string? old, string? @new, bool affectsDecisions, Func<Rubric, Rubric> apply)
    {
        Kind = kind;
        Element = element;
        Name = name;
        Aspect = aspect;
        Old = old;
        New = @new;
        AffectsDecisions = affectsDecisions;
        _apply = apply;
    }

    /// <summary>The edit's 1-based number in the diff.</summary>
    public int Number { get; internal set; }

    /// <summary>Added, removed or changed.</summary>
    public EditKind Kind { get; }

    /// <summary>The kind of element: metadata, outcome, input, derived, criterion, gate, group, indicator, score, tier, classification, example.</summary>
    public string Element { get; }

    /// <summary>The element's name (a tier is named by its outcome).</summary>
    public string Name { get; }

    /// <summary>What changed: the whole element for additions and removals, else condition, threshold, weight, title...</summary>
    public string Aspect { get; }

    /// <summary>The old wording; null for an addition.</summary>
    public string? Old { get; }

    /// <summary>The new wording; null for a removal.</summary>
    public string? New { get; }

    /// <summary>False for edits that cannot change an outcome or a score (titles, explanations, citations, examples).</summary>
    public bool AffectsDecisions { get; }

    /// <summary>Names this edit declares (an addition), which edits referring to them need.</summary>
    internal IReadOnlySet<string> Introduces { get; init; } = new HashSet<string>();

    /// <summary>Names this edit takes away (a removal), which must first stop being referred to.</summary>
    internal IReadOnlySet<string> Drops { get; init; } = new HashSet<string>();

    /// <summary>Names the new wording refers to.</summary>
    internal IReadOnlySet<string> NewReferences { get; init; } = new HashSet<string>();

    /// <summary>Names the old wording refers to.</summary>
    internal IReadOnlySet<string> OldReferences { get; init; } = new HashSet<string>();

    /// <summary>The edit as one line: <c>changed criterion low_emissions threshold: 100 gCO2e/kWh -> 80 gCO2e/kWh</c>.</summary>
    public string Summary => Kind switch
    {
        EditKind.Added => $"added {Element} {Name}: {New}",
        EditKind.Removed => $"removed {Element} {Name}: {Old}",
        _ => $"changed {Element} {Name} {Aspect}: {Old} -> {New}",
    };

    /// <summary>This edit made on another version (usually the old one), every other element left as it is there.</summary>
    internal Rubric ApplyTo(Rubric rubric) => _apply(rubric);

    /// <inheritdoc />
    public override string ToString() => $"{Number}. {Summary}";
}
