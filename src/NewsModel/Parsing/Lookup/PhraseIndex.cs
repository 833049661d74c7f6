using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// Finds known multi-word phrases in a token list: longest match at a position, in time linear in the
/// phrase length. Hyphens in the text are skipped (so "Nuclear-Test-Ban" meets "Nuclear Test Ban") and
/// apostrophes are one class.
/// </summary>
internal sealed class PhraseIndex<T> : IScreenedPhraseIndex
{
    // The phrases in flat arrays rather than an object each: a probe walks a first word's phrases by index, reading a
    // phrase's words as (form, length, kind) triples beside each other, with no list, record or word array to load
    // (TryMatch was about 205 instructions of its own a call on the bulk sample, over 6,400 calls).
    private readonly PhraseStore _store;
    private T[] _values;

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
    public PhraseIndex(int phrases = 0)
    {
        _store = new(phrases);
        _values = new T[Math.Max(phrases, 8)];
    }

    /// <summary>The shapes of the first words: a token this filter turns away starts no phrase.</summary>
    public ShapeFilter FirstShapes => _firstShapes;

    /// <summary>The first word of every phrase: a token that equals none of them (ignoring case) starts no phrase.</summary>
    public IEnumerable<string> FirstWords => _store.FirstWords;

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
        int id = _store.Add(words, caseSensitive);
        if (id == _values.Length) Array.Resize(ref _values, id * 2);
        _values[id] = value;
        MaxWords = Math.Max(MaxWords, words.Length);
        _firstShapes.Add(words[0]);
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

    /// <summary>
    /// False when the screen rules out every token of a range whose marks, as one, are <paramref name="marks"/>: each
    /// filter bit any token carries, and <see cref="TokenMarks.Screened"/> only when all were screened. A caller that
    /// would probe at each token of the range then need not walk it.
    /// </summary>
    public bool MayStartWithin(TokenMarks marks) => !RuledOutByScreen(marks);

    /// <summary>True when the screen marked a token and found that no phrase of this index starts with it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool RuledOutByScreen(TokenMarks marks) =>
        (marks & (TokenMarks.Screened | _screenMark)) == TokenMarks.Screened && _screenMark != TokenMarks.None;

    /// <summary>The one-word phrase that is <paramref name="token"/> alone, without a token list around it.</summary>
    public bool TryMatchWord(string source, Token token, out T value)
    {
        if (RuledOutByScreen(token.Marks))
        {
            value = default!;
            return false;
        }
        return TryMatch(source, new ReadOnlySpan<Token>(in token), 0, 1, out value, out _);
    }

    // The screen's answer asked by the caller: the store does not ask it again.

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool TryMatch(string source, ReadOnlySpan<Token> tokens, int index, int limit, out T value, out int end)
    {
        int id = _store.Match(source, tokens, index, limit, out end);
        if (id < 0)
        {
            value = default!;
            return false;
        }
        value = _values[id];
        return true;
    }
}

/// <summary>
/// The phrases of a <see cref="PhraseIndex{T}"/> without their values, and its matching, which no value type enters:
/// compiled once for every index rather than as shared generic code that looks its type up.
/// </summary>
internal sealed class PhraseStore
{
    // How a phrase word is compared: ignoring case against its ASCII upper case, by case against itself, or as an
    // apostrophe, which matches any apostrophe character.
    private const int IgnoringCase = 0, ByCase = 1, Apostrophe = 2;

    private struct Word
    {
        public int Form;   // where its form starts in _forms
        public int Length;
        public int Kind;
    }

    private struct Phrase
    {
        public int FirstWord; // its first word in _words; the others follow
        public int WordCount;
        public int Next;      // the next phrase with the same first word (not longer), or -1
        public int SecondLength; // its second word's length; 0 for a phrase of one word
        public bool CaseSensitive;
    }

    // The words' forms back to back: one array for the index rather than a string per word.
    private char[] _forms = new char[256];
    private int _formCount;
    private Word[] _words;
    private int _wordCount;
    private Phrase[] _phrases;
    private int _phraseCount;

    // A first word (ignoring case) to its group of phrases, and each group's first phrase, the longest; with Lone set
    // when it is the group's only phrase, of one word compared ignoring case: the table's key itself, a match.
    private readonly WordTable<int> _byFirst;
    private int[] _heads;
    private const int Lone = 1 << 30;

    // While phrases are added: each group's phrases, longest first (as List.Sort put them), to link them in that order.
    private readonly List<List<int>> _groups = [];
    private readonly Comparison<int> _longerFirst;

    public PhraseStore(int phrases)
    {
        _byFirst = new(phrases);
        // Sized for the phrases (about two words each), so that adding them grows no array.
        _phrases = new Phrase[Math.Max(phrases, 8)];
        _heads = new int[Math.Max(phrases, 8)];
        _words = new Word[Math.Max(phrases * 2, 16)];
        _longerFirst = (a, b) => _phrases[b].WordCount.CompareTo(_phrases[a].WordCount);
    }

