using System.Collections;
using System.Runtime.CompilerServices;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// The indexes of the tokens the screen marked with one mark, block after block (<see cref="TokenScreen.List(ReadOnlySpan{Text.Token}, int, MarkedTokens, MarkedTokens, MarkedTokens, Span{ulong}, Span{ulong})"/>):
/// a list of numbers whose free room the listing loop writes straight into, then counts in.
/// </summary>
/// <remarks>
/// A <see cref="List{T}"/> of them needed <see cref="System.Runtime.InteropServices.CollectionsMarshal.SetCount{T}"/>
/// twice per list and chunk of tokens, to open its room to the loop and to close it after: six calls a chunk, about a
/// sixth of listing a paragraph's tokens. It grows as a list does, doubling its array.
/// </remarks>
[CollectionBuilder(typeof(MarkedTokens), nameof(Create))]
internal sealed class MarkedTokens : IEnumerable<int>
{
    private int[] _items = [];

    /// <summary>How many indexes are listed.</summary>
    public int Count { get; private set; }

    /// <summary>How many the array holds before it grows.</summary>
    public int Capacity => _items.Length;

    /// <summary>The indexes listed, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> AsSpan() => _items.AsSpan(0, Count);

    /// <summary>The run of <paramref name="count"/> indexes from the <paramref name="start"/>-th on (one block's; an index past the listed ones throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> Slice(int start, int count) => AsSpan().Slice(start, count);

    /// <summary>Makes room for <paramref name="count"/> more indexes and returns the first free slot; <see cref="Advance"/> then counts those written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref int Reserve(int count)
    {
        if (_items.Length - Count < count) Grow(Count + count);
        return ref Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_items), Count);
    }

    /// <summary>Counts <paramref name="count"/> indexes written from the slot <see cref="Reserve"/> returned, within the room it made.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Advance(int count)
    {
        if ((uint)count > (uint)(_items.Length - Count)) throw new ArgumentOutOfRangeException(nameof(count));
        Count += count;
    }

    /// <summary>Appends <paramref name="index"/>.</summary>
    public void Add(int index)
    {
        Reserve(1) = index;
        Count++;
    }

    /// <summary>Forgets every index, keeping the array.</summary>
    public void Clear() => Count = 0;

    /// <summary>Gives back the array's room beyond the listed indexes.</summary>
    public void TrimExcess() => Array.Resize(ref _items, Count);

    private void Grow(int least) => Array.Resize(ref _items, Math.Max(least, Math.Max(4, _items.Length * 2)));

    /// <summary>A list of <paramref name="indexes"/>, for a collection expression.</summary>
    public static MarkedTokens Create(ReadOnlySpan<int> indexes)
    {
        var list = new MarkedTokens();
        foreach (int i in indexes) list.Add(i);
        return list;
    }

    public IEnumerator<int> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return _items[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
