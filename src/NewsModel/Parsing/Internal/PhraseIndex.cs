namespace NewsModel.Parsing.Internal;

/// <summary>
/// Finds known multi-word phrases in a token list: longest match at a position, in time linear in the
/// phrase length. Hyphens in the text are skipped (so "Nuclear-Test-Ban" meets "Nuclear Test Ban") and
/// apostrophes are one class.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private sealed record Phrase(string[] Words, bool CaseSensitive, T Value);

    private readonly WordTable<List<Phrase>> _byFirst = new();

    // Most tokens start no phrase. Before a table lookup, this filter rules a token out by its shape: first and last
    // characters (ASCII, folded to lower case) and length, hashed to one bit of 4,096 (a Bloom filter with one hash).
    // First letter and length alone let most capitalised words through to the gazetteer's lookup. A first word with a
    // non-ASCII end turns the filter off, since case folding can map such a character onto ASCII.
    private readonly ulong[] _shapes = new ulong[ShapeBits / 64];
    private bool _unfiltered;
    private const int ShapeBits = 4096;

    public int Count { get; private set; }

    /// <summary>The first word of every phrase: a token that equals none of them (ignoring case) starts no phrase.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    public void Add(string phrase, T value, bool caseSensitive = false)
    {
        var words = Tokenizer.PhraseWords(phrase);
        if (words.Length == 0) return;
        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            list = [];
            _byFirst.Set(words[0], list);
        }
        list.Add(new Phrase(words, caseSensitive, value));
        var key = words[0];
        if (key[0] < '\u0080' && key[^1] < '\u0080')
        {
            int bit = Shape(key);
            _shapes[bit >> 6] |= 1UL << bit;
        }
        else
        {
            _unfiltered = true;
        }
        // Longest first, so the first match found is the longest.
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
    }

    public bool StartsAny(string source, Token token) =>
        MayStart(source, token) && _byFirst.ContainsKey(source.AsSpan(token.Start, token.Length));

    /// <summary>False when no phrase can start with <paramref name="token"/>; true means look it up.</summary>
    private bool MayStart(string source, Token token)
    {
        if (_unfiltered || token.Length == 0) return true;
        var word = source.AsSpan(token.Start, token.Length);
        if (word[0] >= '\u0080' || word[^1] >= '\u0080') return true;
        int bit = Shape(word);
        return (_shapes[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int Shape(ReadOnlySpan<char> word) =>
        (int)(((uint)Fold(word[0]) * 0x9E3779B1u ^ (uint)Fold(word[^1]) * 0x85EBCA77u ^ (uint)Math.Min(word.Length, 255) * 0xC2B2AE3Du) >> 20) & (ShapeBits - 1);

    private static char Fold(char c) => char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c;

    /// <summary>The longest phrase starting at token <paramref name="index"/>; <paramref name="end"/> is the token index after it.</summary>
    public bool TryMatch(string source, List<Token> tokens, int index, int limit, out T value, out int end) =>
        TryMatch(source, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), index, limit, out value, out end);

    // Over the list's array: the token reads in the phrase walk are plain array reads, not interface calls.
    private bool TryMatch(string source, ReadOnlySpan<Token> tokens, int index, int limit, out T value, out int end)
    {
        value = default!;
        end = index;
        var first = tokens[index];
        if (first.Kind == TokenKind.Punct && !Text.IsApostrophe(source[first.Start]) && source[first.Start] != '.') return false;
        if (!MayStart(source, first)) return false;
        if (!_byFirst.TryGetValue(source.AsSpan(first.Start, first.Length), out var candidates)) return false;
        foreach (var phrase in candidates)
        {
            int t = index;
            int w = 0;
            while (w < phrase.Words.Length && t < limit)
            {
                var token = tokens[t];
                var span = source.AsSpan(token.Start, token.Length);
                if (w > 0 && token.Kind == TokenKind.Punct && Text.IsHyphen(span[0]))
                {
                    t++;
                    continue;
                }
                if (!WordEquals(span, phrase.Words[w], phrase.CaseSensitive)) break;
                w++;
                t++;
            }
            if (w == phrase.Words.Length)
            {
                value = phrase.Value;
                end = t;
                return true;
            }
        }
        return false;
    }

    private static bool WordEquals(ReadOnlySpan<char> text, string word, bool caseSensitive)
    {
        if (word == "'") return text.Length == 1 && Text.IsApostrophe(text[0]);
        return caseSensitive ? text.SequenceEqual(word) : text.Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
