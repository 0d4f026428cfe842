using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace RubricEngine.Model.Collections;

/// <summary>
/// An immutable array with value equality: two arrays are equal when their items are equal in order.
/// The model uses it so that records holding lists compare by content (<see cref="ImmutableArray{T}"/>
/// compares by reference).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps an immutable array.</summary>
    public ValueArray(ImmutableArray<T> items) => _items = items.IsDefault ? [] : items;

    /// <summary>The underlying immutable array.</summary>
    public ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <inheritdoc />
    public int Count => Items.Length;

    /// <summary>True when the array has no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc />
    public T this[int index] => Items[index];

    /// <summary>Enumerates without boxing.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueArray<T> other) => Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);
}

/// <summary>Factory methods for <see cref="ValueArray{T}"/>, used by collection expressions.</summary>
public static class ValueArray
{
    /// <summary>Creates an array from a span; the target of <c>[a, b, c]</c> collection expressions.</summary>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);

    /// <summary>Creates an array from a sequence.</summary>
    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => new([.. items]);
}
