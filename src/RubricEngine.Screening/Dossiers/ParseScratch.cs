using System.Collections.Immutable;
using System.Runtime.InteropServices;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// The children of the maps and lists being parsed, one stack per kind and thread: a node's children are pushed
/// above its parent's and taken off in one array of the exact size when the node ends. A list per node grew
/// through 4, 8, 16 and 32 slots and was then copied again into the node (an expert's 21 scores, ten times a
/// dossier); this allocates each node's array once.
/// </summary>
internal sealed class ParseScratch
{
    public List<RawField> Fields { get; } = new(64);

    public List<RawNode> Items { get; } = new(64);

    public void Clear()
    {
        Fields.Clear();
        Items.Clear();
    }

    /// <summary>The entries from <paramref name="first"/> on, removed from the stack, as the node's array.</summary>
    public static ValueArray<T> Take<T>(List<T> stack, int first)
    {
        var count = stack.Count - first;
        if (count == 0)
        {
            return [];
        }

        var items = CollectionsMarshal.AsSpan(stack).Slice(first, count).ToArray();
        stack.RemoveRange(first, count);
        return new ValueArray<T>(ImmutableCollectionsMarshal.AsImmutableArray(items));
    }
}
