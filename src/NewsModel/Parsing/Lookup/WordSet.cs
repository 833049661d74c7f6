using System.Runtime.CompilerServices;

namespace NewsModel.Parsing.Lookup;

/// <summary>A case-insensitive set of words that answers for a span of the source, so hot loops look words up without allocating.</summary>
/// <remarks>
/// The sets are small (a few to a hundred words) and asked mostly about words they do not hold, so a word is first
/// tested against 256 bits keyed by its length and its first and last letters folded to lower case: a clear bit
/// rules it out in a few instructions, before the table is hashed. A word whose first or last character is beyond
/// ASCII skips the test (case folding could map such a character onto ASCII), and so does every word when a key has
/// such a character; the table then answers, exactly as before.
/// </remarks>
internal sealed class WordSet
{
    private readonly WordTable<bool> _words = new();
    private readonly ulong[] _shapes = new ulong[4];
    private readonly bool _unfiltered;

    public WordSet(params string[] words)
    {
        foreach (var word in words)
        {
            _words.Set(word, true);
            if (word.Length == 0 || word[0] >= '\u0080' || word[^1] >= '\u0080') _unfiltered = true;
            else SetShape(Shape(word.Length, word[0], word[^1]));
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
        return _words.ContainsKey(word);
    }

    // Bit 0x20 folds an ASCII letter to lower case; it also pairs a few marks with others, which costs a lookup, never
    // a miss. The product's top byte mixes length and both characters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Shape(int length, char first, char last) =>
        ((uint)(first | 0x20) | (uint)(last | 0x20) << 7 | (uint)length << 14) * 0x9E3779B1u >> 24;

    private void SetShape(uint shape) => _shapes[shape >> 6] |= 1UL << (int)(shape & 63);
}
