using RubricEngine.Model.Collections;

namespace RubricEngine.Authoring.Diff;

/// <summary>Replacing, removing and inserting elements of a rubric's lists by name, for applying one edit.</summary>
internal static class KeyedLists
{
    public static ValueArray<T> Replace<T>(ValueArray<T> items, Func<T, string> key, string name, Func<T, T> change) =>
        items.Select(item => key(item) == name ? change(item) : item).ToValueArray();

    public static ValueArray<T> Remove<T>(ValueArray<T> items, Func<T, string> key, string name) =>
        items.Where(item => key(item) != name).ToValueArray();

    /// <summary>
    /// Inserts <paramref name="item"/> after the nearest element that precedes it in <paramref name="order"/> (the new
    /// version's order) and is present; at the start when none is.
    /// </summary>
    public static ValueArray<T> Insert<T>(ValueArray<T> items, Func<T, string> key, T item, IReadOnlyList<string> order)
    {
        var list = items.ToList();
        var position = order.ToList().IndexOf(key(item));
        var at = 0;
        for (var i = position - 1; i >= 0; i--)
        {
            var found = list.FindIndex(existing => key(existing) == order[i]);
            if (found >= 0)
            {
                at = found + 1;
                break;
            }
        }

        list.Insert(at, item);
        return list.ToValueArray();
    }
}
