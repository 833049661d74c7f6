using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// Finds known multi-word phrases in a token list: longest match at a position, in time linear in the
/// phrase length. Hyphens in the text are skipped (so "Nuclear-Test-Ban" meets "Nuclear Test Ban") and
/// apostrophes are one class.
/// </summary>
internal sealed class PhraseIndex<T> : IScreenedPhraseIndex
{
    /// <summary>
    /// A phrase's words, and where the form each is compared in starts in the index's <see cref="_forms"/>: a phrase
    /// matched ignoring case keeps its words there with their ASCII letters upper-cased (<see cref="AsciiUpper"/>); an
    /// apostrophe, which matches any apostrophe character, has no form (-1).
    /// </summary>
    private sealed record Phrase(string[] Words, int[] Forms, bool CaseSensitive, T Value);

    // The phrases' words in upper case, back to back: one array for the index rather than a string per word.
    private char[] _forms = new char[256];
    private int _formCount;

    private readonly WordTable<List<Phrase>> _byFirst;

    // Most tokens start no phrase: the first words' shapes, folded into the token screen's table, rule them out before
    // a lookup (the screen keeps the answer on the token). They enter ignoring case even for a phrase matched by case,
    // as the first-word table itself is keyed ignoring case.
    private readonly ShapeFilter _firstShapes = new();

    /// <summary>
    /// The most words any phrase has. A match spans that many tokens at most, plus the hyphens it skips between its
    /// words: a caller may rule a match out by what lies past that span without asking.
    /// </summary>
    public int MaxWords { get; private set; }

    /// <summary>An index sized for <paramref name="phrases"/> phrases (at most that many first words), so that adding them grows no table.</summary>
    public PhraseIndex(int phrases = 0) => _byFirst = new(phrases);

    /// <summary>The shapes of the first words: a token this filter turns away starts no phrase.</summary>
    public ShapeFilter FirstShapes => _firstShapes;

    /// <summary>The first word of every phrase: a token that equals none of them (ignoring case) starts no phrase.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>
    /// The bit <see cref="TokenScreen"/> keeps this index's first-word answer in, on the tokens it screened; none when
    /// no screen asks this index's filter.
    /// </summary>
    private TokenMarks _screenMark;

    /// <summary>The bit a screened token keeps this index's first-word answer in; none when no screen asks this index.</summary>
    public TokenMarks ScreenMark => _screenMark;

    void IScreenedPhraseIndex.ScreenedAs(TokenMarks mark)
    {
        if (_screenMark != TokenMarks.None) throw new InvalidOperationException("A phrase index is screened by one token screen only.");
        _screenMark = mark;
    }

