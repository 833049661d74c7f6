using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// Several small case-insensitive sets of words asked as one: a word's flags are the bits of the sets that hold it,
/// zero for a word in none. Built as <see cref="WordSet"/> is (the same shape test over 2,048 bits, the same table of
/// short words), so a word in no set, as most words asked are, is answered by one shape test where asking each set
/// was a test per set. A word of five to eight ASCII characters that passes the test is answered by a table of its
/// own as well (<see cref="MidKey"/>), out of line; only longer words and words beyond ASCII ask the word table.
/// </summary>
/// <remarks>
/// Kept apart from <see cref="WordSet"/> though it could be one set of this: a <see cref="WordSet"/> made as a one-set
/// <see cref="WordFlags"/> cost 0.36 M more instructions on 200 bulk articles (116.13 → 116.49 M, the same JSON), its
/// answer a flag byte read beside the key and its inlined test larger at every call site.
/// </remarks>
internal sealed class WordFlags
{
    private readonly WordTable<byte> _words;
    private readonly ulong[] _shapes = new ulong[(1 << WordSet.ShapeBitsLog2) / 64];
    private readonly bool _unfiltered;

    // As WordSet's: the keys of one to four ASCII characters (WordSet.ShortKey), open-addressed, at most a quarter full,
    // each with its flags beside it (the two arrays of one length); every such key is here, so a short ASCII word that
    // is not here is in no set.
    private readonly ulong[] _short;
    private readonly byte[] _shortFlags;
    private readonly int _shortShift;

    // The keys of words of five to eight ASCII characters (MidKey), two numbers each, open-addressed in pairs, at most a
    // quarter full, each with its flags beside it; every such key is here, so such a word that is not here is in no set.
    private readonly ulong[] _mid;
    private readonly byte[] _midFlags;
    private readonly int _midShift;

    /// <summary>The sets: each list of words with its flag (one bit); a word in several lists has each list's flag.</summary>
    public WordFlags(params (string[] Words, byte Flag)[] sets)
    {
        int count = 0;
        foreach (var (words, _) in sets) count += words.Length;
        _words = new WordTable<byte>(count, keepKeys: false);
        var shortKeys = new Dictionary<ulong, byte>();
        int midWords = 0;
        foreach (var (words, flag) in sets)
        {
            foreach (var word in words)
            {
                _words.Set(word, (byte)((_words.TryGetValue(word, out byte held) ? held : 0) | flag));
                if (word.Length == 0 || word[0] >= '\u0080' || word[^1] >= '\u0080')
                {
                    _unfiltered = true;
                }
                else
                {
                    uint shape = WordSet.Shape(word.Length, word[0], word[^1]);
                    _shapes[shape >> 6] |= 1UL << (int)(shape & 63);
                }
                if (word.Length is >= 1 and <= WordSet.MaxShort && WordSet.ShortKey(word) is var key and not 0)
                {
                    shortKeys[key] = (byte)(shortKeys.GetValueOrDefault(key) | flag);
                }
                if (word.Length is >= MinMid and <= MaxMid) midWords++;
            }
        }
        int bits = 3;
        while (1 << bits < 4 * shortKeys.Count) bits++;
        _short = new ulong[1 << bits];
        _shortFlags = new byte[1 << bits];
        _shortShift = 64 - bits;
        foreach (var (key, flags) in shortKeys)
        {
            int slot = ShortSlot(key);
            while (_short[slot] != 0) slot = (slot + 1) & (_short.Length - 1);
            _short[slot] = key;
            _shortFlags[slot] = flags;
        }
        // Sized for every word of that length, so that a key met again (a word in two sets) only shrinks the fill.
        bits = 3;
        while (1 << bits < 4 * midWords) bits++;
        _mid = new ulong[2 << bits];
        _midFlags = new byte[1 << bits];
        _midShift = 64 - bits;
        foreach (var (words, flag) in sets)
        {
            foreach (var word in words)
            {
                if (word.Length is < MinMid or > MaxMid || !MidKey(word, out ulong head, out ulong tail)) continue;
                int slot = MidSlot(head, tail);
                while (_mid[2 * slot] != 0 && !(_mid[2 * slot] == head && _mid[2 * slot + 1] == tail)) slot = (slot + 1) & (_midFlags.Length - 1);
                _mid[2 * slot] = head;
                _mid[2 * slot + 1] = tail;
                _midFlags[slot] |= flag;
            }
        }
    }

