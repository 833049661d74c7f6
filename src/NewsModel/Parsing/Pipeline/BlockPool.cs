using NewsModel.Model;

namespace NewsModel.Parsing.Pipeline;

/// <summary>
/// The blocks of the parses on one thread, made once and reused by the thread's next parse: a parse makes a block per
/// paragraph, 64 bytes each, which over news copy was about 7 % of the bytes a parse allocated.
/// </summary>
/// <remarks>
/// A parse takes the thread's pool whole when it makes its first block (<see cref="Rent"/>) and gives it back only
/// once its article is built (<see cref="Return"/>), so two parses never share one, even if one ran inside another on
/// the same thread, and no block is made over while an article is built from it. Nothing outside the parse holds a
/// block: the model keeps their places as numbers. The pool holds at most <see cref="MaxKept"/> blocks: a huge input's
/// blocks past those are made as they were, so the pool neither grows its array for them (on a paragraph every few
/// characters that was a byte more allocated per character) nor holds them for the thread's life.
/// </remarks>
internal sealed class BlockPool
{
    /// <summary>The most blocks a pool holds; a parse's blocks past these are not pooled.</summary>
    public const int MaxKept = 1 << 10;

    [ThreadStatic]
    private static BlockPool? t_free;

    private Block[] _blocks = new Block[32];
    private int _count;

    /// <summary>The thread's pool, or a new one when the thread has none free.</summary>
    public static BlockPool Rent()
    {
        var pool = t_free ?? new BlockPool();
        t_free = null;
        return pool;
    }

    /// <summary>A block of the run given, as a new one would be: one of an earlier parse made over, or a new one.</summary>
    public Block Take(int start, int end, StatementLocation where, int paragraphIndex)
    {
        var blocks = _blocks;
        int count = _count;
        if ((uint)count < (uint)blocks.Length && blocks[count] is { } reused)
        {
            _count = count + 1;
            reused.Reuse(start, end, where, paragraphIndex);
            return reused;
        }
        return Make(start, end, where, paragraphIndex);
    }

    /// <summary>A new block: pooled while the pool holds fewer than <see cref="MaxKept"/>, else only made.</summary>
    private Block Make(int start, int end, StatementLocation where, int paragraphIndex)
    {
        var block = new Block(start, end, where, paragraphIndex);
        if (_count == MaxKept) return block;
        if (_count == _blocks.Length) Array.Resize(ref _blocks, _blocks.Length * 2);
        _blocks[_count++] = block;
        return block;
    }

    /// <summary>Gives the blocks back for the thread's next parse; the caller's parse no longer reads them.</summary>
    public void Return()
    {
        _count = 0;
        t_free = this;
    }
}
