using RubricEngine.Model.Collections;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Authoring.Diff;

/// <summary>One aspect of an element that a diff compares, and how to take it from the new version.</summary>
/// <param name="Name">The aspect's name in the diff: condition, weight, title...</param>
/// <param name="Show">The aspect in the rubric's wording.</param>
/// <param name="Take">The target element with this aspect taken from the new element.</param>
/// <param name="Affects">False when the aspect cannot change a decision (a title, a citation).</param>
/// <param name="Expression">For an expression aspect, the expression: a change of its constants only is a threshold change.</param>
internal sealed record Aspect<T>(string Name, Func<T, string> Show, Func<T, T, T> Take, bool Affects = true, Func<T, Model.Expressions.Expr>? Expression = null);

/// <summary>
/// A list of a rubric's elements as a diff sees them: each with a key that pairs it with its counterpart in the
/// other version, read from and written back to a rubric, so an edit of one element applies to any version.
/// </summary>
internal sealed record ElementList<T>(
    Func<T, string> Element,
    Func<T, string> Name,
    Func<Rubric, IReadOnlyList<(string Key, T Item)>> Read,
    Func<Rubric, IReadOnlyList<T>, Rubric> Write,
    Func<T, string> Whole,
    Func<T, IEnumerable<string>> Declares,
    Func<T, IEnumerable<string>> Refers,
    bool Affects,
    IReadOnlyList<Aspect<T>> Aspects)
{
    public Rubric Replace(Rubric rubric, string key, Func<T, T> change) =>
        Write(rubric, [.. Read(rubric).Select(e => e.Key == key ? change(e.Item) : e.Item)]);

    public Rubric Remove(Rubric rubric, string key) =>
        Write(rubric, [.. Read(rubric).Where(e => e.Key != key).Select(e => e.Item)]);

    public Rubric Insert(Rubric rubric, string key, T item, IReadOnlyList<string> order)
    {
        var keyed = Read(rubric).Select(e => (Key: e.Key, Item: e.Item)).ToValueArray();
        var inserted = KeyedLists.Insert(keyed, e => e.Key, (Key: key, Item: item), order);
        return Write(rubric, [.. inserted.Select(e => e.Item)]);
    }

    /// <summary>Keys names by their position among equal names (<c>fundable</c>, <c>fundable#2</c>), for lists that may repeat a name.</summary>
    public static IReadOnlyList<(string Key, T Item)> ByOccurrence(IEnumerable<T> items, Func<T, string> name)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<(string, T)>();
        foreach (var item in items)
        {
            var n = seen[name(item)] = seen.GetValueOrDefault(name(item)) + 1;
            result.Add((n == 1 ? name(item) : $"{name(item)}#{n}", item));
        }

        return result;
    }
}
