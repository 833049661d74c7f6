using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Parsing.Lookup;

/// <summary>A case-insensitive set of words that answers for a span of the source, so hot loops look words up without allocating.</summary>
/// <remarks>
/// The sets are small (a few to a hundred words) and asked mostly about words they do not hold, so a word is first
/// tested against 2,048 bits keyed by its length and its first and last letters folded to lower case: a clear bit
/// rules it out in a few instructions, before the table is hashed. A word whose first or last character is beyond
/// ASCII skips the test (case folding could map such a character onto ASCII), and so does every word when a key has
/// such a character; the table then answers, exactly as before.
/// A word of one to four ASCII characters that passes the test (most words the sets hold are that short: "The", "in",
/// "He", "Mr") is answered by a table of its own, keyed by the word's characters upper-cased as one number with its
/// length (<see cref="ShortKey"/>), in a few instructions where the word table's lookup is a call of about a hundred.
/// </remarks>
internal sealed class WordSet
{
    private readonly WordTable<bool> _words;
    /// <summary>
    /// The shape test's bits: 2,048 (256 bytes a set), so that the largest set (130 sentence openers) lets at most one
    /// word in sixteen through that it does not hold, where 256 bits let two in five through to the word table's
    /// lookup (about 110 instructions a call for a word of five characters or more).
    /// </summary>
    internal const int ShapeBitsLog2 = 11;

    private const int ShapeBits = 1 << ShapeBitsLog2;

    private readonly ulong[] _shapes = new ulong[ShapeBits / 64];
    private readonly bool _unfiltered;

    // The keys of one to four ASCII characters as ShortKey makes them, open-addressed (a power of two, at most a quarter
    // full; zero is no key): every such key is here, so a short ASCII word that is not here is in no set.
    private readonly ulong[] _short;
    private readonly int _shortShift;

    public WordSet(params string[] words)
    {
        // Sized for its words, so that building it grows nothing; a set lists no keys.
        _words = new WordTable<bool>(words.Length, keepKeys: false);
        var shortKeys = new List<ulong>();
        foreach (var word in words)
        {
            _words.Set(word, true);
            if (word.Length == 0 || word[0] >= '\u0080' || word[^1] >= '\u0080') _unfiltered = true;
            else SetShape(Shape(word.Length, word[0], word[^1]));
            if (word.Length is >= 1 and <= MaxShort && ShortKey(word) is var key and not 0) shortKeys.Add(key);
        }
        int bits = 3;
        while (1 << bits < 4 * shortKeys.Count) bits++;
        _short = new ulong[1 << bits];
        _shortShift = 64 - bits;
        foreach (ulong key in shortKeys)
        {
            int slot = ShortSlot(key);
            while (_short[slot] != 0 && _short[slot] != key) slot = (slot + 1) & (_short.Length - 1);
            _short[slot] = key;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (!_unfiltered && word.Length > 0)
        {
            char first = word[0], last = word[^1];
            if ((first | last) < '\u0080')
            {
                uint shape = Shape(word.Length, first, last);
                if ((_shapes[shape >> 6] & (1UL << (int)(shape & 63))) == 0) return false;
            }
        }
        return Holds(word);
    }

    /// <summary>The answer for a word the shape test let through: a short ASCII word from its own table, any other from the word table.</summary>
    private bool Holds(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - 1) < MaxShort)
        {
            ulong key = ShortKey(word);
            if (key != 0)
            {
                ref ulong first = ref MemoryMarshal.GetArrayDataReference(_short);
                int mask = _short.Length - 1;
                for (int slot = ShortSlot(key); ; slot = (slot + 1) & mask)
                {
                    ulong held = Unsafe.Add(ref first, slot);
                    if (held == key) return true;
                    if (held == 0) return false;
                }
            }
        }
        return _words.ContainsKey(word);
    }

    /// <summary>
    /// The longest word <see cref="ShortKey"/> takes. Words of five to eight characters keyed as two numbers (the first
    /// four and the last four) cost more in the common short case than the longer words saved.
    /// </summary>
    internal const int MaxShort = 4;

    /// <summary>
    /// A word of one to <see cref="MaxShort"/> characters as one number: its characters upper-cased, 16 bits each (a
    /// word of two or more as its first two and last two, which overlap below four), and its length in the top three
    /// bits, which an ASCII character leaves clear. Zero when a character is beyond ASCII. Two words have one key exactly
    /// when they are equal ignoring case: no character beyond ASCII equals an ASCII one under ordinal casing, and among
    /// ASCII characters only the letters have another case.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong ShortKey(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        ref byte at = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        ulong v = n == 1 ? Unsafe.As<byte, char>(ref at)
            : Unsafe.ReadUnaligned<uint>(ref at) | (ulong)Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref at, 2 * (n - 2))) << 32;
        if ((v & 0xFF80_FF80_FF80_FF80UL) != 0) return 0;
        return AsciiUpper.UpperAscii64(v) | (ulong)n << 61;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ShortSlot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shortShift);

    // Bit 0x20 folds an ASCII letter to lower case; it also pairs a few marks with others, which costs a lookup, never
    // a miss. The product's top byte mixes length and both characters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Shape(int length, char first, char last) =>
        ((uint)(first | 0x20) | (uint)(last | 0x20) << 7 | (uint)length << 14) * 0x9E3779B1u >> (32 - ShapeBitsLog2);

    private void SetShape(uint shape) => _shapes[shape >> 6] |= 1UL << (int)(shape & 63);
}
