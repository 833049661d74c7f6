using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Parsing.Internal;

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
/// added with a non-ASCII character in those places turns the filter off, since case folding can map such a
/// character onto ASCII; a word looked up with one is let through.
/// <para>
/// The key is built without a branch on the word's length: the four characters are read as one 64-bit load and the
/// ones past the word masked off. Tokens of one or two characters (punctuation, "a", "of") are a third of running
/// text, and branching on their length mispredicted often enough to cost more than the rest of the test.
/// </para>
/// </remarks>
internal sealed class ShapeFilter
{
    private const int Bits = 1 << 14;
    private const ulong FoldAfterFirst = 0x0020_0020_0020_0000UL;
    private const ulong NonAscii = 0xFF80_FF80_FF80_FF80UL;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    /// <summary>True when a word added could not be filtered: every word is then let through.</summary>
    public bool Off { get; private set; }

    public void Add(ReadOnlySpan<char> word, bool caseSensitive = false)
    {
        var key = word.IsEmpty ? default : KeyOf(Head(word), word.Length, word[^1]);
        if (!key.Shaped)
        {
            Off = true;
            return;
        }
        Set(key.Mixed);
        // Bit 0x20 of the first character is its case, for an ASCII letter; flipping it in the key before mixing
        // is flipping it in the mixed key, as the mix is an exclusive or.
        if (!caseSensitive && char.IsAsciiLetter(word[0])) Set(key.Mixed ^ 0x20);
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
        int first = FirstHash(key.Mixed), second = SecondHash(key.Mixed);
        return ((_bits[first >> 6] >> first) & (_bits[second >> 6] >> second) & 1) != 0;
    }

    /// <summary>
    /// The shape of the word <c>source[start..start+length)</c> (<paramref name="length"/> at least 1), made once and
    /// asked of any number of filters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ShapeKey KeyOf(string source, int start, int length)
    {
        // Four characters read at once where the string has them; the key is masked to the word's own.
        ulong head = start <= source.Length - 4
            ? Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(source.AsSpan()), start)))
            : Head(source.AsSpan(start, length));
        return KeyOf(head, length, source[start + length - 1]);
    }

    /// <summary>Up to four characters of <paramref name="word"/> as one value, zero past its end.</summary>
    private static ulong Head(ReadOnlySpan<char> word)
    {
        Span<char> four = stackalloc char[4];
        four.Clear();
        word[..Math.Min(word.Length, 4)].CopyTo(four);
        return MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(four));
    }

    /// <summary>The key of a word from its first four characters (as read, possibly past its end), its length and last character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ShapeKey KeyOf(ulong head, int length, char last)
    {
        // min(length, 4) without a branch (length >= 1): the characters of the word among the four read.
        int over = length - 4;
        int kept = 4 + (over & (over >> 31));
        ulong key = (head | FoldAfterFirst) & (ulong.MaxValue >> (64 - 16 * kept));
        uint tail = (uint)(last | 0x20) | (uint)length << 16;
        bool ascii = ((key & NonAscii) | ((uint)last & 0xFF80u)) == 0;
        return new ShapeKey(Mix(key, tail), ascii);
    }

    // Multiplicative hashing: the top bits of a product mix all of the key's bits; two odd constants give two
    // unrelated hashes of the head with the tail spread over it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong head, uint tail) => head ^ tail * 0xC2B2AE3D27D4EB4FUL;

    private static int FirstHash(ulong mixed) => (int)((mixed * 0x9E3779B97F4A7C15UL) >> 50);

    private static int SecondHash(ulong mixed) => (int)((mixed * 0xD6E8FEB86659FD93UL) >> 50);

    private void Set(ulong mixed)
    {
        SetBit(FirstHash(mixed));
        SetBit(SecondHash(mixed));
    }

    private void SetBit(int hash) => _bits[hash >> 6] |= 1UL << (hash & 63);
}

/// <summary>A word's shape as <see cref="ShapeFilter"/> hashes it; <see cref="Shaped"/> is false for a word with a non-ASCII character where the shape reads.</summary>
internal readonly record struct ShapeKey(ulong Mixed, bool Shaped);
