using RubricEngine.Language;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Authoring.Diff;

/// <summary>
/// The old version with one edit of a diff applied alone, plus the edits it cannot stand without (an added
/// criterion before the tier that tests it; the tier that stops testing a criterion before its removal).
/// </summary>
/// <param name="Edit">The edit.</param>
/// <param name="Applied">The edit and its prerequisites, by number.</param>
/// <param name="Rubric">The variant, checked by the binder; null when it does not check even with the prerequisites.</param>
/// <param name="Problem">Why there is no variant; null when there is one.</param>
public sealed record SingleEditVariant(RubricEdit Edit, IReadOnlyList<int> Applied, Rubric? Rubric, string? Problem)
{
    /// <summary>Builds the variant of <paramref name="edit"/> on <paramref name="old"/>, among <paramref name="edits"/> of the same diff.</summary>
    public static SingleEditVariant Build(Rubric old, RubricEdit edit, IReadOnlyList<RubricEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(edits);
        var applied = Closure(edit, edits);
        var variant = old with { Examples = [] };
        foreach (var e in edits.Where(e => applied.Contains(e.Number)))
        {
            variant = e.ApplyTo(variant);
        }

        // The binder is the judge of a variant: format it and load it back, as any rubric is checked.
        var numbers = applied.Order().ToList();
        var text = RubricFormatter.Format(variant);
        var loaded = RubricLoader.LoadDsl($"{old.Metadata.Id}+edit{edit.Number}.rubric", text);
        return loaded.Succeeded
            ? new SingleEditVariant(edit, numbers, loaded.Value, null)
            : new SingleEditVariant(edit, numbers, null, string.Join("; ", loaded.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code}: {d.Message}")));
    }

    /// <summary>The edit and, transitively, the edits that declare what it refers to or stop referring to what it removes.</summary>
    private static HashSet<int> Closure(RubricEdit edit, IReadOnlyList<RubricEdit> edits)
    {
        var result = new HashSet<int> { edit.Number };
        var queue = new Queue<RubricEdit>([edit]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var other in edits.Where(o => !result.Contains(o.Number) && Needs(current, o)))
            {
                result.Add(other.Number);
                queue.Enqueue(other);
            }
        }

        return result;
    }

    private static bool Needs(RubricEdit edit, RubricEdit other) =>
        edit.NewReferences.Overlaps(other.Introduces) || edit.Drops.Overlaps(other.OldReferences);
}
