using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// A Bloom filter over the shape of words: a word it does not hold is surely none of the words added, so a stage can
/// skip a token without a table lookup. Nearly every token of running text is ruled out this way before the tables
/// of cues, names and treaties are asked.
/// </summary>
/// <remarks>
/// The shape is the first four characters (fewer in a shorter word), the last, and the length, hashed to two of
/// 16,384 bits: 2 KB, so that the filters of all the tables stay in the first-level cache together (at 8 KB each the
/// parse ran measurably slower). Characters after the first enter folded to lower case (<c>| 0x20</c>, which also pairs
/// a few marks with others: that costs a lookup, never a miss); the first keeps its case, and a word added ignoring case enters
/// with both cases of its first letter, so that words matched by case ("TTBT") do not let "that" through. A word
/// looked up with a non-ASCII character in those places is let through. A word added with one there is not entered
/// when no such character of it has a case in ASCII ("Türkiye"), since any word equal to it is then let through as
/// well. One that has turns the filter off; .NET's ordinal casing gives no character beyond ASCII a case in ASCII
/// (not even "ſ", whose invariant upper case is "S"), but the filter asks the comparison rather than assume it.
/// <para>
/// The key is built without a branch on the word's length: the four characters are read as one 64-bit load and the
/// ones past the word masked off. Tokens of one or two characters (punctuation, "a", "of") are a third of running
/// text, and branching on their length mispredicted often enough to cost more than the rest of the test.
/// </para>
/// </remarks>
internal sealed class ShapeFilter
{
    /// <summary>The number of bit positions a key hashes to.</summary>
    public const int Positions = 1 << PositionBits;
    private const int Bits = Positions;
    private const ulong FoldAfterFirst = 0x0020_0020_0020_0000UL;
    private const ulong NonAscii = 0xFF80_FF80_FF80_FF80UL;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    /// <summary>True when a word added could not be filtered: every word is then let through.</summary>
    public bool Off { get; private set; }

    /// <summary>True when a word added has a character beyond ASCII where the shape reads (or is empty), whether or not that turned the filter off.</summary>
    public bool HasUnshapedWords { get; private set; }

    public void Add(ReadOnlySpan<char> word, bool caseSensitive = false)
    {
        ulong head = word.IsEmpty ? 0 : Head(word);
        var key = word.IsEmpty ? default : KeyOf(head, word.Length, word[^1]);
        if (!key.Shaped)
        {
            HasUnshapedWords = true;
            // A word equal to this one, by case or ignoring it, has the same length and at each place the shape reads
            // this word's character or one of its cases. Where this word has a character beyond ASCII with no case in
            // ASCII ("Türkiye"), that word has one beyond ASCII too, is unshaped and let through: this word needs no
            // bits. Only a character equal to an ASCII one ignoring case would turn the filter off.
            if (word.IsEmpty || HasAsciiCaseWhereShaped(word)) Off = true;
            return;
        }
        Set(key);
        // Bit 0x20 of the first character is its case, for an ASCII letter.
        if (!caseSensitive && char.IsAsciiLetter(word[0])) Set(KeyOf(head ^ 0x20, word.Length, word[^1]));
    }

    /// <summary>False when <paramref name="word"/> is surely not a word added; true means look it up.</summary>
    public bool MayContain(ReadOnlySpan<char> word) => word.IsEmpty || MayContain(KeyOf(Head(word), word.Length, word[^1]));

    /// <summary>As <see cref="MayContain(ReadOnlySpan{char})"/> for <c>source[start..start+length)</c>, with <paramref name="length"/> at least 1.</summary>
    public bool MayContain(string source, int start, int length) => MayContain(KeyOf(source, start, length));

    /// <summary>False when the word <paramref name="key"/> was made from is surely not a word added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ShapeKey key)
    {
        if (Off || !key.Shaped) return true;
        return ((_bits[key.First >> 6] >> key.First) & (_bits[key.Second >> 6] >> key.Second) & 1) != 0;
    }

    /// <summary>
    /// The shape of the word <c>source[start..start+length)</c> (<paramref name="length"/> at least 1), made once and
    /// asked of any number of filters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ShapeKey KeyOf(string source, int start, int length) =>
        source.Length >= 4 ? KeyOfLong(source, start, length) : KeyOf(Head(source.AsSpan(start, length)), length, source[start + length - 1]);

