using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// Finds known multi-word phrases in a token list: longest match at a position, in time linear in the
/// phrase length. Hyphens in the text are skipped (so "Nuclear-Test-Ban" meets "Nuclear Test Ban") and
/// apostrophes are one class.
/// </summary>
internal sealed class PhraseIndex<T> : IScreenedPhraseIndex
{
    private sealed record Phrase(string[] Words, bool CaseSensitive, T Value);

    private readonly WordTable<List<Phrase>> _byFirst = new();

    // Most tokens start no phrase: the first words' shapes rule them out before a table lookup. They enter ignoring
    // case even for a phrase matched by case, as the first-word table itself is keyed ignoring case.
    private readonly ShapeFilter _firstShapes = new();

    /// <summary>
    /// The most words any phrase has. A match spans that many tokens at most, plus the hyphens it skips between its
    /// words: a caller may rule a match out by what lies past that span without asking.
    /// </summary>
    public int MaxWords { get; private set; }

    /// <summary>The shapes of the first words: a token this filter turns away starts no phrase.</summary>
    public ShapeFilter FirstShapes => _firstShapes;

    /// <summary>The first word of every phrase: a token that equals none of them (ignoring case) starts no phrase.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>
    /// The bit <see cref="TokenScreen"/> keeps this index's first-word answer in, on the tokens it screened; none when
    /// no screen asks this index's filter.
    /// </summary>
    private TokenMarks _screenMark;

    void IScreenedPhraseIndex.ScreenedAs(TokenMarks mark)
    {
        if (_screenMark != TokenMarks.None) throw new InvalidOperationException("A phrase index is screened by one token screen only.");
        _screenMark = mark;
    }

    public void Add(string phrase, T value, bool caseSensitive = false)
    {
        if (_screenMark != TokenMarks.None) throw new InvalidOperationException("A screened phrase index takes no more phrases: the screen would not know their first words.");
        var words = Tokenizer.PhraseWords(phrase);
        if (words.Length == 0) return;
        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            list = [];
            _byFirst.Set(words[0], list);
        }
        list.Add(new Phrase(words, caseSensitive, value));
        MaxWords = Math.Max(MaxWords, words.Length);
        _firstShapes.Add(words[0]);
        // Longest first, so the first match found is the longest.
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>
    /// False when no phrase can start with <paramref name="token"/>; true means look it up. A token the screen marked
    /// carries the filter's answer as a bit; any other token is shaped here.
    /// </summary>
    private bool MayStart(string source, Token token) => (token.Marks & TokenMarks.Screened) != 0 && _screenMark != TokenMarks.None
        ? !RuledOutByScreen(token.Marks)
        : _firstShapes.MayContain(source, token.Start, token.Length);

    /// <summary>The longest phrase starting at token <paramref name="index"/>; <paramref name="end"/> is the token index after it.</summary>
    /// <remarks>
    /// Inlined into the caller: a token the screen marked and ruled out (most tokens a stage asks about) is answered
    /// from its marks without a call.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryMatch(string source, List<Token> tokens, int index, int limit, out T value, out int end)
    {
        if (RuledOutByScreen(tokens[index].Marks))
        {
            value = default!;
            end = index;
            return false;
        }
        return TryMatch(source, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), index, limit, out value, out end);
    }

    /// <summary>True when the screen marked a token and found that no phrase of this index starts with it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool RuledOutByScreen(TokenMarks marks) =>
        (marks & (TokenMarks.Screened | _screenMark)) == TokenMarks.Screened && _screenMark != TokenMarks.None;

    /// <summary>The one-word phrase that is <paramref name="token"/> alone, without a token list around it.</summary>
    public bool TryMatchWord(string source, Token token, out T value) =>
        TryMatch(source, new ReadOnlySpan<Token>(in token), 0, 1, out value, out _);

    // Over the list's array: the token reads in the phrase walk are plain array reads, not interface calls.
    private bool TryMatch(string source, ReadOnlySpan<Token> tokens, int index, int limit, out T value, out int end)
    {
        value = default!;
        end = index;
        var first = tokens[index];
        if (first.Kind == TokenKind.Punct && !Chars.IsApostrophe(source[first.Start]) && source[first.Start] != '.') return false;
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
                if (w > 0 && token.Kind == TokenKind.Punct && Chars.IsHyphen(span[0]))
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
        if (word == "'") return text.Length == 1 && Chars.IsApostrophe(text[0]);
        return caseSensitive ? text.SequenceEqual(word) : text.Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
