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

    // Most tokens start no phrase. Before hashing a token ignoring case, this filter rules it out by its first
    // character (ASCII, folded to lower case) and its length: bit min(length, 63) of the word's entry. A first
    // word that does not start with ASCII turns the filter off, since case folding can map it onto ASCII.
    private readonly ulong[] _firstCharLengths = new ulong[128];
    private bool _unfiltered;

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
        char first = words[0][0];
        if (first < '\u0080') _firstCharLengths[char.ToLowerInvariant(first)] |= 1UL << Math.Min(words[0].Length, 63);
        else _unfiltered = true;
        // Longest first, so the first match found is the longest.
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
    }

    public bool StartsAny(string source, Token token) =>
        MayStart(source, token) && _byFirst.ContainsKey(source.AsSpan(token.Start, token.Length));

    /// <summary>False when no phrase can start with <paramref name="token"/>; true means look it up.</summary>
    private bool MayStart(string source, Token token)
    {
        if (_unfiltered) return true;
        char c = source[token.Start];
        if (c >= '\u0080') return true;
        return (_firstCharLengths[char.ToLowerInvariant(c)] & (1UL << Math.Min(token.Length, 63))) != 0;
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>; <paramref name="end"/> is the token index after it.</summary>
    public bool TryMatch(string source, IReadOnlyList<Token> tokens, int index, int limit, out T value, out int end)
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
