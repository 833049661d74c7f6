using NewsModel.Model;

namespace NewsModel.Parsing.Pipeline;

/// <summary>
/// A statement draft's pieces of text: an array that grows one piece at a time (a draft has one piece, rarely a few),
/// so that it is no bigger than its pieces and the finished statement can take it as its spans without a copy.
/// </summary>
/// <remarks>
/// A mutable struct kept in a field of <see cref="StatementDraft"/> and changed in place there: a copy shares the
/// array, so a copy is only read (<see cref="AddRange"/>, <see cref="InsertRange"/>), never changed.
/// A draft without pieces holds no array.
/// </remarks>
internal struct PieceList
{
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
            return _items![index];
        }
    }

    /// <summary>The pieces, in order; valid until the list next changes.</summary>
    public readonly Span<TextSpan> AsSpan() => _items.AsSpan(0, _count);

    public void Add(TextSpan piece)
    {
        Reserve(_count + 1);
        _items![_count++] = piece;
    }

    public void AddRange(in PieceList other)
    {
        if (other._count == 0) return;
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
    /// The pieces as an array the caller owns: the list's own array when it is exactly full (a statement's usual
    /// one piece), which the list then gives up, or else a copy of its size.
    /// </summary>
    public TextSpan[] TakeArray()
    {
        if (_count == 0) return [];
        var items = _items!;
        if (items.Length != _count) items = AsSpan().ToArray();
        _items = null;
        _count = 0;
        return items;
    }

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
