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

    /// <summary>
    /// Adds <paramref name="item"/> to <paramref name="list"/>, filled in order by a walk that has reached
    /// <paramref name="done"/> of <paramref name="total"/> (characters, say): a full list of many items grows to about
    /// what the walk so far predicts for the whole (<see cref="ProportionalCapacity"/>) rather than to twice its size.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddInProportion<T>(List<T> list, T item, long done, long total, int minProportional = MinProportional, int most = int.MaxValue)
    {
        if (list.Count == list.Capacity) list.Capacity = ProportionalCapacity(list.Count, list.Capacity, done, total, minProportional, most);
        list.Add(item);
    }

    /// <summary>A full list holds at least this many items before it grows in proportion: below, it doubles.</summary>
    internal const int MinProportional = 4096;

    /// <summary>
    /// The capacity a full list of <paramref name="count"/> items grows to when a walk that fills it in order has
    /// reached <paramref name="done"/> of <paramref name="total"/>: the count in proportion to the whole and a
    /// sixteenth more, at least an eighth more than it holds (so the copies stay linear in the items even where the
    /// prediction keeps falling short: at most nine per item, where doubling makes two), and at most twice (what
    /// <see cref="List{T}"/> would take) or, where the list is known to hold at most <paramref name="most"/> items,
    /// at most that. A list below <paramref name="minProportional"/> items doubles, never past <paramref name="most"/>.
    /// </summary>
    /// <remarks>
    /// The lists a huge block fills (its quotes, the parse's statement drafts) hold about as many items per character all
    /// along: on a paragraph of 66,666 statements, doubling at 65,536 left room for 131,072, about a megabyte of
    /// quotes and half a megabyte of drafts' pointers unused at the attribution stage's peak.
    /// </remarks>
    internal static int ProportionalCapacity(int count, int capacity, long done, long total, int minProportional = MinProportional, int most = int.MaxValue)
    {
        int doubled = NextCapacity(count, capacity, most);
        if (count < minProportional || done <= 0 || done >= total) return doubled;
        long predicted = count * total / done;
        predicted += predicted / 16;
        long least = count + (count >> 3);
        return (int)Math.Max(count + 1, Math.Min(Math.Max(predicted, least), most == int.MaxValue ? doubled : most));
    }
}
