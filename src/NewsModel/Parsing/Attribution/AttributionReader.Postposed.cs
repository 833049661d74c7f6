using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    /// <summary>
    /// "…, X said" and "\"…,\" said X" where nothing after the attribution but an adjunct remains. A reading takes
    /// the rest of the sentence.
    /// </summary>
    private Reading? TryPostposed(int se, int consumed, CueHit cue)
    {
        if (cue.HoldsSpeaker) return null;
        int c0 = cue.Start, c1 = cue.End;
        int npStart = BackwardNounPhrase(c0, consumed, out int npEnd);
        bool hasSubject = npStart < npEnd && IsSpeakerLike(npStart, npEnd);
        if (hasSubject && npStart - 1 > consumed && !IsBreak(npStart - 1) && PlainSubjectAfterBreak(consumed, c0) is { } longer && longer.Start < npStart)
        {
            // "\"…,\" Republican candidate Donald Trump said", "…, one senior Democrat said": words the name walk stops
            // at (a lower-case title, a quantifier) still belong to the subject when a break stands before them.
            (npStart, npEnd) = longer;
        }
        if (!hasSubject && AppositiveSubject(consumed, c0) is { } app)
        {
            (npStart, npEnd) = app;
            hasSubject = true;
        }
        else if (!hasSubject && !cue.Recipient && !OpensWithAdjunct(consumed) && PlainSubjectAfterBreak(consumed, c0) is { } plain)
        {
            // "…, the group says": a noun phrase of any kind between the break and the cue. Not where the words before
            // are an introductory phrase ("With the vote near, angry MPs warned …"), which is no reported clause.
            (npStart, npEnd) = plain;
            hasSubject = true;
        }
        if (hasSubject)
        {
            int before = npStart - 1;
            // A short phrase opening with a preposition ("In a two-minute response, he said …") introduces the verb's own clause.
            bool introduction = OpensWithAdjunct(consumed) && before - consumed <= MaxIntroductionTokens;
            if (before > consumed && !introduction && (t.IsComma(before) || t.IsQuoteClose(before) || IsDashToken(before))
                && TailOk(c1, se, cue.Recipient, t.IsQuoteClose(before), false, out int tail) && !IsConnectivePhrase(consumed, before)
                && !HasThatClauseCue(consumed, before))
            {
                var draft = NewDraft(cue);
                draft.SpeakerSpan = SpanOf(npStart, npEnd);
                int contentEnd = t.IsQuoteClose(before) ? before + 1 : before;
                if (!SetContent(draft, consumed, contentEnd)) return null;
                var second = Tail(draft, tail, se, out bool alone);
                return new Reading(draft, second, alone);
            }
        }
        int prev = c0 - 1;
        if (prev > consumed && (t.IsComma(prev) || t.IsQuoteClose(prev)) && c1 < se && !cue.Recipient && !cue.IsParticiple)
        {
            int np = ForwardNounPhrase(c1, se, lenient: true);
            // A day name after the verb opens its clause ("…, said Thursday's vote …"), never the speaker.
            bool ok = (np > c1 && IsSpeakerLike(c1, np) && !t.IsPronoun(c1) || np == c1 + 1 && t.IsPronoun(c1)) && !IsWeekday(c1);
            if (ok && TailOk(np, se, false, t.IsQuoteClose(prev), true, out int tail) && !HasThatClauseCue(consumed, prev))
            {
                var draft = NewDraft(cue);
                draft.SpeakerSpan = SpanOf(c1, np);
                if (!SetContent(draft, consumed, t.IsComma(prev) ? prev : prev + 1)) return null;
                var second = Tail(draft, tail, se, out bool alone);
                return new Reading(draft, second, alone);
            }
        }
        return null;
    }

    private bool IsBreak(int i) => t.IsComma(i) || t.IsQuoteClose(i) || IsDashToken(i);

    /// <summary>True when [start, end) holds its own "X said that …": then a trailing "…, sources said" only relays it.</summary>
    private bool HasThatClauseCue(int start, int end)
    {
        // A bounded window keeps a hostile run-on sentence full of cues linear.
        for (int i = Math.Max(start, end - Window); i < end; i++)
        {
            if (t.InQuote(i) || !t.IsWord(i) || !TryCue(i, end, out var cue) || cue.End >= end) continue;
            if (t.Is(cue.End, "that") || t.IsPunct(cue.End, ':'))
            {
                int np = BackwardNounPhrase(i, start, out int npEnd);
                if (np < npEnd && IsSpeakerLike(np, npEnd)) return true;
            }
        }
        return false;
    }

    /// <summary>True when only an adjunct follows position <paramref name="k"/> ("in a statement", "answering a question", ", adding …").</summary>
    private bool TailOk(int k, int se, bool recipient, bool quoteBefore, bool appositiveAllowed, out int tail)
    {
        if (recipient && k < se && t.IsWord(k) && !t.InQuote(k))
        {
            int np = t.IsIn(k, WordClass.Determiner) ? HearerEnd(k, se) : ForwardNounPhrase(k, se, lenient: true);
            if (np > k) k = np;
        }
        tail = k;
        while (k < se && t.Tokens[k].Kind == TokenKind.Punct && !t.IsComma(k) && !t.InQuote(k) && !IsDashToken(k)) k++;
        if (k >= se) return true;
        if (IsDashToken(k)) return true;
        if (t.IsComma(k))
        {
            // ", \"…\"" after the cue is the quote it introduces, not a tail; ", CLAUSE" makes the cue parenthetical.
            int n = k + 1;
            if (n >= se) return true;
            if (t.InQuote(n)) return quoteBefore;
            if (!t.IsWord(n)) return true;
            if (IsParticiple(n) || t.Is(n, "and") || t.Is(n, "but") || t.Is(n, "who") || t.Is(n, "which") || t.IsIn(n, WordClass.AdjunctStart)) return true;
            if (IsAppositionAfter(n, se)) return true;
            if (TryCue(n, se, out _)) return true;
            return appositiveAllowed;
        }
        // "there" and "here" open an adjunct, but not a clause of their own ("said there was no evidence").
        bool clause = k + 1 < se && t.IsWord(k + 1) && t.IsIn(k + 1, WordClass.BeForm | WordClass.Auxiliary);
        return t.IsWord(k) && !t.InQuote(k) && (t.IsIn(k, WordClass.AdjunctStart) && !clause || IsParticiple(k) || SkipTimeAdverbial(k, se) > k);
    }

    /// <summary>
    /// After a post-posed attribution: the rest of a split quote (", \"B.\""), added to <paramref name="draft"/>, or a
    /// second act (", adding that …"), returned.
    /// </summary>
    private StatementDraft? Tail(StatementDraft draft, int k, int se, out bool standsAlone)
    {
        standsAlone = false;
        for (int j = k; j < se; j++)
        {
            if (UnnamedQuestionAt(j, se) is { } question)
            {
                standsAlone = true;
                return question;
            }
            if (t.InQuote(j))
            {
                if (j > k && t.IsComma(j - 1) && draft.Kind == StatementKind.Direct)
                {
                    var quote = t.Quotes[t.QuoteOf[j]];
                    AddPiece(draft, quote.ContentStart, quote.ContentEnd);
                    draft.OpenAtEnd = !quote.Closed;
                }
                return null;
            }
            if (TrySecondary(j, k, se, out var second)) return second;
        }
        return null;
    }
}
