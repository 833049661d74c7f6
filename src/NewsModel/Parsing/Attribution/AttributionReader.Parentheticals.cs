using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    /// <summary>The most tokens a parenthetical between dashes may hold between a subject and its cue.</summary>
    private const int MaxDashParentheticalTokens = 24;

    /// <summary>
    /// "Officials — including two senators — said …", "Lena Hart -- a baker from Bergen -- says …": a parenthetical set
    /// off by a pair of dashes stands between the subject and its cue; the subject is the noun phrase before the first
    /// dash, which must open the clause (after at most a connective, focus word or determiner), so that a dash inside the writer's own clause
    /// ("The plan failed — as critics — said") is never read as one.
    /// </summary>
    private (int Start, int End)? DashParentheticalSubject(int floor, int c0)
    {
        int close = SkipAuxiliariesBack(c0, floor);
        if (close <= floor || t.InQuote(close) || !IsParentheticalDash(close)) return null;
        // "--" is two tokens: the pair's first one closes the parenthetical.
        int inner = t.IsPunct(close, '-') && t.IsPunct(close - 1, '-') ? close - 2 : close - 1;
        int open = -1;
        for (int j = inner; j > floor && inner - j < MaxDashParentheticalTokens; j--)
        {
            if (t.InQuote(j) || t.IsPunct(j, '.') && !IsInnerMark(j, inner + 1) || t.IsPunct(j, ';') || t.IsPunct(j, ':')) return null;
            if (IsParentheticalDash(j))
            {
                open = t.IsPunct(j, '-') && t.IsPunct(j - 1, '-') ? j - 1 : j;
                break;
            }
        }
        if (open <= floor || inner < open + 1 || !HasWords(open + 1, inner + 1)) return null;
        return SubjectBeforeParenthetical(floor, open);
    }

    /// <summary>
    /// "Proponents of the bill, however, say …": a connective set off by commas stands between the subject and its cue;
    /// the subject is the noun phrase before the first comma, which must open the clause.
    /// </summary>
    private (int Start, int End)? ConnectiveParentheticalSubject(int floor, int c0)
    {
        int close = SkipAuxiliariesBack(c0, floor);
        if (close - 2 <= floor || !t.IsComma(close) || !t.IsComma(close - 2) || !t.IsWord(close - 1) || t.InQuote(close - 1)
            || !t.IsIn(close - 1, WordClass.Connective) || IsPreposition(close - 1)) return null;
        return SubjectBeforeParenthetical(floor, close - 2);
    }

    /// <summary>
    /// "The employee, a registered voter who spoke on condition of anonymity, said …", "Some voters, who had heard him
    /// for years, said …": an apposition or relative clause set off by commas stands between a plain subject and its
    /// cue; the subject is the noun phrase before the first comma, which must open the clause.
    /// </summary>
    private (int Start, int End)? CommaParentheticalSubject(int floor, int c0)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int close = SkipAuxiliariesBack(c0, floor);
        if (close <= floor || !IsComma(tokens[close]) || (quoteOf[close] >= 0)) return null;
        int open = close - 1;
        while (open > floor && close - open <= MaxDashParentheticalTokens && !IsComma(tokens[open]))
        {
            if ((quoteOf[open] >= 0) || tokens[open].Kind == TokenKind.Punct && !IsInnerMark(open, close) && !IsPunct(tokens[open], '(') && !IsPunct(tokens[open], ')')) return null;
            open--;
        }
        if (open <= floor || !IsComma(tokens[open]) || close - open < 3 || (quoteOf[open] >= 0)) return null;
        int first = open + 1;
        bool apposition = Spells(tokens[first], "a") || Spells(tokens[first], "an") || Spells(tokens[first], "the");
        bool relative = Spells(tokens[first], "who");
        if (!apposition && !relative || apposition && !HasWordWithin(first, close, "who")) return null;
        return SubjectBeforeParenthetical(floor, open);
    }

    /// <summary>
    /// The subject of the last clause before a participle at <paramref name="c0"/> ("On Thursday, after the vote, Hart
    /// endorsed Ruiz, saying …", "Although he thanked them, he sounded a note of doubt, saying …"): the nearest
    /// comma-delimited segment that opens with a subject pronoun or a capitalised name and then a lower-case word.
    /// </summary>
    private (int Start, int End)? ClauseSubjectBefore(int floor, int c0)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int limit = SkipAuxiliariesBack(c0, floor);
        for (int p = limit - 1; p >= floor - 1 && limit - p <= Window; p--)
        {
            if (p >= floor && ((quoteOf[p] >= 0) || !IsComma(tokens[p]))) continue;
            int s0 = p + 1;
            while (s0 < limit && IsWord(tokens[s0]) && !(quoteOf[s0] >= 0) && t.IsIn(s0, WordClass.Connective) && !IsPreposition(s0)) s0++;
            if (s0 + 1 >= limit || !IsWord(tokens[s0]) || (quoteOf[s0] >= 0)) continue;
            if (t.IsIn(s0, WordClass.SubjectPronoun) && !Spells(tokens[s0], "it") && !Spells(tokens[s0], "there") && IsWord(tokens[s0 + 1]) && !IsCapitalized(tokens[s0 + 1]) && !t.IsClosedClass(s0 + 1))
                return (s0, s0 + 1);
            if (!IsCapitalized(tokens[s0]) || t.IsClosedClass(s0) || IsPreposition(s0) || OpensWithParticipleForm(s0)) continue;
            int np = ForwardNounPhrase(s0, limit, lenient: false);
            if (np > s0 && np + 1 < limit && IsSpeakerLike(s0, np) && IsNameLike(s0, np) && IsWord(tokens[np]) && !(quoteOf[np] >= 0) && !IsCapitalized(tokens[np])
                && !t.IsClosedClass(np) && !IsPreposition(np)) return (s0, np);
        }
        return null;
    }

    /// <summary>
    /// "As reported by the Courier, CLAUSE", "…, as first reported by Radio North, CLAUSE": a passive "as"-clause
    /// naming its source after "by" introduces what the source reported, which runs from the comma to the sentence's end.
    /// </summary>
    private Reading? AsReportedBy(int se, ref int consumed, in CueHit cue)
    {
        int c0 = cue.Start, c1 = cue.End;
        if (!t.Word(c0).Equals("reported", StringComparison.OrdinalIgnoreCase) || c1 + 2 >= se || !t.Is(c1, "by")) return null;
        int a = c0 - 1;
        while (a > consumed && a >= c0 - 2 && t.IsWord(a) && (IsLyAdverb(a) || t.Is(a, "first"))) a--;
        if (a < consumed || !t.Is(a, "as") || t.InQuote(a)) return null;
        bool opens = a == consumed || a == consumed + 1 && t.IsIn(consumed, WordClass.Connective);
        bool inner = a - 1 >= consumed && t.IsComma(a - 1);
        if (!opens && !inner) return null;
        int np = ForwardNounPhrase(c1 + 1, se, lenient: true);
        if (np <= c1 + 1 || !IsSpeakerLike(c1 + 1, np)) return null;
        int comma = SkipTimeAdverbial(np, se);
        if (comma + 1 >= se || !t.IsComma(comma) || t.InQuote(comma + 1) || !HasWords(comma + 1, se)) return null;
        var draft = NewDraft(cue);
        draft.SpeakerSpan = SpanOf(c1 + 1, np);
        if (!SetContent(draft, comma + 1, se)) return null;
        // "Just a few weeks ago, as reported by X, CLAUSE": a short introduction before the aside belongs to the clause.
        if (inner && a - 1 - consumed <= MaxIntroductionTokens && !IsConnectivePhrase(consumed, a - 1)) PrependContent(draft, consumed, a - 1);
        consumed = se;
        return new Reading(draft, null);
    }

    /// <summary>The noun phrase that ends at <paramref name="open"/>, the mark opening a parenthetical, when it opens the clause.</summary>
    private (int Start, int End)? SubjectBeforeParenthetical(int floor, int open)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int start = BackwardNounPhrase(open, floor, out int end);
        if (end != open) return null;
        if (!(start < end && IsSpeakerLike(start, end)))
        {
            if (PlainSubjectBefore(floor, open) is not { } plain || plain.End != open) return null;
            (start, end) = plain;
        }
        // "The plan failed — badly — …": a phrase that ends in a past form is a clause, not a subject.
        if (!IsCapitalized(tokens[end - 1]) && WordOf(tokens[end - 1]).EndsWith("ed", StringComparison.Ordinal)) return null;
        int from = floor;
        while (from < start && from < floor + LeadingConnectiveWindow && IsWord(tokens[from]) && !(quoteOf[from] >= 0) && t.IsIn(from, WordClass.Connective | WordClass.Focus | WordClass.Determiner)
            && !IsPreposition(from)) from++;
        return from == start ? (start, end) : null;
    }

    /// <summary>
    /// The end of a person described with a determiner and no name after an inverted cue at <paramref name="start"/>
    /// ("said the 46-year-old.", "said a retired teacher,"): a plain noun phrase that runs to the sentence's end or a
    /// comma; else -1.
    /// </summary>
    private int DescribedPersonEnd(int start, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (start >= se || !IsWord(tokens[start]) || (quoteOf[start] >= 0) || !(Spells(tokens[start], "the") || Spells(tokens[start], "a") || Spells(tokens[start], "an"))) return -1;
        int end = start + 1;
        while (end < se && end - start <= MaxDescribedPersonTokens && !(quoteOf[end] >= 0) && (IsWord(tokens[end]) || tokens[end].Kind == TokenKind.Number || IsInnerMark(end, se) || IsTightHyphenAfterNumber(end, se))) end++;
        if (end - start < 2 || !(end == se || IsComma(tokens[end]) || IsPunct(tokens[end], '.'))) return -1;
        return IsPlainSubject(start, end) ? end : -1;
    }

    /// <summary>A hyphen between a figure and a word, with no space ("46-year-old").</summary>
    private bool IsTightHyphenAfterNumber(int i, int limit) =>
        i > 0 && i + 1 < limit && t.IsPunct(i, '-') && t.TokenAt(i - 1).Kind == TokenKind.Number && t.IsWord(i + 1)
        && t.TokenAt(i - 1).End == t.TokenAt(i).Start && t.TokenAt(i).End == t.TokenAt(i + 1).Start;

    /// <summary>The most tokens of a described person after an inverted cue ("the 46-year-old Bergen baker").</summary>
    private const int MaxDescribedPersonTokens = 8;

    /// <summary>
    /// True when the token at <paramref name="i"/> is a dash of a parenthetical: an em or en dash, either token of "--",
    /// or a hyphen with a space on both sides.
    /// </summary>
    private bool IsParentheticalDash(int i)
    {
        if (t.TokenAt(i).Kind != TokenKind.Punct) return false;
        if (IsDashToken(i) || t.IsPunct(i, '-') && i > 0 && t.IsPunct(i - 1, '-')) return true;
        var tok = t.TokenAt(i);
        return t.IsPunct(i, '-') && tok.Start > 0 && tok.End < _s.Length && Chars.IsSpace(_s[tok.Start - 1]) && Chars.IsSpace(_s[tok.End]);
    }
}
