using RubricEngine.Model.Rubrics;

namespace RubricEngine.Authoring.Diff;

/// <summary>
/// The semantic diff of two versions of a rubric: what was added, removed or changed, element by element and
/// aspect by aspect, compared on the model, so a DSL version and a YAML version compare like any two versions.
/// </summary>
public static partial class RubricDiff
{
    /// <summary>The edits that turn <paramref name="old"/> into <paramref name="new"/>, numbered from 1, in rubric order.</summary>
    public static IReadOnlyList<RubricEdit> Compare(Rubric old, Rubric @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var edits = new List<RubricEdit>();
        Collect(Metadata, old, @new, edits);
        Collect(Outcomes, old, @new, edits);
        Collect(Units, old, @new, edits);
        Collect(Inputs, old, @new, edits);
        Collect(Derived, old, @new, edits);
        Collect(Criteria, old, @new, edits);
        Collect(Exclusion, old, @new, edits);
        Collect(Groups, old, @new, edits);
        Collect(Indicators(old, @new), old, @new, edits);
        Collect(Score, old, @new, edits);
        Collect(Tiers, old, @new, edits);
        TierOrder(old, @new, edits);
        Collect(Fallback, old, @new, edits);
        Collect(Others, old, @new, edits);
        Collect(Notes, old, @new, edits);
        Collect(Examples, old, @new, edits);
        for (var i = 0; i < edits.Count; i++)
        {
            edits[i].Number = i + 1;
        }

        return edits;
    }

    private static void Collect<T>(ElementList<T> list, Rubric old, Rubric @new, List<RubricEdit> edits)
    {
        var before = list.Read(old);
        var after = list.Read(@new);
        var order = after.Select(e => e.Key).ToList();
        var oldByKey = before.ToDictionary(e => e.Key, e => e.Item, StringComparer.Ordinal);
        var newByKey = after.ToDictionary(e => e.Key, e => e.Item, StringComparer.Ordinal);
        foreach (var (key, item) in before.Where(e => !newByKey.ContainsKey(e.Key)))
        {
            edits.Add(new RubricEdit(EditKind.Removed, list.Element(item), list.Name(item), "whole", list.Whole(item), null, list.Affects, r => list.Remove(r, key))
            {
                Drops = list.Declares(item).ToHashSet(StringComparer.Ordinal),
                OldReferences = list.Refers(item).ToHashSet(StringComparer.Ordinal),
            });
        }

        foreach (var (key, item) in after)
        {
            if (!oldByKey.TryGetValue(key, out var previous))
            {
                edits.Add(new RubricEdit(EditKind.Added, list.Element(item), list.Name(item), "whole", null, list.Whole(item), list.Affects, r => list.Insert(r, key, item, order))
                {
                    Introduces = list.Declares(item).ToHashSet(StringComparer.Ordinal),
                    NewReferences = list.Refers(item).ToHashSet(StringComparer.Ordinal),
                });
                continue;
            }

            foreach (var aspect in list.Aspects)
            {
                var was = aspect.Show(previous);
                var now = aspect.Show(item);
                if (was == now)
                {
                    continue;
                }

                var name = aspect.Expression is { } expression && ExprShape.ChangedConstants(expression(previous), expression(item)) is { Count: > 0 }
                    ? "threshold"
                    : aspect.Name;
                var expressionNames = aspect.Expression is null ? (Func<T, IEnumerable<string>>)(_ => []) : e => ExprShape.Names(aspect.Expression(e));
                edits.Add(new RubricEdit(EditKind.Changed, list.Element(item), list.Name(item), name, was, now, list.Affects && aspect.Affects,
                    r => list.Replace(r, key, target => aspect.Take(target, item)))
                {
                    NewReferences = expressionNames(item).ToHashSet(StringComparer.Ordinal),
                    OldReferences = expressionNames(previous).ToHashSet(StringComparer.Ordinal),
                });
            }
        }
    }

    /// <summary>Tiers present in both versions but in another order: first met wins, so the order is an edit of its own.</summary>
    private static void TierOrder(Rubric old, Rubric @new, List<RubricEdit> edits)
    {
        var newKeys = Tiers.Read(@new).Select(e => e.Key).ToList();
        var oldKeys = Tiers.Read(old).Select(e => e.Key).ToList();
        var commonOld = oldKeys.Where(newKeys.Contains).ToList();
        var commonNew = newKeys.Where(oldKeys.Contains).ToList();
        if (commonOld.SequenceEqual(commonNew))
        {
            return;
        }

        edits.Add(new RubricEdit(EditKind.Changed, "classification", "tiers", "order", string.Join(", ", commonOld), string.Join(", ", commonNew), true,
            r =>
            {
                // Shared tiers take the new order, in the positions shared tiers hold in this version.
                var current = Tiers.Read(r).ToList();
                var queue = new Queue<string>(commonNew.Where(k => current.Any(c => c.Key == k)));
                var byKey = current.ToDictionary(c => c.Key, c => c.Item, StringComparer.Ordinal);
                var reordered = current.Select(c => commonNew.Contains(c.Key) ? byKey[queue.Dequeue()] : c.Item).ToList();
                return Tiers.Write(r, reordered);
            }));
    }
}
