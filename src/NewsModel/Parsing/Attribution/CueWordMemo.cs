using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsModel.Knowledge;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

/// <summary>
/// The cue phrase read at a word whose cue phrases are all of that one word ("said", "says", "added"), by its spelling:
/// such a word matches the same phrase wherever it stands before the sentence's end, so a cue read there again is
/// answered without the phrase index's lookup and walk (about 290 instructions a match). Kept by the thread's
/// <see cref="CueCache"/> from parse to parse, for one phrase index.
/// </summary>
/// <remarks>
/// Exact: a word is kept by its characters as written (not folded), only a word of one to eight ASCII characters that
/// starts no phrase of two words or more (<see cref="CueLeadScreen.StartsLongerPhrase"/>), and only for an index that
/// no token screen rules words out for (whose answer would then depend on the token's marks).
/// </remarks>
internal sealed class CueWordMemo
{
    // 256 slots: on bulk200 the memo takes 322 offers (about one per spelling read, "said", "Said" and "SAID" apart);
    // with 64 it took 544, a spelling pushing another out.
    private const int SlotBits = 8;

    // Per slot: the word's first four characters (fewer in a shorter word, the rest zero), its last four (zero in a
    // word of under four), its length, and the phrase's value, or none for a word that may not be kept (asked again,
    // it goes to the index without the test). A length of zero is an empty slot.
    private struct Slot
    {
        public ulong Head;
        public ulong Tail;
        public int Length;
        public CueEntry? Entry;
        public string Text;
    }

    private readonly Slot[] _slots = new Slot[1 << SlotBits];
    private PhraseIndex<CueEntry>? _cues;
    private bool _usable;

    /// <summary>Makes the memo answer for <paramref name="cues"/>, forgetting what it holds when that is another index.</summary>
    public CueWordMemo For(PhraseIndex<CueEntry> cues)
    {
        if (ReferenceEquals(cues, _cues)) return this;
        Array.Clear(_slots);
        _cues = cues;
        _usable = cues.ScreenMark == TokenMarks.None;
        return this;
    }

    /// <summary>What the memo knows of a word.</summary>
    public enum Answer
    {
        /// <summary>Not held: ask the index, then <see cref="Offer"/> its match.</summary>
        Unknown,

        /// <summary>The word's phrase is the entry given.</summary>
        Kept,

        /// <summary>The word may not be kept: ask the index, and offer nothing.</summary>
        NotKept,
    }

    /// <summary>
    /// What the memo holds for the word <paramref name="token"/>: with <see cref="Answer.Kept"/>, its phrase's
    /// <paramref name="entry"/> and the cue's <paramref name="text"/> as first read there (the one string for every hit).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Answer Of(string source, in Token token, out CueEntry entry, out string? text)
    {
        int n = token.Length;
        entry = null!;
        text = null;
        if ((uint)(n - 1) >= 8 || token.Kind != TokenKind.Word) return Answer.NotKept;
        Spelling(source, token.Start, n, out ulong head, out ulong tail);
        ref Slot slot = ref _slots[SlotOf(head, tail)];
        if (slot.Head != head || slot.Tail != tail || slot.Length != n) return Answer.Unknown;
        if (slot.Entry is not { } kept) return Answer.NotKept;
        entry = kept;
        text = slot.Text;
        return Answer.Kept;
    }

    /// <summary>
    /// Keeps <paramref name="entry"/>, the phrase the index matched at the word <paramref name="token"/> (one to eight
    /// characters, a word: <see cref="Of"/> answered <see cref="Answer.Unknown"/>), with the cue's <paramref name="text"/>
    /// there (null when the match went on past the word), or that the word may not be kept.
    /// </summary>
    public void Offer(string source, in Token token, CueEntry entry, string? text, CueLeadScreen leads)
    {
        int n = token.Length;
        var word = source.AsSpan(token.Start, n);
        bool keep = _usable && text is not null && System.Text.Ascii.IsValid(word) && !leads.StartsLongerPhrase(source, token);
        Spelling(source, token.Start, n, out ulong head, out ulong tail);
        ref Slot slot = ref _slots[SlotOf(head, tail)];
        slot.Head = head;
        slot.Tail = tail;
        slot.Length = n;
        slot.Entry = keep ? entry : null;
        slot.Text = keep ? text! : null!;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(ulong head, ulong tail) =>
        (int)(((head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL)) >> (64 - SlotBits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Spelling(string source, int start, int n, out ulong head, out ulong tail)
    {
        if (n >= 4)
        {
            head = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(source.AsSpan(start, 4)));
            tail = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(source.AsSpan(start + n - 4, 4)));
            return;
        }
        head = source[start];
        if (n > 1) head |= (ulong)source[start + 1] << 16;
        if (n > 2) head |= (ulong)source[start + 2] << 32;
        tail = 0;
    }
}
