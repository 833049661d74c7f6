using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    /// <summary>Reads a cue that holds its speaker (<see cref="CueHit.HoldsSpeaker"/>) into <paramref name="draft"/>.</summary>
    private StatementDraft? TrySpeakerInCue(StatementDraft draft, int se, ref int consumed, in CueHit cue) => cue.Form switch
    {
        CueForm.InWords => TryInWords(draft, se, ref consumed, cue),
        CueForm.AccordingTo => TryAccordingTo(draft, se, ref consumed, cue),
        CueForm.QuotedSpeakerAsSaying => TryQuotedSpeaker(draft, se, ref consumed, cue),
        CueForm.UnnamedAsker => TryUnnamedAsker(draft, se, ref consumed, cue),
        _ => null,
    };

    /// <summary>"CLAUSE, in X's words" and "In X's words, CLAUSE".</summary>
    private StatementDraft? TryInWords(StatementDraft draft, int se, ref int consumed, in CueHit cue)
    {
        int c0 = cue.Start, c1 = cue.End;
        draft.SpeakerSpan = SpanOf(c0 + 1, c1 - 3);
        return BesideClause(draft, se, ref consumed, c0, c1, quoteCloseBefore: false);
    }

    /// <summary>
    /// Sets the content of a cue at tokens [<paramref name="start"/>, <paramref name="end"/>) that stands after its
    /// clause, set off by a comma (or, when <paramref name="quoteCloseBefore"/>, a closing quote), or before it,
    /// followed by a comma.
    /// </summary>
    private StatementDraft? BesideClause(StatementDraft draft, int se, ref int consumed, int start, int end, bool quoteCloseBefore)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        // "At the same time, in X's words, CLAUSE", "However, according to X, CLAUSE": an introduction before the cue is
        // the writer's; the clause follows.
        bool introduced = start > consumed && IsComma(tokens[start - 1]) && end < se && IsComma(tokens[end]) && HasWords(end + 1, se)
            && IsWord(tokens[consumed]) && !(quoteOf[consumed] >= 0) && (t.IsIn(consumed, WordClass.Connective) || IsPreposition(consumed)
                || t.IsIn(consumed, WordClass.Subordinator) && !HasCommaWithin(consumed, start - 1))
            && start - 1 - consumed <= MaxIntroductionTokens;
        if (introduced)
        {
            if (!SetContent(draft, end + 1, se)) return null;
            consumed = se;
            return draft;
        }
        if (start > consumed && IsComma(tokens[start - 1]) && PredicateAfter(end, se) is var predicate and > 0)
        {
            // "Fundraising, according to the campaign, has surged": the clause's subject stands before the cue, its verb after it.
            if (!SetContent(draft, predicate, se)) return null;
            PrependContent(draft, consumed, start - 1);
            consumed = se;
            return draft;
        }
        if (start > consumed && (IsComma(tokens[start - 1]) || quoteCloseBefore && IsQuoteClose(start - 1)))
        {
            if (!SetContent(draft, consumed, IsComma(tokens[start - 1]) ? start - 1 : start)) return null;
            consumed = end < se && IsComma(tokens[end]) ? end + 1 : end;
            return draft;
        }
        if (start == consumed && end < se && IsComma(tokens[end]))
        {
            if (!SetContent(draft, end + 1, se)) return null;
            consumed = se;
            return draft;
        }
        return null;
    }

    /// <summary>
    /// Where a predicate with no subject of its own starts after a parenthetical attribution ending at
    /// <paramref name="k"/>: after its comma, or after the comma that ends an apposition or qualifier of the source
    /// ("…, said Ola Berg, an expert at the institute, would …"); -1 when none follows.
    /// </summary>
    private int PredicateAfter(int k, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        for (int j = k; j + 1 < se && j < k + MaxSourceTail; j++)
        {
            if ((quoteOf[j] >= 0) || IsPunct(tokens[j], '.') || IsPunct(tokens[j], ':') || IsPunct(tokens[j], ';')) return -1;
            // A verb before the comma ("…, said Obama is overselling …, also …") makes the words after the cue its own clause.
            if (IsWord(tokens[j]) && t.IsIn(j, WordClass.BeForm | WordClass.FiniteAuxiliary)) return -1;
            if (!IsComma(tokens[j])) continue;
            if (OpensPredicate(j + 1)) return j + 1;
            // The comma right after the source may open its apposition; any later comma ends the search.
            if (j > k) return -1;
        }
        return -1;
    }

    /// <summary>True when token <paramref name="k"/> is a form of "be" or an auxiliary: a predicate with no subject of its own.</summary>
    private bool OpensPredicate(int k) =>
        t.IsWord(k) && !t.InQuote(k) && t.IsIn(k, WordClass.BeForm | WordClass.FiniteAuxiliary);

    /// <summary>"CLAUSE, according to X" and "According to X, CLAUSE"; "according to a statement by X" names X.</summary>
    private StatementDraft? TryAccordingTo(StatementDraft draft, int se, ref int consumed, in CueHit cue)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int c0 = cue.Start, c1 = cue.End;
        if (c1 >= se) return null;
        bool objectPronoun = IsWord(tokens[c1]) && t.IsIn(c1, WordClass.ObjectPronoun);
        int npEnd = objectPronoun ? c1 + 1 : ForwardNounPhrase(c1, se, lenient: true);
        if (npEnd == c1 && c1 + 1 < se && IsWord(tokens[c1]) && t.IsIn(c1, WordClass.Determiner))
        {
            // "according to his physician", "according to numerous sources".
            npEnd = ForwardNounPhrase(c1 + 1, se, lenient: true);
            if (npEnd == c1 + 1) npEnd = c1;
        }
        // "according to a court filing", "according to early estimates": any noun phrase is a source.
        bool figures = npEnd > c1 && IsWord(tokens[npEnd - 1]) && t.IsIn(npEnd - 1, WordClass.NotAgent);
        if (npEnd == c1 || !(npEnd == c1 + 1 && objectPronoun || figures || IsSpeakerLike(c1, npEnd) || IsPlainSubject(c1, npEnd)))
        {
            // "according to a 2014 Labor Department study": a plain noun phrase with a figure in it, which the name walk stops at.
            if (objectPronoun || PlainSubjectFrom(c1, se) is not int plainEnd || plainEnd <= npEnd) return null;
            npEnd = plainEnd;
            figures = IsWord(tokens[npEnd - 1]) && t.IsIn(npEnd - 1, WordClass.NotAgent);
        }
        // "according to state media Thursday": the day is no part of the source.
        if (npEnd - 1 > c1 && IsWeekday(npEnd - 1)) npEnd--;
        int npFrom = c1;
        if (npEnd + 1 < se && (Spells(tokens[npEnd], "by") || Spells(tokens[npEnd], "from") || Spells(tokens[npEnd], "of")) && IsDocument(npEnd - 1)
            || npEnd + 1 < se && (Spells(tokens[npEnd], "by") || Spells(tokens[npEnd], "from")) && IsWorkOf(c1, npEnd))
        {
            // "according to a joint statement by X", "according to an analysis by X": the work stands for its author.
            int author = ForwardNounPhrase(npEnd + 1, se, lenient: true);
            // A work by an unnamed group ("a study by two economists") stays the source: the group says no more than it.
            if (author > npEnd + 1 && IsSpeakerLike(npEnd + 1, author) && (IsDocument(npEnd - 1) || NamesSomeone(npEnd + 1, author)))
            {
                // "according to a count by X": figures with an author have a speaker.
                (npFrom, npEnd) = (npEnd + 1, author);
                figures = false;
            }
        }
        // Figures are a source but no speaker: the statement is kept, its speaker unknown.
        draft.SpeakerSpan = figures ? null : SpanOf(npFrom, npEnd);
        return BesideClause(draft, se, ref consumed, c0, c0 == consumed ? SourceEnd(npEnd, se) : npEnd, quoteCloseBefore: true);
    }

    /// <summary>
    /// True when tokens [<paramref name="from"/>, <paramref name="end"/>) are an indefinite or definite phrase ending in a
    /// lower-case noun ("an analysis", "a new count", "the estimates"): a work whose author "by" or "from" names.
    /// </summary>
    private bool IsWorkOf(int from, int end) =>
        end - from >= 2 && t.IsWord(from) && (t.Is(from, "a") || t.Is(from, "an") || t.Is(from, "the")) && t.IsWord(end - 1) && !t.IsCapitalized(end - 1)
        && !t.IsIn(end - 1, WordClass.ClosedClass | WordClass.GroupNoun);

    /// <summary>True when tokens [<paramref name="from"/>, <paramref name="end"/>) hold a capitalised word that is no function word: a name.</summary>
    private bool NamesSomeone(int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (t.IsWord(i) && t.IsCapitalized(i) && !t.IsClosedClass(i)) return true;
        }
        return false;
    }

    /// <summary>The most tokens an opening "According to …," source may run past its head noun phrase.</summary>
    private const int MaxSourceTail = 16;

    /// <summary>
    /// Where an opening source ends: at the comma after its head noun phrase and what qualifies it ("According to early
    /// results of exit polls conducted by Edison Research, …"), or at the head when no comma follows within reach.
    /// </summary>
    private int SourceEnd(int npEnd, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        for (int j = npEnd; j < Math.Min(se, npEnd + MaxSourceTail); j++)
        {
            if ((quoteOf[j] >= 0) || IsPunct(tokens[j], '.') || IsPunct(tokens[j], ':') || IsPunct(tokens[j], ';')) return npEnd;
            if (IsComma(tokens[j])) return j;
        }
        return npEnd;
    }

    /// <summary>"… quoted X as saying CLAUSE".</summary>
    private StatementDraft? TryQuotedSpeaker(StatementDraft draft, int se, ref int consumed, in CueHit cue)
    {
        int c0 = cue.Start, c1 = cue.End;
        draft.SpeakerSpan = SpanOf(c0 + 1, c1 - 2);
        int content = ComplementStart(c1, se, CueOptions.None);
        if (content < 0)
        {
            // "CLAUSE, the agency quoted X as saying (on Monday)": the cue and the one quoting stand after the clause.
            int np = BackwardNounPhrase(c0, consumed, out int npEnd);
            int before = np - 1;
            if (np >= npEnd || before <= consumed || !(t.IsComma(before) || IsQuoteClose(before))) return null;
            if (!TailOk(c1, se, false, IsQuoteClose(before), false, out _)) return null;
            if (!SetContent(draft, consumed, IsQuoteClose(before) ? before + 1 : before)) return null;
            consumed = se;
            return draft;
        }
        if (!SetContent(draft, content, QuoteRunEnd(content, se))) return null;
        consumed = se;
        return draft;
    }

    /// <summary>
    /// "\"…,\" was Mr. Berg's answer": a sentence that is a quote, then "was" or "came" and a noun phrase naming the
    /// quote as someone's answer; the possessor is the speaker.
    /// </summary>
    /// <remarks>
    /// Its walk over the quotes and marks that open the sentence is kept for <see cref="IsPureQuote"/>, asked of the same
    /// sentence when nothing else is read there: <paramref name="lead"/> is the first token past them (<paramref name="se"/>
    /// or later when they fill the sentence), and <paramref name="anyQuoted"/> tells whether one of them is quoted.
    /// </remarks>
    private Reading? TryAnswerAfterQuote(int ss, int se, out int lead, out bool anyQuoted)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int k = ss;
        bool quoted = false;
        anyQuoted = false;
        while (k < se && ((quoteOf[k] >= 0) || tokens[k].Kind == TokenKind.Punct))
        {
            anyQuoted |= quoteOf[k] >= 0;
            if (!quoted && (quoteOf[k] >= 0) && IsWord(tokens[k]))
            {
                // The quote holds a word: the rest of its tokens are passed at once (a quote's tokens are consecutive, the
                // first token at or after its end the first in none or another), by one search rather than a binary one.
                quoted = true;
                int run = quoteOf.AsSpan(k, tokens.Length - k).IndexOfAnyExcept(quoteOf[k]);
                k = run < 0 ? tokens.Length : k + run;
                continue;
            }
            k++;
        }
        lead = k;
        if (!quoted || k + 3 >= se || !(Spells(tokens[k], "was") || Spells(tokens[k], "came"))) return null;
        int np = ForwardNounPhrase(k + 1, se, lenient: true);
        if (np <= k + 3 || !IsAnswerNoun(np - 1)) return null;
        for (int j = np; j < se; j++)
        {
            if (tokens[j].Kind != TokenKind.Punct) return null;
        }
        int owner = -1;
        for (int a = k + 2; a < np - 1; a++)
        {
            if (tokens[a].Kind == TokenKind.Punct && Chars.IsApostrophe(_s[tokens[a].Start]) && (IsPossessive(a) || IsBarePossessive(a))) owner = a;
        }
        int from = k + 1;
        while (from < owner && Spells(tokens[from], "the")) from++;
        if (owner <= from || !IsSpeakerLike(from, owner)) return null;
        var draft = new StatementDraft { Block = t.Block, Cue = SpanOf(k, np), CueText = _s[tokens[k].Start..t.TokenAt(np - 1).End] };
        draft.SpeakerSpan = SpanOf(from, owner);
        if (!SetContent(draft, ss, k) || draft.Kind != StatementKind.Direct) return null;
        return new Reading(draft, null);
    }

    private bool IsAnswerNoun(int i)
    {
        if (!t.IsWord(i)) return false;
        foreach (var noun in CueAnchorWords.AnswerNouns)
        {
            if (t.Is(i, noun)) return true;
        }
        return false;
    }
}
