using System.Runtime.InteropServices;
using NewsModel.Model;

namespace NewsModel.Parsing.Pipeline;

/// <summary>
/// A statement draft's pieces of text: the first piece inline (a draft has one piece, rarely a few), an array that
/// grows beyond it only once a second piece comes, so that a draft of one piece holds no array while it waits for
/// the model to be built.
/// </summary>
/// <remarks>
/// A mutable struct kept in a field of <see cref="StatementDraft"/> and changed in place there: a copy is only read
/// (<see cref="AddRange"/>, <see cref="InsertRange"/>), never changed. Pieces are inline while there is at most one
/// and no array was made; once an array is made, all of them are in it.
/// </remarks>
internal struct PieceList
{
    private TextSpan _first;
    private TextSpan[]? _items;
    private int _count;

    /// <summary>How many pieces there are.</summary>
    public readonly int Count => _count;

    /// <summary>The piece at <paramref name="index"/>.</summary>
    public readonly TextSpan this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return _items is null ? _first : _items[index];
        }
    }

    /// <summary>The pieces, in order; valid while the list is neither changed nor moved.</summary>
    public readonly ReadOnlySpan<TextSpan> AsSpan() =>
        _items is null ? MemoryMarshal.CreateReadOnlySpan(in _first, _count) : _items.AsSpan(0, _count);

    public void Add(TextSpan piece)
    {
        if (_items is null && _count == 0)
        {
            _first = piece;
            _count = 1;
            return;
        }
        Reserve(_count + 1);
        _items![_count++] = piece;
    }

    public void AddRange(in PieceList other)
    {
        if (other._count == 0) return;
        if (other._count == 1)
        {
            Add(other[0]);
            return;
        }
        Reserve(_count + other._count);
        other.AsSpan().CopyTo(_items.AsSpan(_count));
        _count += other._count;
    }

    /// <summary>Puts the pieces of <paramref name="other"/> before these.</summary>
    public void InsertRange(int index, in PieceList other)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)index, (uint)_count, nameof(index));
        if (other._count == 0) return;
        Reserve(_count + other._count);
        _items.AsSpan(index, _count - index).CopyTo(_items.AsSpan(index + other._count));
        other.AsSpan().CopyTo(_items.AsSpan(index));
        _count += other._count;
    }

    public void Clear() => _count = 0;

    /// <summary>
    /// The pieces as an array the caller owns: the list's own array when it is exactly full, which the list then
    /// gives up, or else a new one of their number (for the usual single piece, made only now, as the model is built).
    /// </summary>
    public TextSpan[] TakeArray()
    {
        if (_count == 0) return [];
        var items = _items is null ? [_first] : _items.Length == _count ? _items : AsSpan().ToArray();
        _items = null;
        _first = default;
        _count = 0;
        return items;
    }

    /// <summary>Makes the array hold at least <paramref name="count"/> pieces, moving an inline piece into it.</summary>
    private void Reserve(int count)
    {
        if (_items is not null && _items.Length >= count) return;
        // Exact for the first pieces, where nearly every draft stops; doubling beyond, so long runs stay linear.
        int size = _items is null ? count : Math.Max(count, _count < 2 ? count : _items.Length * 2);
        var grown = new TextSpan[size];
        if (_count > 0) AsSpan().CopyTo(grown);
        _items = grown;
    }
}
