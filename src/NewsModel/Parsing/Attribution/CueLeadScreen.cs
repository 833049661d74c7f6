using System.Runtime.CompilerServices;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

/// <summary>
/// The cue phrases' words by first letter, last letter and length, as the phrase index cut them: a word that starts no
/// phrase of one word ("was" of "was quoted as saying", "pointed" of "pointed out") opens a cue only before the second
/// word of one of its phrases, and this tells most such words apart without the phrase index's lookup.
/// </summary>
/// <remarks>
/// Exact where it rules out: a phrase's word equals a token only at the same length and, for a token that starts and
/// ends with ASCII letters, only with those letters first and last (ignoring case; no character beyond ASCII equals an
/// ASCII letter so). A word token it cannot shape (other characters there, 32 characters or more) is never ruled out;
/// a punctuation token (but a hyphen) is, where no phrase's word in its place opens with anything but a letter. The
/// first two and three words are told by hashes of their shapes: two pairs that share a slot only let more through.
/// </remarks>
internal sealed class CueLeadScreen
{
    // Per pair of ASCII letters (first and last, case folded), a bit per length under 32: the phrases of one word, and
    // the second words of the longer phrases.
    private readonly uint[] _alone = new uint[26 * 26];
    private readonly uint[] _seconds = new uint[26 * 26];

    // The first words of the phrases of two words or more, ignoring case as the phrase index's first-word table does
    // for ASCII words.
    private readonly HashSet<string> _longerFirsts = new(StringComparer.OrdinalIgnoreCase);

    // Their shapes, as _alone's: a word of another shape ("said") is answered without the set's hash.
    private readonly uint[] _longerFirstShapes = new uint[26 * 26];

    /// <summary>True when a phrase of two words or more starts with the word <paramref name="token"/> (ignoring case).</summary>
    public bool StartsLongerPhrase(string source, in Token token) =>
        Has(_longerFirstShapes, source, token) && _longerFirsts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(source.AsSpan(token.Start, token.Length));

    /// <summary>Takes a phrase's <paramref name="words"/> as the phrase index cut them (what its <c>Add</c> returns).</summary>
    public void Add(string[] words)
    {
        if (words.Length == 1) Set(_alone, words[0]);
        else if (words.Length > 1)
        {
            Set(_seconds, words[1]);
            _longerFirsts.Add(words[0]);
            Set(_longerFirstShapes, words[0]);
            if (words[1].Length == 0 || (uint)((words[1][0] | 0x20) - 'a') >= 26) _secondsOpenWithLetters = false;
            int a = ShapeOf(words[0]), b = ShapeOf(words[1]);
            if (a < 0 || b < 0)
            {
                _pairsComplete = false;
                return;
            }
            int pair = PairSlot(a, b);
            _pairs[pair >> 6] |= 1UL << pair;
            if (words.Length == 2)
            {
                _twoWordPairs[pair >> 6] |= 1UL << pair;
                return;
            }
            // A third word a mark could be equal to, or of no shape, leaves the third words unknown.
            int c = ShapeOf(words[2]);
            if (c < 0) _triplesComplete = false;
            else _triples[TripleSlot(pair, c) >> 6] |= 1UL << TripleSlot(pair, c);
        }
    }

    // The pairs of the phrases of two words alone (as _pairs), and the phrases of three words or more by their pair's
    // slot and their third word's shape: "did not" opens only "did not believe", so "did not say" opens none.
    private readonly ulong[] _twoWordPairs = new ulong[PairSlots / 64];
    private readonly ulong[] _triples = new ulong[PairSlots / 64];
    private bool _triplesComplete = true;

    private static int TripleSlot(int pair, int third) => (int)((uint)(pair * ShapeCount + third) * 0x9E3779B1u >> (32 - 13));

    // The phrases of two words or more by the shapes of their first two words (first and last letter and length of
    // each, as _alone's), a bit per hash of the pair: "is" and "not" each stand in some phrase ("is quoted as saying",
    // "did not believe") but no phrase opens "is not". Complete unless a first or second word has no such shape.
    private readonly ulong[] _pairs = new ulong[PairSlots / 64];
    private bool _pairsComplete = true;

    private const int PairSlots = 8192;

    // True while every phrase's second word opens with an ASCII letter: a punctuation token (but a hyphen, which a
    // match skips) is then no second word.
    private bool _secondsOpenWithLetters = true;

    private static int PairSlot(int first, int second) => (int)((uint)(first * ShapeCount + second) * 0x9E3779B1u >> (32 - 13));

