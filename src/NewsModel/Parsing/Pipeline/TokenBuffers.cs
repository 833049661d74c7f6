using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Pipeline;

/// <summary>
/// The blocks' token lists and the lists of screened tokens, kept in the thread's <see cref="ParseScratch"/>: a thread
/// parsing many articles reuses a few lists instead of allocating about three bytes of tokens per input character.
/// </summary>
internal sealed class TokenBuffers : ParseScratchPart
{
    /// <summary>At most this many token lists are kept for the next parse, so one odd article cannot pin memory.</summary>
    public const int MaxKeptLists = 512;

    // Every list kept, those rented by this parse first (_rented of them): a parse rents the lists in the order the one
    // before did, by an index, and gives them back by resetting it, where a stack's pop and push and the rented list's
    // add cost about 125 instructions a block in calls and write barriers.
    private readonly List<List<Token>> _lists = [];
    private int _rented;

    public TokenBuffers()
    {
    }

    /// <summary>Buffers whose marked tokens are listed in the lists given (<see cref="Tokenizer.TokenizeScreened(string, int, int, List{Token}, Lookup.TokenScreen, MarkedTokens, MarkedTokens, MarkedTokens, Span{ulong}, Span{ulong})"/>).</summary>
    internal TokenBuffers(MarkedTokens cues, MarkedTokens treaties, MarkedTokens names)
    {
        CueMarked = cues;
        TreatyMarked = treaties;
        NameMarked = names;
    }

    /// <summary>
    /// The index in its block of every token the screen marked <see cref="TokenMarks.MayOpenCue"/>, block after block
    /// as they were tokenized; each block knows its own run (<see cref="Block.CueMarked"/>).
    /// </summary>
    public MarkedTokens CueMarked { get; private set; } = [];

    /// <summary>As <see cref="CueMarked"/>, for <see cref="TokenMarks.MayStartTreaty"/> (<see cref="Block.TreatyMarked"/>).</summary>
    public MarkedTokens TreatyMarked { get; private set; } = [];

    /// <summary>As <see cref="CueMarked"/>, for <see cref="TokenMarks.MayConcernNames"/> (<see cref="Block.NameMarked"/>).</summary>
    public MarkedTokens NameMarked { get; private set; } = [];

    /// <summary>The tokens of the short block read last (<see cref="Tokenizer.MaxKeptShortBlock"/>): one list for every short block of the parse.</summary>
    public List<Token> ShortBlockTokens { get; } = [];

    /// <summary>
    /// The slots a block's tokens are made in, a chunk of characters at a time, before the walk that lists them copies
    /// them to the block's list (12 KB, kept with the thread's buffers). Read past a chunk's tokens too: the listing walk
    /// reads sixteen slots at a time, the ones past the tokens masked off.
    /// </summary>
    /// <remarks>
    /// On the stack, the tokenizer's frame probed its three pages at every block, and a method with both a loop and a
    /// <c>stackalloc</c> is compiled by the JIT straight to optimized code, without tiering or its profile.
    /// </remarks>
    public readonly Token[] Chunk = new Token[Tokenizer.Chunk];

    /// <summary>An empty token list for <paramref name="count"/> tokens or more, valid until the parse ends.</summary>
    /// <remarks>
    /// The next list of the parse's order, or one of the few after it that holds <paramref name="count"/> tokens when
    /// it does not: lists handed out in turn go to blocks of any size, and a big block given a small list grows it
    /// (155 new arrays, 0.25 M instructions over 200 bulk articles).
    /// </remarks>
    /// <remarks>Inlined up to the test of the next list, which nearly always holds the block's tokens (a call cost about 50 instructions a block).</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public List<Token> RentTokenList(int count = 0)
    {
        var lists = _lists;
        int next = _rented;
        if ((uint)next < (uint)lists.Count)
        {
            var list = lists[next];
            if (list.Capacity >= count)
            {
                _rented = next + 1;
                return list;
            }
        }
        return RentOtherTokenList(count);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private List<Token> RentOtherTokenList(int count)
    {
        var lists = _lists;
        int at = _rented;
        if (at == lists.Count)
        {
            var made = new List<Token>(count);
            lists.Add(made);
            _rented = at + 1;
            return made;
        }
        var list = lists[at];
        if (list.Capacity < count)
        {
            int stop = Math.Min(lists.Count, at + 1 + ListsLookedAhead);
            for (int j = at + 1; j < stop; j++)
            {
                var other = lists[j];
                if (other.Capacity < count) continue;
                lists[j] = list;
                lists[at] = other;
                list = other;
                break;
            }
        }
        _rented = at + 1;
        return list;
    }

    /// <summary>How many lists after the next one <see cref="RentTokenList"/> looks at for one that holds a block's tokens.</summary>
    private const int ListsLookedAhead = 8;

    /// <summary>The blocks' tokens are read by the attribution, speaker and treaty stages in turn.</summary>
    public override bool ForWholeParse => true;

    public override bool Release()
    {
        var lists = _lists;
        for (int j = 0; j < _rented; j++)
        {
            var list = lists[j];
            if (list.Capacity > ParseScratch.MaxKeptCapacity) lists[j] = [];
            else list.Clear();
        }
        _rented = 0;
        if (lists.Count > MaxKeptLists)
        {
            lists.RemoveRange(MaxKeptLists, lists.Count - MaxKeptLists);
            lists.Capacity = MaxKeptLists;
        }
        ShortBlockTokens.Clear();
        CueMarked = Kept(CueMarked);
        TreatyMarked = Kept(TreatyMarked);
        NameMarked = Kept(NameMarked);
        return true;
    }

    private static MarkedTokens Kept(MarkedTokens list)
    {
        if (list.Capacity > ParseScratch.MaxKeptCapacity) return [];
        list.Clear();
        return list;
    }
}
