namespace NewsModel.Parsing.Internal;

/// <summary>
/// A Bloom filter over the shape of words: a word it does not hold is surely none of the words added, so a stage can
/// skip a token without a table lookup. Nearly every token of running text is ruled out this way before the tables
/// of cues, names and treaties are asked.
/// </summary>
/// <remarks>
/// The shape is the first character, the second, the third and the last, and the length (capped at 15), hashed to two
/// of 16,384 bits: 2 KB, so that the filters of all the tables stay in the first-level cache together (at 8 KB each the
/// parse ran measurably slower). Characters after the first enter folded to lower case (<c>| 0x20</c>, which also pairs
/// a few marks with others: that costs a lookup, never a miss); the first keeps its case, and a word added ignoring case enters
/// with both cases of its first letter, so that words matched by case ("TTBT") do not let "that" through. A word
/// added with a non-ASCII character in those places turns the filter off, since case folding can map such a
/// character onto ASCII; a word looked up with one is let through.
/// </remarks>
internal sealed class ShapeFilter
{
    private const int Bits = 1 << 14;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    /// <summary>True when a word added could not be filtered: every word is then let through.</summary>
    public bool Off { get; private set; }

    public void Add(ReadOnlySpan<char> word, bool caseSensitive = false)
    {
        if (!TryKey(word, out uint key))
        {
            Off = true;
            return;
        }
        Set(key);
        // Bit 0x20 of the first character is its case, for an ASCII letter.
        if (!caseSensitive && char.IsAsciiLetter(word[0])) Set(key ^ 0x20);
    }

    /// <summary>False when <paramref name="word"/> is surely not a word added; true means look it up.</summary>
    public bool MayContain(ReadOnlySpan<char> word) => Off || !TryKey(word, out uint key) || (IsSet(FirstHash(key)) && IsSet(SecondHash(key)));

    /// <summary>Four ASCII characters of seven bits and a length of four: the key, before hashing.</summary>
    private static bool TryKey(ReadOnlySpan<char> word, out uint key)
    {
        key = 0;
        if (word.IsEmpty) return false;
        char first = word[0];
        char second = word[Math.Min(1, word.Length - 1)];
        char third = word[Math.Min(2, word.Length - 1)];
        char last = word[^1];
        if ((first | second | third | last) >= '\u0080') return false;
        key = first | (uint)(second | 0x20) << 7 | (uint)(third | 0x20) << 14 | (uint)(last | 0x20) << 21 | (uint)Math.Min(word.Length, 15) << 28;
        return true;
    }

    // Multiplicative hashing: the top bits of the product mix all of the key's bits; two odd constants give two
    // unrelated hashes.
    private static int FirstHash(uint key) => (int)((key * 0x9E3779B1u) >> 18);

    private static int SecondHash(uint key) => (int)((key * 0x85EBCA77u) >> 18);

    private void Set(uint key)
    {
        SetBit(FirstHash(key));
        SetBit(SecondHash(key));
    }

    private void SetBit(int hash) => _bits[hash >> 6] |= 1UL << (hash & 63);

    private bool IsSet(int hash) => (_bits[hash >> 6] & (1UL << (hash & 63))) != 0;
}
