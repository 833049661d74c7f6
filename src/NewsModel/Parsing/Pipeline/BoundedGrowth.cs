using System.Runtime.CompilerServices;

namespace NewsModel.Parsing.Pipeline;

/// <summary>
/// Adds to a list that a block fills and that cannot come to hold more than a known number of items: when the list is
/// full it grows as <see cref="List{T}"/> does (to twice its capacity, at least four), but never past that number.
/// </summary>
/// <remarks>
/// A list grown by doubling holds up to twice what it needs: on a block of a huge input (a paragraph of a hundred
/// thousand statements) its unused half is megabytes, resident beside the block's tokens at the attribution stage's
/// peak. Capped at the most the list can hold, it never holds more room than doubling would, and no more than that
/// most. The bound need not be exact: a list that is fuller than it said grows by one item at a time past it, still
/// correct. Growth is rare (the lists are reused from block to block), so on ordinary text this costs a compare per add.
/// </remarks>
internal static class BoundedGrowth
{
    /// <summary>Adds <paramref name="item"/> to <paramref name="list"/>, which will hold at most <paramref name="most"/> items.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add<T>(List<T> list, T item, int most)
    {
        if (list.Count == list.Capacity) Grow(list, most);
        list.Add(item);
    }

    /// <summary>The capacity a full list of <paramref name="count"/> items and capacity <paramref name="capacity"/> grows to, given it will hold at most <paramref name="most"/>.</summary>
    internal static int NextCapacity(int count, int capacity, int most) =>
        Math.Max(count + 1, Math.Min(capacity == 0 ? 4 : 2 * capacity, most));

    private static void Grow<T>(List<T> list, int most) => list.Capacity = NextCapacity(list.Count, list.Capacity, most);
}