    /// <summary>
    /// Adds <paramref name="phrase"/> with <paramref name="value"/>, and returns its words as the index cut them
    /// (<see cref="WordsOf"/>; none for a phrase without words, which is not added), for a caller that also needs them.
    /// </summary>
    public string[] Add(string phrase, T value, bool caseSensitive = false)
    {
        if (_screenMark != TokenMarks.None) throw new InvalidOperationException("A screened phrase index takes no more phrases: the screen would not know their first words.");
        var words = WordsOf(phrase);
        if (words.Length == 0) return words;
        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            // Most first words start one phrase: a list of one, which its first phrase does not grow (to four).
            list = new List<Phrase>(1);
            _byFirst.Set(words[0], list);
        }
        list.Add(new Phrase(words, FormsOf(words, caseSensitive), caseSensitive, value));
        MaxWords = Math.Max(MaxWords, words.Length);
        _firstShapes.Add(words[0]);
        // Longest first, so the first match found is the longest; a list of one is in order.
        if (list.Count > 1) list.Sort(static (a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return words;
    }

    /// <summary>
    /// The words of <paramref name="phrase"/> as <see cref="Tokenizer.PhraseWords"/> gives them. A phrase of ASCII letters
    /// with one space between words (nearly every phrase of the knowledge base) is cut at its spaces: each run of letters
    /// is one token, and tokenizing it cost about a thousand instructions a phrase at start-up.
    /// </summary>
    internal static string[] WordsOf(string phrase)
    {
        int spaces = 0;
        for (int i = 0; i < phrase.Length; i++)
        {
            char c = phrase[i];
            if (c == ' ' && i > 0 && i < phrase.Length - 1 && phrase[i - 1] != ' ') spaces++;
            else if (!char.IsAsciiLetter(c)) return Tokenizer.PhraseWords(phrase);
        }
        if (phrase.Length == 0) return Tokenizer.PhraseWords(phrase);
        var words = new string[spaces + 1];
        int start = 0;
        for (int w = 0; w < spaces; w++)
        {
            int space = phrase.IndexOf(' ', start);
            words[w] = phrase[start..space];
            start = space + 1;
        }
        words[^1] = phrase[start..];
        return words;
    }

    private int[] FormsOf(string[] words, bool caseSensitive)
    {
        var starts = new int[words.Length];
        for (int w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (word == "'" || caseSensitive)
            {
                starts[w] = -1;
                continue;
            }
            if (_formCount + word.Length > _forms.Length) Array.Resize(ref _forms, Math.Max(_forms.Length * 2, _formCount + word.Length));
            starts[w] = _formCount;
            // Four characters at a time while the word is ASCII; a word with a character beyond ASCII keeps such
            // characters as they are (the compare leaves it to .NET's).
            if (word.Length == 0 || !AsciiUpper.TryCopyUpper(word, ref _forms[_formCount]))
            {
                for (int i = 0; i < word.Length; i++) _forms[_formCount + i] = char.IsAsciiLetterLower(word[i]) ? (char)(word[i] - 32) : word[i];
            }
            _formCount += word.Length;
        }
        return starts;
    }

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

    // Over the list's array: the token reads in the phrase walk are plain array reads, not interface calls. A token the
    // screen did not mark goes to the table without its shape filter: the lookup costs about what making the token's
    // shape key would, and most callers ask about tokens already known to start a phrase.
    private bool TryMatch(string source, ReadOnlySpan<Token> tokens, int index, int limit, out T value, out int end)
    {
        value = default!;
        end = index;
        var first = tokens[index];
        if (index >= limit || RuledOutByScreen(first.Marks)) return false;
        if (first.Kind == TokenKind.Punct && !Chars.IsApostrophe(source[first.Start]) && source[first.Start] != '.') return false;
        var firstWord = source.AsSpan(first.Start, first.Length);
        if (!_byFirst.TryGetValue(firstWord, out var candidates)) return false;
        foreach (var phrase in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates))
        {
            // Every phrase of the list has a first word equal to the table's key ignoring case, as the token is: only a
            // phrase matched by case compares it again.
            if (phrase.CaseSensitive && !WordEquals(firstWord, phrase, 0)) continue;
            var words = phrase.Words;
            int t = index + 1;
            int w = 1;
            while (w < words.Length && t < limit)
            {
                var token = tokens[t];
                var span = source.AsSpan(token.Start, token.Length);
                if (token.Kind == TokenKind.Punct && Chars.IsHyphen(span[0]))
                {
                    t++;
                    continue;
                }
                if (!WordEquals(span, phrase, w)) break;
                w++;
                t++;
            }
            if (w == words.Length)
            {
                value = phrase.Value;
                end = t;
                return true;
            }
        }
        return false;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool WordEquals(ReadOnlySpan<char> text, Phrase phrase, int w)
    {
        var word = phrase.Words[w];
        if (text.Length != word.Length) return false;
        int form = phrase.Forms[w];
        if (form >= 0) return AsciiUpper.EqualsUpper(text, ref _forms[form]);
        if (word == "'") return Chars.IsApostrophe(text[0]);
        return text.SequenceEqual(word);
    }
}