    /// <summary>
    /// As <see cref="KeyOf(string, int, int)"/> for a source of four characters or more: the four characters are one
    /// 64-bit load, taken from the last four of the source and shifted down for a word that starts closer to its end.
    /// There is no call on any path, so a loop over tokens keeps its values in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ShapeKey KeyOfLong(string source, int start, int length)
    {
        ref char first = ref MemoryMarshal.GetReference(source.AsSpan());
        int at = Math.Min(start, source.Length - 4);
        ulong head = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref first, at))) >> (16 * (start - at));
        return KeyOf(head, length, source[start + length - 1]);
    }

    /// <summary>True when a character beyond ASCII among the first four and the last of <paramref name="word"/> equals an ASCII character ignoring case.</summary>
    private static bool HasAsciiCaseWhereShaped(ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if ((i < 4 || i == word.Length - 1) && word[i] >= '\u0080' && HasAsciiCase(word[i])) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="c"/> equals an ASCII character ignoring case, as <see cref="StringComparison.OrdinalIgnoreCase"/> compares.</summary>
    private static bool HasAsciiCase(char c)
    {
        for (char a = '\0'; a < '\u0080'; a++)
        {
            if (new ReadOnlySpan<char>(in a).Equals(new ReadOnlySpan<char>(in c), StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Up to four characters of <paramref name="word"/> as one value, zero past its end.</summary>
    private static ulong Head(ReadOnlySpan<char> word)
    {
        // Each character where a load of the four reads it (the one-load key of a source, KeyOfLong): shifted in, where
        // a buffer on the stack was cleared and copied.
        ulong head = 0;
        int n = Math.Min(word.Length, 4);
        for (int k = 0; k < n; k++) head |= (ulong)word[k] << (BitConverter.IsLittleEndian ? 16 * k : 48 - 16 * k);
        return head;
    }

    /// <summary>The key of a word from its first four characters (as read, possibly past its end), its length and last character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ShapeKey KeyOf(ulong head, int length, char last) =>
        // The characters of the word among the four read (length >= 1): a shift by 64 - 16 * min(length, 4), which
        // is -16 * min(length, 4) as a 64-bit shift counts (modulo 64), so all four are kept at four and beyond.
        KeyOf(head, ulong.MaxValue >> (-16 * Math.Min(length, 4)), length, last);

    /// <summary>
    /// As <see cref="KeyOf(ulong, int, char)"/>, given the mask of the word's characters among the four read:
    /// <see cref="HeadMask(int)"/> of its length (or of any count from four up when it has four or more).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ShapeKey KeyOf(ulong head, ulong wordMask, int length, char last)
    {
        ulong key = (head | FoldAfterFirst) & wordMask;
        bool ascii = ((key & NonAscii) | ((uint)last & 0xFF80u)) == 0;
        // An ASCII character leaves bits 7 to 15 of its lane clear: the last character goes to bits 8 to 14 and the
        // length from bit 24, so for an ASCII word of fewer than 256 characters nothing collides before hashing. No
        // mask keeps them there: the bits of a longer word, or of a last character beyond ASCII (whose key is not
        // shaped and so never read), only make a collision, which costs a lookup, never a miss.
        ulong mixed = Mix(key, length, last);
        return new ShapeKey((int)FirstPosition(mixed), (int)SecondPosition(mixed), ascii);
    }

    /// <summary>
    /// The two positions of <see cref="KeyOf(ulong, ulong, int, char)"/> for a word of ASCII characters only (whose key
    /// is always shaped), whose <paramref name="head"/> is read with its characters after the first already ORed with
    /// 0x20, as native-sized numbers: a table read at them needs no widening of an <see cref="int"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (nuint First, nuint Second) AsciiPositions(ulong head, ulong wordMask, int length, char last)
    {
        ulong mixed = Mix(head & wordMask, length, last);
        return (FirstPosition(mixed), SecondPosition(mixed));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong key, int length, char last) => key | (ulong)(uint)(last | 0x20) << 8 | (ulong)(uint)length << 24;

    /// <summary>The mask of the first <c>min(<paramref name="count"/>, 4)</c> of four characters read as one number, for a count from 0 to 8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong HeadMask(int count) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(HeadMasks), (nuint)(uint)count);

    /// <inheritdoc cref="HeadMask(int)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong HeadMask(nuint count) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(HeadMasks), count);

    // A field, not a span over constant data: a span of 8-byte constants is made at each call where the code is not
    // optimized (a Debug build), as an array.
    private static readonly ulong[] HeadMasks =
        [0, 0xFFFF, 0xFFFF_FFFF, 0xFFFF_FFFF_FFFF, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue];

    private const int PositionBits = 14;

    // Multiplicative hashing: the top bits of a product mix all of the key's bits; two odd constants give two
    // unrelated hashes. (One 128-bit product for both would need BMI2's MULX: the baseline instruction set the tool is
    // compiled for multiplies it in software.)
    private static nuint FirstPosition(ulong mixed) => (nuint)((mixed * 0x9E3779B97F4A7C15UL) >> (64 - PositionBits));

    private static nuint SecondPosition(ulong mixed) => (nuint)((mixed * 0xD6E8FEB86659FD93UL) >> (64 - PositionBits));

    private void Set(ShapeKey key)
    {
        SetBit(key.First);
        SetBit(key.Second);
    }

    private void SetBit(int hash) => _bits[hash >> 6] |= 1UL << (hash & 63);

    /// <summary>The positions <c>64 * <paramref name="word"/></c> to <c>64 * <paramref name="word"/> + 63</c> as bits (all set when the filter is off).</summary>
    public ulong Word(int word) => Off ? ulong.MaxValue : _bits[word];

    /// <summary>True when a word added set bit <paramref name="position"/> (or the filter is off).</summary>
    public bool Holds(int position) => Off || (_bits[position >> 6] & (1UL << (position & 63))) != 0;
}
