using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Pipeline;

/// <summary>
/// The blocks' token lists and the lists of screened tokens, kept in the thread's <see cref="ParseScratch"/>: a thread
/// parsing many articles reuses a few lists instead of allocating about three bytes of tokens per input character.
/// </summary>
internal sealed class TokenBuffers : IParseScratch
{
    /// <summary>At most this many token lists are kept for the next parse, so one odd article cannot pin memory.</summary>
    public const int MaxKeptLists = 512;

    private readonly Stack<List<Token>> _free = new();
    private readonly List<List<Token>> _rented = [];

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

    /// <summary>An empty token list, valid until the parse ends.</summary>
    public List<Token> RentTokenList()
    {
        var list = _free.Count > 0 ? _free.Pop() : [];
        _rented.Add(list);
        return list;
    }

    /// <summary>The blocks' tokens are read by the attribution, speaker and treaty stages in turn.</summary>
    public bool ForWholeParse => true;

    public bool Release()
    {
        foreach (var list in _rented)
        {
            if (_free.Count >= MaxKeptLists || list.Capacity > ParseScratch.MaxKeptCapacity) continue;
            list.Clear();
            _free.Push(list);
        }
        _rented.Clear();
        ShortBlockTokens.Clear();
        if (_rented.Capacity > MaxKeptLists) _rented.Capacity = MaxKeptLists;
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