    /// <summary>How many shapes <see cref="ShapeOf(string)"/> tells apart.</summary>
    private const int ShapeCount = 26 * 26 * 32;

    /// <summary>A word's first and last ASCII letter (case folded) and length under 32 as one number, or -1 when it has none such.</summary>
    private static int ShapeOf(string word)
    {
        if (word.Length == 0 || word.Length >= 32) return -1;
        uint head = (uint)((word[0] | 0x20) - 'a');
        uint tail = (uint)((word[^1] | 0x20) - 'a');
        return head < 26 && tail < 26 ? (int)((head * 26 + tail) * 32 + (uint)word.Length) : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ShapeOf(string source, in Token token)
    {
        uint head = (uint)((source[token.Start] | 0x20) - 'a');
        uint tail = (uint)((source[token.Start + token.Length - 1] | 0x20) - 'a');
        return head < 26 && tail < 26 && (uint)token.Length < 32 ? (int)((head * 26 + tail) * 32 + (uint)token.Length) : -1;
    }

    /// <summary>
    /// True when no phrase starts at token <paramref name="i"/> of <paramref name="tokens"/> (in <paramref name="source"/>)
    /// and ends by token <paramref name="limit"/>: the token is no phrase of one word, and either no longer phrase's first
    /// word has its shape (an anchor such as "in", which opens no cue phrase, is then passed without OpensNoneBefore's
    /// call: 2,200 calls fewer on 200 bulk articles), or the next one is a word that is
    /// the second word of no phrase, or of none that the token opens, or a punctuation mark (not a hyphen, which a match
    /// skips); or the two open only phrases of three words or more, and the token after them is no third word of theirs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool OpensNone(string source, ReadOnlySpan<Token> tokens, int i, int limit) =>
        !Has(_alone, source, tokens[i]) && (i + 1 >= limit || !Has(_longerFirstShapes, source, tokens[i]) || OpensNoneBefore(source, tokens, i, limit));

    /// <summary>
    /// <see cref="OpensNone"/> past a first word that is no phrase of one word: on 200 bulk articles the phrase index
    /// found no phrase for about 190 such words before a mark ("state .", "was \"", "is ,"), about 170 before a second
    /// word of another first word's phrases ("is not", "was to", "going to") and about 80 before a third word of none
    /// ("did not say", "made it to").
    /// </summary>
    private bool OpensNoneBefore(string source, ReadOnlySpan<Token> tokens, int i, int limit)
    {
        ref readonly var next = ref tokens[i + 1];
        if (next.Kind != TokenKind.Word) return next.Kind == TokenKind.Punct && _secondsOpenWithLetters && !Chars.IsHyphen(source[next.Start]);
        if (!Has(_seconds, source, next)) return true;
        if (!_pairsComplete) return false;
        int a = ShapeOf(source, tokens[i]), b = ShapeOf(source, next);
        if (a < 0 || b < 0) return false;
        int pair = PairSlot(a, b);
        if ((_pairs[pair >> 6] & 1UL << pair) == 0) return true;
        // A pair that a phrase of two words may be, or phrases of three words whose third word is not all known, goes to the index.
        if ((_twoWordPairs[pair >> 6] & 1UL << pair) != 0 || !_triplesComplete) return false;
        if (i + 2 >= limit) return true;
        ref readonly var third = ref tokens[i + 2];
        if (third.Kind != TokenKind.Word) return third.Kind == TokenKind.Punct && !Chars.IsHyphen(source[third.Start]);
        int c = ShapeOf(source, third);
        if (c < 0) return false;
        int triple = TripleSlot(pair, c);
        return (_triples[triple >> 6] & 1UL << triple) == 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Has(uint[] masks, string source, in Token token)
    {
        uint head = (uint)((source[token.Start] | 0x20) - 'a');
        uint tail = (uint)((source[token.Start + token.Length - 1] | 0x20) - 'a');
        if (head >= 26 || tail >= 26 || (uint)token.Length >= 32) return true;
        return (masks[head * 26 + tail] >> token.Length & 1) != 0;
    }

    private static void Set(uint[] masks, string word)
    {
        if (word.Length == 0 || word.Length >= 32) return;
        uint head = (uint)((word[0] | 0x20) - 'a');
        uint tail = (uint)((word[^1] | 0x20) - 'a');
        if (head < 26 && tail < 26) masks[head * 26 + tail] |= 1u << word.Length;
    }
}
