using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace NewsModel.Model;

/// <summary>
/// An immutable list that compares by its items, so records holding it keep value equality.
/// (<see cref="ImmutableArray{T}"/> and arrays compare by reference: two equal articles would not be equal.)
/// </summary>
/// <remarks>Immutable and thread-safe. <c>default</c> is the empty list.</remarks>
/// <typeparam name="T">The item type; its <see cref="EqualityComparer{T}.Default"/> decides equality.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps a copy of <paramref name="items"/>.</summary>
    public EquatableArray(ReadOnlySpan<T> items) => _items = items.IsEmpty ? null : items.ToArray();

    internal EquatableArray(T[]? items, bool takeOwnership)
    {
        _ = takeOwnership;
        _items = items is { Length: > 0 } ? items : null;
    }

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>True when there are no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException">When <paramref name="index"/> is outside the list.</exception>
    public T this[int index] => (_items ?? [])[index];

    /// <summary>The items as a read-only span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>A new list with <paramref name="item"/> added at the end.</summary>
    public EquatableArray<T> Add(T item)
    {
        var copy = new T[Count + 1];
        AsSpan().CopyTo(copy);
        copy[^1] = item;
        return new EquatableArray<T>(copy, takeOwnership: true);
    }

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other)
    {
        ReadOnlySpan<T> a = _items, b = other._items;
        if (a.Length != b.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i])) return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan()) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>Item-wise equality.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Item-wise inequality.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>An enumerator over the items; a plain struct, so <c>foreach</c> works in async methods and iterators too.</summary>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => $"[{string.Join(", ", _items ?? [])}]";

    /// <summary>
    /// Enumerates an <see cref="EquatableArray{T}"/> by index over its array: as fast as a span's enumerator, but an
    /// ordinary struct (not a <c>ref struct</c>), so it may live across an <c>await</c> or a <c>yield return</c>.
    /// </summary>
    /// <remarks>The list cannot change, so the enumerator never fails; <c>default</c> enumerates nothing.</remarks>
    public struct Enumerator
    {
        private readonly T[]? _array;
        private int _index;

        internal Enumerator(T[]? array)
        {
            _array = array;
            _index = -1;
        }

        /// <summary>The item at the current position.</summary>
        public readonly T Current => _array![_index];

        /// <summary>Moves to the next item; false after the last.</summary>
        public bool MoveNext() => _array is not null && ++_index < _array.Length;
    }
}

/// <summary>Factory methods for <see cref="EquatableArray{T}"/>; also the collection-expression builder.</summary>
public static class EquatableArray
{
    /// <summary>A list holding a copy of <paramref name="items"/>.</summary>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(items);

    /// <summary>A list holding the items of <paramref name="items"/>, in order.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="items"/> is null.</exception>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new EquatableArray<T>(items.ToArray(), takeOwnership: true);
    }
}
