using NewsModel.Knowledge;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    private static readonly WordSet OwnedBodyHeads = new(OwnedBodies.Heads);

    /// <summary>
    /// Steps back from the token before <paramref name="cue"/> over at most <see cref="MaxAuxiliaryRun"/> auxiliaries and
    /// -ly adverbs outside quotes ("has also repeatedly said"), no further than <paramref name="floor"/>; returns the
    /// first token that is neither, or <c>floor - 1</c>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int SkipAuxiliariesBack(int cue, int floor)
    {
        if (walks.AuxiliariesBack.TryGet(cue, floor, out int kept, out _)) return kept;
        int j = WalkAuxiliariesBack(cue, floor);
        walks.AuxiliariesBack.Keep(cue, floor, j, 0);
        return j;
    }

    private int WalkAuxiliariesBack(int cue, int floor)
    {
        int j = cue - 1;
        while (j >= floor && j > cue - 1 - MaxAuxiliaryRun && t.IsWord(j) && !t.InQuote(j) && (t.IsIn(j, WordClass.Auxiliary) || IsLyAdverb(j))) j--;
        int day = DayBefore(j, floor);
        if (day != j)
        {
            // "The campaign on Tuesday responded", "X on Thursday evening said": the day is no part of the subject.
            j = day;
            while (j >= floor && j > day - MaxAuxiliaryRun && t.IsWord(j) && !t.InQuote(j) && (t.IsIn(j, WordClass.Auxiliary) || IsLyAdverb(j))) j--;
        }
        return j;
    }

    /// <summary>
    /// When a day ("Tuesday", "on Tuesday", "on Thursday evening") ends at <paramref name="j"/> after a word, the token
    /// before it; else <paramref name="j"/>.
    /// </summary>
    /// <remarks>
    /// A day or a part of one has five letters or more and ends in "y" (a weekday), "t", "g" or "n" ("night", "morning",
    /// "evening", "afternoon", in any case): most words are ruled out inline, before the call (3,867 calls of 200 bulk articles by the
    /// length alone).
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int DayBefore(int j, int floor) => j <= floor || t.TokenAt(j) is var token && (token.Length < 5 || (_s[token.End - 1] | 0x20) is not ('y' or 't' or 'g' or 'n')) ? j : DayBeforeLongWord(j, floor);

    private int DayBeforeLongWord(int j, int floor)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int k = j;
        if (k - 1 > floor && IsWord(tokens[k]) && quoteOf[k] < 0 && IsPartOfDay(tokens[k]) && IsWeekday(k - 1)) k--;
        if (k <= floor || !IsWeekday(k) || quoteOf[k] >= 0) return j;
        k = Spells(tokens[k - 1], "on") && k - 1 > floor ? k - 2 : k - 1;
        return k;
    }

    /// <summary>"morning", "afternoon", "evening" or "night", each compared only at a token of its length.</summary>
    private bool IsPartOfDay(in Token token) => token.Length switch
    {
        5 => Spells(token, "night"),
        7 => Spells(token, "morning") || Spells(token, "evening"),
        9 => Spells(token, "afternoon"),
        _ => false,
    };

    /// <summary>
    /// Steps forward from <paramref name="from"/> over at most <see cref="MaxAuxiliaryRun"/> auxiliaries and -ly adverbs
    /// ("and has also warned"), stopping before <paramref name="limit"/>; returns the first token that is neither.
    /// </summary>
    private int SkipAuxiliariesForward(int from, int limit)
    {
        int k = from;
        while (k < limit && k < from + MaxAuxiliaryRun && t.IsWord(k) && (t.IsIn(k, WordClass.Auxiliary) || IsLyAdverb(k))) k++;
        return k;
    }
    /// <summary>Walks back from a cue over a speaker's noun phrase; returns its first token, and its end in <paramref name="npEnd"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int BackwardNounPhrase(int cue, int floor, out int npEnd)
    {
        if (walks.NounPhrasesBack.TryGet(cue, floor, out int start, out npEnd)) return start;
        start = WalkNounPhraseBack(cue, floor, out npEnd);
        walks.NounPhrasesBack.Keep(cue, floor, start, npEnd);
        return start;
    }

    private int WalkNounPhraseBack(int cue, int floor, out int npEnd)
    {
        // The tokens read from the span (AttributionReader.Tokens.cs).
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int j = cue - 1;
        // The auxiliary and adverb tests first: the word before a cue is mostly a name, which they rule out before the
        // longer test of a capitalised function word as a name.
        while (j >= floor && j > cue - 1 - MaxAuxiliaryRun && tokens[j].Kind == TokenKind.Word && quoteOf[j] < 0
            && (t.IsIn(j, WordClass.Auxiliary) || IsLyAdverb(tokens[j], j) && j - 1 >= floor && (IsCapitalized(tokens[j - 1]) || t.IsPronoun(j - 1) || t.IsIn(j - 1, WordClass.Auxiliary)))
            && !ClosedWordAsName(j, cue, cue)) j--;
        // "X on Monday claimed …", "X Wednesday said …": the day between subject and verb is no part of the subject.
        if (j > floor && DayBefore(j, floor) is var day && day != j)
        {
            j = day;
            while (j >= floor && j > cue - 1 - MaxAuxiliaryRun && tokens[j].Kind == TokenKind.Word && quoteOf[j] < 0 && t.IsIn(j, WordClass.Auxiliary)) j--;
        }
        npEnd = j + 1;
        if (j >= floor && tokens[j].Kind == TokenKind.Word && quoteOf[j] < 0 && t.IsIn(j, WordClass.Pronoun)) return j;
        int count = 0;
        while (j >= floor && count < MaxNounPhraseTokens && quoteOf[j] < 0)
        {
            ref readonly var tok = ref tokens[j];
            if (tok.Kind == TokenKind.Punct)
            {
                char c = _s[tok.Start];
                bool abbreviation = c == '.' && j - 1 >= floor && tokens[j - 1].Kind == TokenKind.Word && IsCapitalized(tokens[j - 1]) && tokens[j - 1].Length <= 4
                    && (j + 1 < npEnd || Spells(tokens[j - 1], "Jr") || Spells(tokens[j - 1], "Sr"));
                bool possessive = Chars.IsApostrophe(c) && j + 1 < npEnd && (Spells(tokens[j + 1], "s") || IsBarePossessive(j));
                bool hyphen = Chars.IsHyphen(c) && j + 1 < npEnd && j - 1 >= floor && tokens[j - 1].Kind == TokenKind.Word;
                // "O'Connor", "D'Alema": an apostrophe inside a surname.
                bool inName = Chars.IsApostrophe(c) && j + 1 < npEnd && IsCapitalized(tokens[j + 1]) && j - 1 >= floor && IsCapitalized(tokens[j - 1]) && tokens[j - 1].Length == 1;
                if (!(abbreviation || possessive || hyphen || inName)) break;
            }
            else if (tok.Kind == TokenKind.Word)
            {
                bool possessiveS = Spells(tok, "s") && j - 1 >= floor && Chars.IsApostrophe(_s[tokens[j - 1].Start]);
                if (!possessiveS)
                {
                    if (IsCapitalized(tok))
                    {
                        if (t.IsClosedClass(j) && !Spells(tok, "the") && !ClosedWordAsName(j, npEnd, cue)) break;
                        // "on Thursday Ms Lind said": a day name is not part of the speaker.
                        if (IsWeekday(j) && j + 1 < npEnd) break;
                    }
                    else if (!t.IsIn(j, WordClass.NounPhraseWord) && !(j + 1 < npEnd && InHyphenCompound(j)))
                    {
                        // "Ambassador to Oslo Maria Keller", "the UN in Geneva", "the Embassy in the United States": a place
                        // inside a title.
                        bool inner = (Spells(tok, "to") || Spells(tok, "in") || Spells(tok, "at")) && j + 1 < npEnd
                            && (IsCapitalized(tokens[j + 1]) || Spells(tokens[j + 1], "the") && j + 2 < npEnd && IsCapitalized(tokens[j + 2]))
                            && j - 1 >= floor && tokens[j - 1].Kind == TokenKind.Word && (IsCapitalized(tokens[j - 1]) || t.IsIn(j - 1, WordClass.NounPhraseWord));
                        if (!inner) break;
                    }
                }
            }
            else
            {
                break;
            }
            j--;
            count++;
        }
        int start = j + 1;
        if (start < npEnd && j >= floor && tokens[npEnd - 1].Kind == TokenKind.Word && t.IsIn(npEnd - 1, WordClass.GroupNoun))
        {
            // "trade union officials", "foreign ministry sources": lower-case modifiers of a group noun.
            int x = j, n = 0;
            while (x >= floor && n < MaxGroupNounModifiers && tokens[x].Kind == TokenKind.Word && quoteOf[x] < 0 && !IsCapitalized(tokens[x]) && !t.IsClosedClass(x) && !IsPreposition(x) && !t.IsIn(x, WordClass.Auxiliary))
            {
                x--;
                n++;
            }
            if (n > 0 && (x < floor || t.IsComma(x) || IsQuoteClose(x))) start = x + 1;
            else if (n > 0 && x == floor && t.IsWord(x) && t.IsClosedClass(x)) start = x;
        }
        // A phrase's leading link words and marks are dropped: its first token is read once, its length telling the
        // words apart before any is compared.
        while (start < npEnd && LeadsNoPhrase(tokens[start])) start++;
        return start;
    }

    /// <summary>"and", "of", "for", "to", "in", "at" or a punctuation mark: no noun phrase starts with it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool LeadsNoPhrase(in Token token) =>
        token.Kind == TokenKind.Punct
        || token.Length == 2 && (Spells(token, "of") || Spells(token, "to") || Spells(token, "in") || Spells(token, "at"))
        || token.Length == 3 && (Spells(token, "and") || Spells(token, "for"));

    /// <summary>Walks forward over a noun phrase ("according to the president", "said Jonas Weber, …"); returns its end.</summary>
    private int ForwardNounPhrase(int k, int limit, bool lenient)
    {
        // The tokens read from the span (AttributionReader.Tokens.cs): about ten reads of a token a step.
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int j = k;
        int count = 0;
        // The end of a parenthesis taken into the phrase: its closing mark is not trimmed as trailing punctuation.
        int kept = k;
        while (j < limit && count < MaxNounPhraseTokens && quoteOf[j] < 0)
        {
            ref readonly var tok = ref tokens[j];
            // Only a word that may start a description or a title is matched (KnownUnitEnd): the classes are tested here
            // first, without the call, at each word of the phrase.
            if (tok.Kind == TokenKind.Word && (t.Classes(j) & (WordClass.DescriptionStart | WordClass.TitleStart)) != 0 && KnownUnitEnd(j, limit) is int dEnd && dEnd > j + 1)
            {
                // A known multi-word description or title ("head of state", "Secretary of State") is one unit.
                count += dEnd - j;
                j = dEnd;
                continue;
            }
            if (tok.Kind == TokenKind.Punct && j > k && IsCapitalized(tokens[j - 1]) && ParenthesisEnd(j, limit) is var close and > 0)
            {
                // "Rep. Ana Ruiz (D-Calif.)": a short parenthesis after a name belongs to it.
                count += close - j;
                j = kept = close;
                continue;
            }
            if (tok.Kind == TokenKind.Punct)
            {
                char c = _s[tok.Start];
                bool abbreviation = c == '.' && j > k && IsCapitalized(tokens[j - 1]) && tokens[j - 1].Length <= 4 && j + 1 < limit && tokens[j + 1].Kind == TokenKind.Word;
                bool possessive = Chars.IsApostrophe(c) && j + 1 < limit && (Spells(tokens[j + 1], "s") || j > k && (IsBarePossessive(j) || IsOwnerBefore(j) && IsOwnedBody(j + 1)));
                bool hyphen = Chars.IsHyphen(c) && j > k && j + 1 < limit && tokens[j + 1].Kind == TokenKind.Word && Chars.IsSpace(_s[tok.Start - 1]) == false;
                // "said Mr. O'Brien", "wrote Lena O’Hara": an apostrophe inside a surname, touching both its parts.
                bool inName = Chars.IsApostrophe(c) && j > k && j + 1 < limit && tokens[j - 1].Length == 1 && IsCapitalized(tokens[j - 1])
                    && tokens[j + 1].Kind == TokenKind.Word && IsCapitalized(tokens[j + 1]) && tokens[j - 1].End == tok.Start && tok.End == tokens[j + 1].Start;
                if (!(abbreviation || possessive || hyphen || inName)) break;
            }
            else if (tok.Kind == TokenKind.Word)
            {
                bool possessiveS = Spells(tok, "s") && j > k && Chars.IsApostrophe(_s[tokens[j - 1].Start]);
                // The word's classes first: a word they let into the phrase needs none of the inner tests, which only
                // keep in a word they would stop at.
                if (!possessiveS && !IsCapitalized(tok) && !Spells(tok, "the") && !Spells(tok, "a") && !Spells(tok, "and")
                    && (lenient ? t.IsClosedClass(j) || t.IsIn(j, WordClass.Preposition) || t.IsPronoun(j) : !t.IsIn(j, WordClass.NounPhraseWord)))
                {
                    bool inner = (Spells(tok, "of") || Spells(tok, "to")) && j > k && j + 1 < limit && IsCapitalized(tokens[j - 1]) && IsCapitalized(tokens[j + 1]);
                    // "said the official representative of the Foreign Ministry Ana Kowal": a body after "of" in a title.
                    inner |= lenient && Spells(tok, "of") && j > k && j + 2 < limit && Spells(tokens[j + 1], "the") && IsCapitalized(tokens[j + 2]);
                    // "The Hart campaign responded", "Hart's team said": a body named after its owner.
                    // The owner before first: the body's word list is a lookup (about 100 instructions) most words need not make.
                    inner |= j > k && (IsCapitalized(tokens[j - 1]) || IsPossessiveEnd(j - 1)) && IsOwnedBody(j);
                    if (!inner) break;
                }
                else if (IsCapitalized(tok) && t.IsClosedClass(j) && j > k && !ClosedWordAsName(j, limit, k - 1))
                {
                    break;
                }
            }
            else
            {
                break;
            }
            j++;
            count++;
        }
        while (j > kept && (Spells(tokens[j - 1], "and") || Spells(tokens[j - 1], "the") || Spells(tokens[j - 1], "of") || tokens[j - 1].Kind == TokenKind.Punct)) j--;
        return j;
    }

    /// <summary>
    /// True when the capitalised function word at <paramref name="j"/> is part of a name: "Theresa May", "Ms. Still",
    /// "Will Porter". It must stand inside a sentence (never its first word), in running text (the cue at
    /// <paramref name="cue"/> is lower-case, so no title-case headline), and either follow a name word or a title's
    /// abbreviation, or open a name whose next word (before <paramref name="end"/>) is capitalised.
    /// </summary>
    private bool ClosedWordAsName(int j, int end, int cue)
    {
        if (!t.IsWord(j) || !t.IsCapitalized(j) || t.StartsSentence(j) || t.Is(j, "I")) return false;
        if (cue >= 0 && cue < t.Tokens.Count && t.IsWord(cue) && t.IsCapitalized(cue)) return false;
        if (t.IsPronoun(j) || t.IsIn(j, WordClass.Determiner | WordClass.Preposition | WordClass.Subordinator)) return false;
        bool afterName = j > 0 && t.IsWord(j - 1) && t.IsCapitalized(j - 1) && !t.IsClosedClass(j - 1) && !t.IsIn(j - 1, WordClass.AdjunctStart)
            || j > 0 && j - 1 > 0 && t.IsPunct(j - 1, '.') && t.IsWord(j - 2) && t.IsCapitalized(j - 2) && t.TokenAt(j - 2).Length <= 4
            || j > 0 && t.IsWord(j - 1) && t.IsCapitalized(j - 1) && t.IsIn(j - 1, WordClass.TitleStart) && !t.IsClosedClass(j - 1);
        bool beforeName = j + 1 < end && t.IsWord(j + 1) && t.IsCapitalized(j + 1) && !t.IsClosedClass(j + 1);
        return afterName || beforeName;
    }

    /// <summary>The end of a known description or title starting at <paramref name="j"/> (description first), or -1.</summary>
    private int KnownUnitEnd(int j, int limit)
    {
        var classes = t.Classes(j);
        if ((classes & WordClass.DescriptionStart) != 0 && _k.Descriptions.TryMatch(_s, t.Tokens, j, limit, out _, out int end)) return end;
        if ((classes & WordClass.TitleStart) != 0 && _k.Titles.TryMatch(_s, t.Tokens, j, limit, out _, out end)) return end;
        return -1;
    }

    /// <summary>A noun phrase can name a speaker: a pronoun, a capitalised name, or a known description or group.</summary>
    private bool IsSpeakerLike(int start, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        if (end - start == 1 && t.IsPronoun(start)) return true;
        // "Shares added 2 per cent", "Prices rose, the data showed": a figure or a market never speaks.
        if (IsWord(tokens[end - 1]) && t.IsIn(end - 1, WordClass.NotAgent)) return false;
        for (int i = start; i < end; i++)
        {
            // The token read once, its classes once.
            ref readonly var token = ref tokens[i];
            if (token.Kind != TokenKind.Word) continue;
            var classes = t.Classes(i);
            if (Chars.IsUpper(_s[token.Start]) && (classes & WordClass.ClosedClass) == 0) return true;
            if ((classes & WordClass.GroupNoun) != 0) return true;
            if ((classes & WordClass.DescriptionStart) != 0 && _k.Descriptions.TryMatch(_s, t.Tokens, i, end, out _, out int dEnd) && dEnd == end) return true;
        }
        return false;
    }

    /// <summary>True when the phrase holds a capitalised name or a group ("Officials"), not only a description.</summary>
    private bool IsNameLike(int start, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        for (int i = start; i < end; i++)
        {
            if (IsWord(tokens[i]) && (IsCapitalized(tokens[i]) && !Spells(tokens[i], "the") && !Spells(tokens[i], "a") || t.IsIn(i, WordClass.GroupNoun))) return true;
        }
        return end - start == 1 && t.IsPronoun(start);
    }

    /// <summary>True when the one-token description at <paramref name="i"/> names a document ("statement"), which stands for its author.</summary>
    private bool IsDocument(int i) =>
        t.IsIn(i, WordClass.DescriptionStart) && _k.Descriptions.TryMatch(_s, t.Tokens, i, i + 1, out var d, out _) && d.Kind is null;

    /// <summary>
    /// True when the word at <paramref name="i"/> is joined by a hyphen, with no space, to a word beside it: part of a
    /// compound modifier ("the high-ranking diplomat", "a long-time aide").
    /// </summary>
    private bool InHyphenCompound(int i) => IsTightHyphen(i + 1) || IsTightHyphen(i - 1);

    private bool IsTightHyphen(int i) =>
        i > 0 && i + 1 < t.Tokens.Count && t.TokenAt(i).Kind == TokenKind.Punct && Chars.IsHyphen(_s[t.TokenAt(i).Start])
        && t.TokenAt(i - 1).End == t.TokenAt(i).Start && t.TokenAt(i).End == t.TokenAt(i + 1).Start && t.IsWord(i - 1) && t.IsWord(i + 1);

    // The word tests below are asked of nearly every token of the walks: each reads its token once and tests the
    // ending's characters before anything that calls out.
    /// <remarks>Inlined: it is asked of many tokens, nearly all words, which the kind rules out without a call.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsDashToken(int i)
    {
        var token = t.TokenAt(i);
        return token.Kind == TokenKind.Punct && IsDashMark(i, _s[token.Start]);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsDashMark(int i, char c) => c is '\u2014' or '\u2013' || c == '-' && i + 1 < t.Tokens.Count && t.IsPunct(i + 1, '-');

    /// <summary>A lower-case word of five letters or more ending in "ing".</summary>
    /// <remarks>Inlined, as IsLyAdverb: asked of about 5,800 tokens per 200 bulk articles (the passive test of every cue
    /// read, the walks), whose call cost more than the tests that rule most of them out (0.2 M instructions for both).</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsParticiple(int k) => IsParticiple(t.TokenAt(k));

    /// <summary><see cref="IsParticiple(int)"/> of a token already read.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsParticiple(in Token token) =>
        token.Kind == TokenKind.Word && token.Length > 4 && _s[token.End - 1] == 'g' && _s[token.End - 2] == 'n' && _s[token.End - 3] == 'i'
        && !IsCapitalized(token);

    /// <summary>A lower-case word of five letters or more ending in "ly" that is no noun ("family", "rally").</summary>
    /// <remarks>Inlined: asked at each step of the backward walks and of every cue read (about 8,000 times per 200 bulk articles).</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsLyAdverb(int k) => IsLyAdverb(t.TokenAt(k), k);

    /// <summary><see cref="IsLyAdverb(int)"/> of token <paramref name="k"/>, already read.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsLyAdverb(in Token token, int k) =>
        token.Kind == TokenKind.Word && token.Length >= 5 && _s[token.End - 1] == 'y' && _s[token.End - 2] == 'l'
        && !IsCapitalized(token) && !t.IsIn(k, WordClass.NotAdverb);

    /// <remarks>Inlined: asked about 5,600 times per 200 bulk articles, at 34 instructions a call out of line.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsWeekday(int k)
    {
        // The token read once, its ending tested by its characters before the capital.
        var token = t.TokenAt(k);
        if (token.Kind != TokenKind.Word || token.Length is < 6 or > 9) return false;
        int end = token.End;
        return _s[end - 1] == 'y' && _s[end - 2] == 'a' && _s[end - 3] == 'd' && Chars.IsUpper(_s[token.Start]);
    }

    /// <summary>
    /// True when the apostrophe at <paramref name="i"/> is the possessive of a name ending in s ("Belarus' Foreign
    /// Minister", "Guterres' message"): it touches the word before it and a capitalised word follows.
    /// </summary>
    private bool IsBarePossessive(int i) =>
        i > 0 && i + 1 < t.Tokens.Count && t.IsWord(i - 1) && t.TokenAt(i - 1).End == t.TokenAt(i).Start
        && _s[t.TokenAt(i - 1).End - 1] is 's' && t.IsCapitalized(i - 1) && t.IsWord(i + 1) && t.IsCapitalized(i + 1) && t.TokenAt(i).End < t.TokenAt(i + 1).Start;

    /// <summary>True when the lower-case word at <paramref name="i"/> heads a body named after its owner ("campaign", "team").</summary>
    private bool IsOwnedBody(int i) => t.IsWord(i) && !t.IsCapitalized(i) && OwnedBodyHeads.Contains(_s.AsSpan(t.TokenAt(i).Start, t.TokenAt(i).Length));

    /// <summary>True when the apostrophe at <paramref name="i"/> touches a capitalised word ending in s before it ("Sanders' campaign").</summary>
    private bool IsOwnerBefore(int i) =>
        i > 0 && t.IsWord(i - 1) && t.IsCapitalized(i - 1) && t.TokenAt(i - 1).End == t.TokenAt(i).Start && _s[t.TokenAt(i - 1).End - 1] is 's';

    /// <summary>True when the token at <paramref name="i"/> ends a possessive: the "s" of "'s", or a bare apostrophe after an owner.</summary>
    private bool IsPossessiveEnd(int i) =>
        i > 0 && (t.Is(i, "s") && Chars.IsApostrophe(_s[t.TokenAt(i - 1).Start]) || t.TokenAt(i).Kind == TokenKind.Punct && Chars.IsApostrophe(_s[t.TokenAt(i).Start]) && IsOwnerBefore(i));

    /// <summary>True when tokens <paramref name="apostrophe"/> and the one after it are a possessive "'s".</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsPossessive(int apostrophe)
    {
        // A one-letter "s" or "S": no other character equals either under ordinal casing.
        var s = t.TokenAt(apostrophe + 1);
        return s.Length == 1 && (_s[s.Start] | 0x20) == 's' && Chars.IsApostrophe(_s[t.TokenAt(apostrophe).Start]);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsPreposition(int k) => t.IsWord(k) && t.IsIn(k, WordClass.Preposition);

    private bool IsSentenceStart(int i) => t.StartsSentence(i);
}