    /// <summary>The first word of every phrase.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>Adds the phrase of <paramref name="words"/> (at least one) and returns its id, the count of phrases before it.</summary>
    public int Add(string[] words, bool caseSensitive)
    {
        int id = _phraseCount;
        if (id == _phrases.Length) Array.Resize(ref _phrases, id * 2);
        if (_wordCount + words.Length > _words.Length) Array.Resize(ref _words, Math.Max(_words.Length * 2, _wordCount + words.Length));
        _phrases[id] = new Phrase
        {
            FirstWord = _wordCount, WordCount = words.Length, Next = -1, SecondLength = words.Length > 1 ? words[1].Length : 0, CaseSensitive = caseSensitive,
        };
        foreach (var word in words) _words[_wordCount++] = WordOf(word, caseSensitive);
        _phraseCount = id + 1;
        if (!_byFirst.TryGetValue(words[0], out int group))
        {
            // Most first words start one phrase: a list of one, which its first phrase does not grow (to four).
            group = _groups.Count;
            _groups.Add(new List<int>(1));
            _byFirst.Set(words[0], group);
            if (group == _heads.Length) Array.Resize(ref _heads, group * 2);
        }
        var list = _groups[group];
        list.Add(id);
        // Longest first, so the first match found is the longest; a list of one is in order.
        if (list.Count > 1) list.Sort(_longerFirst);
        var head = _phrases[list[0]];
        _heads[group] = list.Count == 1 && head.WordCount == 1 && _words[head.FirstWord].Kind == IgnoringCase ? list[0] | Lone : list[0];
        for (int i = 0; i < list.Count; i++) _phrases[list[i]].Next = i + 1 < list.Count ? list[i + 1] : -1;
        return id;
    }

    private Word WordOf(string word, bool caseSensitive)
    {
        if (_formCount + word.Length > _forms.Length) Array.Resize(ref _forms, Math.Max(_forms.Length * 2, _formCount + word.Length));
        var entry = new Word { Form = _formCount, Length = word.Length, Kind = word == "'" ? Apostrophe : caseSensitive ? ByCase : IgnoringCase };
        if (entry.Kind == IgnoringCase)
        {
            // Four characters at a time while the word is ASCII; a word with a character beyond ASCII keeps such
            // characters as they are (the compare leaves it to .NET's).
            if (word.Length == 0 || !AsciiUpper.TryCopyUpper(word, ref _forms[_formCount]))
            {
                for (int i = 0; i < word.Length; i++) _forms[_formCount + i] = char.IsAsciiLetterLower(word[i]) ? (char)(word[i] - 32) : word[i];
            }
        }
        else
        {
            word.CopyTo(_forms.AsSpan(_formCount));
        }
        _formCount += word.Length;
        return entry;
    }

    /// <summary>
    /// The id of the longest phrase starting at token <paramref name="index"/> before <paramref name="limit"/>, and in
    /// <paramref name="end"/> the token index after it; -1 (<paramref name="end"/> = <paramref name="index"/>) when none.
    /// The caller has asked the token screen's mark (<see cref="PhraseIndex{T}.ScreenMark"/>) first.
    /// </summary>
    public int Match(string source, ReadOnlySpan<Token> tokens, int index, int limit, out int end)
    {
        end = index;
        var token0 = tokens[index];
        if (index >= limit) return -1;
        if (token0.Kind == TokenKind.Punct && !Chars.IsApostrophe(source[token0.Start]) && source[token0.Start] != '.') return -1;
        var firstWord = source.AsSpan(token0.Start, token0.Length);
        if (!_byFirst.TryGetInlined(firstWord, out int group)) return -1;
        int first = _heads[group];
        // Most first words the stages ask about start one phrase of that word alone ("Mr", "minister", "Russia").
        if ((first & Lone) != 0)
        {
            end = index + 1;
            return first & ~Lone;
        }
        // The length of the token a second word is compared with (the next after the first that is no hyphen, before
        // the limit), or -1: most phrases a first word starts fail at their second word, and most by its length, told
        // here without walking them (a third of the probes walked 7,700 phrases for 2,000 matches on bulk200).
        int second = -1;
        for (int t = index + 1; t < limit; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Punct && Chars.IsHyphen(source[token.Start])) continue;
            second = token.Length;
            break;
        }
        var phrases = _phrases;
        var words = _words;
        for (int id = first; id >= 0; id = phrases[id].Next)
        {
            ref Phrase phrase = ref phrases[id];
            if (phrase.SecondLength != second && phrase.WordCount > 1) continue;
            int w = phrase.FirstWord;
            // Every phrase of the group has a first word equal to the table's key ignoring case, as the token is: only a
            // phrase matched by case compares it again.
            if (phrase.CaseSensitive && !WordEquals(firstWord, words[w])) continue;
            int wordEnd = w + phrase.WordCount;
            int t = index + 1;
            w++;
            while (w < wordEnd && t < limit)
            {
                var token = tokens[t];
                var span = source.AsSpan(token.Start, token.Length);
                if (token.Kind == TokenKind.Punct && Chars.IsHyphen(span[0]))
                {
                    t++;
                    continue;
                }
                if (!WordEquals(span, words[w])) break;
                w++;
                t++;
            }
            if (w == wordEnd)
            {
                end = t;
                return id;
            }
        }
        return -1;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool WordEquals(ReadOnlySpan<char> text, Word word)
    {
        if (text.Length != word.Length) return false;
        if (word.Kind == IgnoringCase) return AsciiUpper.EqualsUpper(text, ref _forms[word.Form]);
        if (word.Kind == Apostrophe) return Chars.IsApostrophe(text[0]);
        return text.SequenceEqual(_forms.AsSpan(word.Form, word.Length));
    }
}
