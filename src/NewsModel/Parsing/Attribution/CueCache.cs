using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Attribution;

/// <summary>
/// The cue read at each cue slot of the block being read (a token the screen marked as a possible cue,
/// <see cref="Text.BlockText.CueSlot"/>), for the sentence limit it was read with: the passes over a sentence ask about
/// the same tokens several times. Owned by the thread's <see cref="Pipeline.ParseScratch"/>.
/// </summary>
/// <remarks>
/// Few tokens are marked, and fewer hold a cue: the slots are per marked token, not per token, and the cues read are
/// listed once each with a slot keeping only their index: two ints per slot rather than a whole <see cref="CueHit"/>
/// per token, which on a block of a million tokens is tens of megabytes.
/// </remarks>
internal sealed class CueCache : ParseScratchPart
{
    /// <summary>Per slot: the sentence limit plus one when a cue was read there, its negation when none was, 0 when not read.</summary>
    private int[] _limits = [];

    /// <summary>Per slot: the index in <see cref="_hits"/> of the cue read there, valid where <see cref="_limits"/> is positive.</summary>
    private int[] _hitAt = [];

    /// <summary>The cues read in the block, the first <see cref="_hitCount"/>; the rest are of blocks before, until <see cref="Release"/>.</summary>
    private CueHit[] _hits = [];

    private int _hitCount;

    /// <summary>
    /// The cues the attribution reader read at a sentence's first 64 cue candidates, by their place from its first: both
    /// of its passes over the sentence ask them for the same limit, and the second takes them from here. Made once per
    /// thread (a reader's own array, made per parse, cost more in the allocator than it saved).
    /// </summary>
    public CueHit[] SentenceCues { get; } = new CueHit[SentenceCueCount];

    /// <summary>How many of <see cref="SentenceCues"/>' first places the parse may have written, cleared by <see cref="Release"/>.</summary>
    public int SentenceCuesUsed;

    /// <summary>How many of a sentence's cue candidates <see cref="SentenceCues"/> holds: a bit each in a mask of 64.</summary>
    public const int SentenceCueCount = 64;

    /// <summary>The cue phrases read at words whose phrases are all of one word, kept from parse to parse.</summary>
    public CueWordMemo Words { get; } = new();

    /// <summary>How many slots the block being read needs; 0 once they are made and cleared for it.</summary>
    private int _pending;

    /// <summary>The block's slots: at most one cue is listed per slot.</summary>
    private int _slots;

    /// <summary>Forgets every reading and makes room for <paramref name="slots"/> slots, when the first reading is kept.</summary>
    /// <remarks>
    /// A block where no cue is ever read (a paragraph of quotes, a list of numbers) then costs no per-token arrays:
    /// on a block of a million tokens, eight megabytes.
    /// </remarks>
    public void Reset(int slots)
    {
        _pending = slots + 1;
        _slots = slots;
        // Forgotten by their count: the block before's cues are overwritten as this block's are kept, and cleared once
        // per parse (Release), not at every block (an Array.Clear of about 50 instructions at each of 1,633 blocks of
        // 200 bulk articles that kept one). They are cue texts, most of them the knowledge's own strings.
        _hitCount = 0;
    }

    private void MakeRoom()
    {
        int n = _pending;
        if (_limits.Length < n)
        {
            int size = Math.Max(n, _limits.Length * 2);
            _limits = new int[size];
            _hitAt = new int[size];
        }
        // A span, not Array.Clear(array, index, length), which checks the array's type and rank at run time.
        _limits.AsSpan(0, n).Clear();
        _pending = 0;
    }

    /// <summary>What was read at slot <paramref name="i"/>: true with the cue when one was read for the limit <paramref name="limit"/>, false when none was, null when not read for that limit.</summary>
    /// <remarks>
    /// Inlined, as <see cref="Keep"/>'s commoner half: asked at every cue read outside a sentence's first 64 candidates
    /// (which the reader keeps in <see cref="SentenceCues"/>), where the calls cost about as much as the tests.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool? Known(int i, int limit, out CueHit cue)
    {
        cue = default;
        if (_pending > 0) return null;
        int known = _limits[i];
        if (known == limit + 1)
        {
            cue = _hits[_hitAt[i]];
            return true;
        }
        return known == -(limit + 1) ? false : null;
    }

    /// <summary>Keeps what was read at slot <paramref name="i"/> for the limit <paramref name="limit"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Keep(int i, int limit, bool found, in CueHit cue)
    {
        if (_pending > 0) MakeRoom();
        // Most readings find no cue: kept inline; a cue found is listed out of line.
        if (!found)
        {
            _limits[i] = -(limit + 1);
            return;
        }
        KeepHit(i, limit, cue);
    }

    private void KeepHit(int i, int limit, in CueHit cue)
    {
        // A token read again for another limit replaces its cue: only the latest reading is asked for.
        if (_limits[i] > 0)
        {
            _hits[_hitAt[i]] = cue;
        }
        else
        {
            // At most one cue per slot: the array grows as a list would, never past the block's slots.
            if (_hitCount == _hits.Length) Array.Resize(ref _hits, BoundedGrowth.NextCapacity(_hitCount, _hits.Length, _slots));
            _hitAt[i] = _hitCount;
            _hits[_hitCount++] = cue;
        }
        _limits[i] = limit + 1;
    }

    public override bool Release()
    {
        Array.Clear(_hits);
        // Only the places the parse wrote: a parse of a short article writes a few (a whole clear at each of 1,000 tiny
        // articles cost 0.3 M instructions).
        SentenceCues.AsSpan(0, SentenceCuesUsed).Clear();
        SentenceCuesUsed = 0;
        _hitCount = 0;
        return _limits.Length <= ParseScratch.MaxKeptCapacity && _hits.Length <= ParseScratch.MaxKeptCapacity;
    }
}
