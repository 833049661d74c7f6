using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// Several small case-insensitive sets of words asked as one: a word's flags are the bits of the sets that hold it,
/// zero for a word in none. Built as <see cref="WordSet"/> is (the same shape test over 2,048 bits, the same table of
/// short words), so a word in no set, as most words asked are, is answered by one shape test where asking each set
/// was a test per set.
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

    /// <summary>The sets: each list of words with its flag (one bit); a word in several lists has each list's flag.</summary>
    public WordFlags(params (string[] Words, byte Flag)[] sets)
    {
        int count = 0;
        foreach (var (words, _) in sets) count += words.Length;
        _words = new WordTable<byte>(count, keepKeys: false);
        var shortKeys = new Dictionary<ulong, byte>();
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
    }

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

    /// <summary>The answer for a word of more than <see cref="WordSet.MaxShort"/> characters, or one beyond ASCII, from the word table.</summary>
    private byte Longer(ReadOnlySpan<char> word) => _words.TryGetValue(word, out byte flags) ? flags : (byte)0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ShortSlot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shortShift);
}
