using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    /// <summary>The most tokens a parenthesis inside a name may hold ("Rep. Ana Ruiz (D-Calif.)").</summary>
    private const int MaxParenthesisTokens = 8;

    /// <summary>
    /// True when tokens [<paramref name="from"/>, <paramref name="end"/>) are a plain noun phrase that can be the
    /// subject of a speech verb, named or not: "the utility", "Several supporters of reform", "six in 10 voters",
    /// "analysts at the bank", "her brother". Determiners, quantifiers, numbers and links ("of", "at", "and") may stand
    /// inside; a clause may not (a relative or other closed-class word, an auxiliary, a comma, a quote).
    /// </summary>
    private bool IsPlainSubject(int from, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (end <= from || end - from > MaxNounPhraseTokens) return false;
        // "While one dealer says …, another says …": the second of a contrasted pair.
        if (end - from == 1 && Spells(tokens[from], "another")) return true;
        // "Some say …", "Many speculated …": a quantifier standing for people.
        if (end - from == 1 && IsStandingQuantifier(from)) return true;
        bool content = false;
        for (int i = from; i < end; i++)
        {
            if ((quoteOf[i] >= 0)) return false;
            var token = tokens[i];
            if (token.Kind == TokenKind.Number)
            {
                content = true;
                continue;
            }
            if (token.Kind == TokenKind.Punct && i > from && ParenthesisEnd(i, end) is var close and > 0)
            {
                // "29 percent (and 43 percent of Republicans) said …"
                i = close - 1;
                continue;
            }
            // "42% say …": a percent sign after its figure.
            if (IsPunct(tokens[i], '%') && i > from && tokens[i - 1].Kind == TokenKind.Number)
            {
                content = true;
                continue;
            }
            if (token.Kind == TokenKind.Punct)
            {
                char c = _s[token.Start];
                bool inner = i > from && i + 1 < end && (c == '.' || c == '&' || Chars.IsHyphen(c) || Chars.IsApostrophe(c));
                if (!inner) return false;
                continue;
            }
            bool last = i == end - 1;
            if (last && t.IsIn(i, WordClass.NotAgent)) return false;
            if (t.IsIn(i, WordClass.Determiner))
            {
                // "one in five", "two of three": a proportion ends with its number.
                if (last && !(i - 2 >= from && (Spells(tokens[i - 1], "in") || Spells(tokens[i - 1], "of")) && IsCount(i) && IsCount(i - 2))) return false;
                content |= last;
                continue;
            }
            // "nine out of 10": "out" between a count and "of".
            if (Spells(tokens[i], "out") && i > from && IsCount(i - 1) && i + 2 < end && Spells(tokens[i + 1], "of")) continue;
            if (t.IsIn(i, WordClass.PhraseLink))
            {
                if (i == from || last) return false;
                continue;
            }
            // "most of them", "some of those": a pronoun after "of" closes a quantity.
            if (last && i > from && Spells(tokens[i - 1], "of") && (t.IsIn(i, WordClass.ObjectPronoun) || Spells(tokens[i], "us") || Spells(tokens[i], "those")))
            {
                content = true;
                continue;
            }
            // A leading focus word or -ly adverb ("Only 24 percent", "Nearly eight in 10 voters") qualifies the phrase; it is no noun.
            if (i == from && !last && t.IsIn(i, WordClass.Focus)) continue;
            if (t.IsClosedClass(i) || t.IsIn(i, WordClass.Auxiliary) || t.IsIn(i, WordClass.Pronoun | WordClass.ObjectPronoun)) return false;
            if (i == from && IsLyAdverb(i)) continue;
            content = true;
        }
        return content;
    }

    /// <summary>
    /// The plain noun phrase that runs from the start of the clause up to the cue at <paramref name="c0"/> (past any
    /// auxiliaries): from <paramref name="floor"/> after leading connectives or a subordinator ("While one company
    /// says …"), or after an introductory phrase and its comma ("After the event, several supporters said …").
    /// </summary>
    private (int Start, int End)? PlainSubjectBefore(int floor, int c0)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int end = SkipAuxiliariesBack(c0, floor) + 1;
        // Every answer below ends at the same token: one that ends no plain subject rules them all out before the walk
        // (199 of the 373 asks of 200 bulk articles: "expected to announce", "polled members online: … teachers said").
        if (end <= floor || !MayEndPlainSubject(end)) return null;
        int from = floor;
        while (from < end && from < floor + LeadingConnectiveWindow && IsWord(tokens[from]) && t.IsIn(from, WordClass.Connective) && from + 1 < end && IsComma(tokens[from + 1])) from += 2;
        // "But 58 percent said …", "And even my own folks say …": a conjunction or focus word before the subject.
        while (from + 1 < end && from < floor + LeadingConnectiveWindow && IsWord(tokens[from]) && !(quoteOf[from] >= 0) && !IsComma(tokens[from + 1])
            && t.IsIn(from, WordClass.Connective | WordClass.Focus) && !IsPreposition(from)) from++;
        int subject = from < end && IsWord(tokens[from]) && t.IsIn(from, WordClass.Subordinator) ? from + 1 : from;
        if (IsPlainSubject(subject, end)) return (subject, end);
        for (int j = end - 1; j > from && j >= end - MaxNounPhraseTokens - 1; j--)
        {
            if ((quoteOf[j] >= 0)) return null;
            // The token read once: a word is asked only the subordinator's test, a mark only the tests of marks.
            ref readonly var token = ref tokens[j];
            if (token.Kind != TokenKind.Punct)
            {
                // "… caused a stir when an Iowa voter asked …": a subordinator inside the sentence opens a clause with its own subject.
                if (j + 1 < end && token.Kind == TokenKind.Word && t.IsIn(j, WordClass.Subordinator) && !Spells(token, "as") && !Spells(token, "if") && IsPlainSubject(j + 1, end))
                    return (j + 1, end);
                continue;
            }
            char mark = _s[token.Start];
            // "The planner was thorough - a former aide said …": after a dash the writer's own clause is done.
            if (IsDashMark(j, mark) || mark == '-' && Chars.IsSpace(_s[token.Start - 1])) return IsPlainSubject(j + 1, end) ? (j + 1, end) : null;
            // "Most were pleased; 46 percent said …": a semicolon ends the writer's clause.
            if (mark == ';') return IsPlainSubject(j + 1, end) ? (j + 1, end) : null;
            if (mark != ',') continue;
            // "…, but 55 percent say …", "…, though 32 percent said …": a conjunction after the comma opens a clause of its own.
            if (j + 2 < end && IsWord(tokens[j + 1]) && t.IsIn(j + 1, WordClass.Subordinator | WordClass.Connective) && !IsPreposition(j + 1) && !Spells(tokens[j + 1], "as")
                && IsPlainSubject(j + 2, end)) return (j + 2, end);
            // "Already, 520 delegates have said …": a single word before the comma introduces the clause too.
            // "Asked about the plan, the campaign said …": an opening past participle introduces the clause.
            bool introduced = IsWord(tokens[from]) && (IsPreposition(from) || IsParticiple(from) || IsOpeningParticiple(from) || t.IsIn(from, WordClass.Connective | WordClass.Subordinator) || j == from + 1
                || IsSentenceStart(from) && IsCapitalized(tokens[from]) && WordOf(tokens[from]).EndsWith("ed", StringComparison.Ordinal) && OpensWithParticipleForm(from));
            return introduced && IsPlainSubject(j + 1, end) ? (j + 1, end) : null;
        }
        return null;
    }

    /// <summary>
    /// False when no plain subject (<see cref="IsPlainSubject"/>) can end at <paramref name="end"/>, told by its last
    /// token alone, as that test reads it there: a quoted token, a mark (but a percent sign after a figure or a
    /// parenthesis's close, which the test passes with its opening), a word that cannot end the phrase (not an agent,
    /// a determiner but of a proportion, a link, a closed-class word, an auxiliary or a pronoun but after "of").
    /// </summary>
    private bool MayEndPlainSubject(int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int i = end - 1;
        if (t.QuoteOf[i] >= 0) return false;
        ref readonly var token = ref tokens[i];
        if (token.Kind == TokenKind.Number) return true;
        if (token.Kind == TokenKind.Punct) return IsPunct(token, ')') || IsPunct(token, '%') && i > 0 && tokens[i - 1].Kind == TokenKind.Number;
        // The one-word subjects first ("another", "some"), as the test asks them before its loop.
        if (Spells(token, "another") || IsStandingQuantifier(i)) return true;
        if (t.IsIn(i, WordClass.NotAgent)) return false;
        if (t.IsIn(i, WordClass.Determiner)) return i >= 2 && (Spells(tokens[i - 1], "in") || Spells(tokens[i - 1], "of")) && IsCount(i) && IsCount(i - 2);
        if (t.IsIn(i, WordClass.PhraseLink)) return false;
        if (i > 0 && Spells(tokens[i - 1], "of") && (t.IsIn(i, WordClass.ObjectPronoun) || Spells(token, "us") || Spells(token, "those"))) return true;
        return !(t.IsClosedClass(i) || t.IsIn(i, WordClass.Auxiliary) || t.IsIn(i, WordClass.Pronoun | WordClass.ObjectPronoun));
    }

    /// <summary>True when the word at <paramref name="i"/> is a quantifier that may stand alone for people ("some", "many", "most").</summary>
    private bool IsStandingQuantifier(int i) =>
        t.IsWord(i) && !t.InQuote(i) && (t.Is(i, "some") || t.Is(i, "many") || t.Is(i, "most") || t.Is(i, "several") || t.Is(i, "both") || t.Is(i, "few"));

    /// <summary>A number, in figures or in words ("10", "five").</summary>
    private bool IsCount(int i) => t.TokenAt(i).Kind == TokenKind.Number || t.IsWord(i) && t.IsIn(i, WordClass.NumberWord);

    /// <summary>
    /// The plain noun phrase between the comma, dash or closing quote before a post-posed cue and the cue
    /// ("…, the group says", "\"…,\" the Florida senator said").
    /// </summary>
    private (int Start, int End)? PlainSubjectAfterBreak(int floor, int c0)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int end = SkipAuxiliariesBack(c0, floor) + 1;
        for (int j = end - 1; j > floor && j >= end - MaxNounPhraseTokens - 1; j--)
        {
            if (!(IsComma(tokens[j]) || IsQuoteClose(j) || IsDashToken(j))) continue;
            return IsPlainSubject(j + 1, end) ? (j + 1, end) : null;
        }
        return null;
    }

    /// <summary>True when a noun phrase with a determiner and a relative clause opens at <paramref name="k"/> (", a policy that could help"): an apposition, no clause.</summary>
    private bool IsAppositionAfter(int k, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (k >= se || !IsWord(tokens[k]) || (quoteOf[k] >= 0) || !t.IsIn(k, WordClass.Determiner)) return false;
        int j = k + 1;
        while (j < se && j <= k + MaxNounPhraseTokens && IsWord(tokens[j]) && !(quoteOf[j] >= 0) && !t.IsClosedClass(j)) j++;
        return j > k + 1 && j < se && (Spells(tokens[j], "that") || Spells(tokens[j], "which") || Spells(tokens[j], "who"));
    }

    /// <summary>The end of a hearer that opens with a determiner ("told his annual news conference on Monday"): its words up to an adjunct or a break.</summary>
    private int HearerEnd(int k, int se)
    {
        int j = k + 1;
        while (j < se && j <= k + MaxNounPhraseTokens && t.IsWord(j) && !t.InQuote(j) && !t.IsClosedClass(j)
            && !t.IsIn(j, WordClass.AdjunctStart | WordClass.Preposition | WordClass.PhraseLink)) j++;
        return j > k + 1 ? j : k;
    }

    /// <summary>
    /// True when a capitalised participle opens the sentence and a lower-case word follows it ("Speaking to reporters,
    /// …", "Commenting on the report, …"); a name ending in -ing ("Beijing, …") is followed by a comma or a name.
    /// </summary>
    private bool IsOpeningParticiple(int k) =>
        t.IsWord(k) && t.IsCapitalized(k) && IsSentenceStart(k) && t.TokenAt(k).Length > 4 && t.Word(k).EndsWith("ing", StringComparison.Ordinal)
        && k + 1 < t.Tokens.Count && t.IsWord(k + 1) && !t.IsCapitalized(k + 1) && !t.InQuote(k + 1);

    /// <summary>True when the clause at <paramref name="k"/> opens with a preposition, participle or subordinator: an adjunct.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool OpensWithAdjunct(int k) =>
        k < t.Tokens.Count && t.IsWord(k) && !t.InQuote(k) && (IsPreposition(k) || IsParticiple(k) || t.IsIn(k, WordClass.Subordinator));

    /// <summary>The end of a short parenthesis starting at <paramref name="open"/> inside a name ("(D-Va.)"), or -1.</summary>
    private int ParenthesisEnd(int open, int limit)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (!IsPunct(tokens[open], '(')) return -1;
        for (int j = open + 1; j < limit && j <= open + MaxParenthesisTokens; j++)
        {
            if ((quoteOf[j] >= 0)) return -1;
            if (IsPunct(tokens[j], ')')) return j > open + 1 ? j + 1 : -1;
        }
        return -1;
    }
}