    /// <summary>The shortest and the longest word <see cref="MidKey"/> takes.</summary>
    private const int MinMid = WordSet.MaxShort + 1, MaxMid = 8;

    /// <summary>
    /// A word of <see cref="MinMid"/> to <see cref="MaxMid"/> characters as two numbers: its first four and its last four
    /// characters upper-cased, 16 bits each (they overlap below eight), the length in the top byte of the second, which
    /// an ASCII character leaves clear. False when a character is beyond ASCII. Two words have one key exactly when they
    /// are equal ignoring case (as <see cref="WordSet.ShortKey"/>'s).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MidKey(ReadOnlySpan<char> word, out ulong head, out ulong tail)
    {
        ref byte at = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        head = Unsafe.ReadUnaligned<ulong>(ref at);
        tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref at, 2 * (word.Length - 4)));
        if (((head | tail) & 0xFF80_FF80_FF80_FF80UL) != 0) return false;
        head = AsciiUpper.UpperAscii64(head);
        tail = AsciiUpper.UpperAscii64(tail) | (ulong)word.Length << 56;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int MidSlot(ulong head, ulong tail) => (int)(((head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL)) >> _midShift);

    /// <summary>The flags of the sets that hold <paramref name="word"/>, compared ignoring case; zero when none does.</summary>
    /// <remarks>
    /// Inlined, with the table of short words: most words the shape test lets through are short ones the sets hold
    /// ("The", "But", "I"), answered without a call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Of(ReadOnlySpan<char> word)
    {
        if (!_unfiltered && word.Length > 0)
        {
            char first = word[0], last = word[^1];
            if ((first | last) < '\u0080')
            {
                uint shape = WordSet.Shape(word.Length, first, last);
                // The shape has ShapeBitsLog2 bits, so its word lies within the array's (1 << ShapeBitsLog2) / 64.
                if ((Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_shapes), (int)(shape >> 6)) & (1UL << (int)(shape & 63))) == 0) return 0;
            }
        }
        if ((uint)(word.Length - 1) < WordSet.MaxShort)
        {
            ulong key = WordSet.ShortKey(word);
            if (key != 0)
            {
                ref ulong keys = ref MemoryMarshal.GetArrayDataReference(_short);
                int mask = _short.Length - 1;
                for (int slot = ShortSlot(key); ; slot = (slot + 1) & mask)
                {
                    ulong held = Unsafe.Add(ref keys, slot);
                    if (held == key) return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_shortFlags), slot);
                    if (held == 0) return 0;
                }
            }
        }
        return Longer(word);
    }

    /// <summary>
    /// The answer for a word of more than <see cref="WordSet.MaxShort"/> characters, or one beyond ASCII: one of up to
    /// <see cref="MaxMid"/> ASCII characters from the table of such keys, any other from the word table.
    /// </summary>
    /// <remarks>
    /// Out of line: the name pass's loop asks <see cref="Of"/> of every run's first word, and with the word table's
    /// lookup inlined there it kept fewer of its own values in registers (the loop 4.17 -> 3.84 M instructions over the
    /// 200 bulk articles). The words the shape test lets through past four characters are mostly the sets' own
    /// ("Monday", "However", "Police"), which the word table hashed and compared in about 120 instructions; the two
    /// numbers take about 55 with the call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private byte Longer(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - MinMid) > MaxMid - MinMid || !MidKey(word, out ulong head, out ulong tail)) return FromTable(word);
        ref ulong keys = ref MemoryMarshal.GetArrayDataReference(_mid);
        int mask = _midFlags.Length - 1;
        for (int slot = MidSlot(head, tail); ; slot = (slot + 1) & mask)
        {
            ulong held = Unsafe.Add(ref keys, 2 * slot);
            if (held == head && Unsafe.Add(ref keys, 2 * slot + 1) == tail) return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_midFlags), slot);
            if (held == 0) return 0;
        }
    }

    /// <summary>The answer for a word <see cref="Longer"/> has no key for, from the word table: in a frame of its own, which <see cref="Longer"/> needs no registers saved for.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private byte FromTable(ReadOnlySpan<char> word) => _words.TryGetValue(word, out byte flags) ? flags : (byte)0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ShortSlot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shortShift);
}
