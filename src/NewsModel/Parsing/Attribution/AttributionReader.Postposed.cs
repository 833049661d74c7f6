using NewsModel.Knowledge;
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
    private Reading? TryPostposed(int se, int consumed, in CueHit cue)
    {
        if (cue.HoldsSpeaker) return null;
        int c0 = cue.Start, c1 = cue.End;
        // Both readings below need a comma, a closing quote or a dash between the consumed words and the cue (before
        // the subject, or right before the cue): a sentence opening "X said …" has none, and is ruled out before its walks.
        if (!HasBreakBetween(consumed, c0)) return null;
        int prev = c0 - 1;
        // "\"…\", — said X": translated Russian copy sets a dash between the quote and its inverted cue.
        if (prev - 1 > consumed && IsDashToken(prev) && t.TokenAt(prev).Length == 1 && (t.IsComma(prev - 1) || IsQuoteClose(prev - 1))) prev--;
        // Whether a quote closes right before the cue, asked once (the inverted reading asks it again up to three times;
        // a quote's closing mark is told by a call).
        bool closePrev = IsQuoteClose(prev);
        bool inverted = prev > consumed && (t.IsComma(prev) || closePrev) && c1 < se && !cue.Recipient && !cue.IsParticiple;
        // A reading with its subject before the cue needs no clause of the cue's own after it (TailOk, asked here as
        // after a quote, where it lets the most through), or a quote before it that ends with a pause: a cue followed
        // by its own clause ("…, X said the plan failed") is ruled out before the subject searches unless it may be
        // inverted (627 of the 1,540 readings of 200 bulk articles that passed the test above).
        // Its answer and the tail's start are kept for the reading below, which asks the same words again: with a quote's
        // close before the subject, or where the answer did not turn on a quote before (most tails), it is the same.
        int firstTail = -1;
        if (!inverted && (cue.Recipient || !t.InQuote(consumed)))
        {
            tailReadQuote = false;
            if (!TailOk(c1, se, cue.Recipient, true, false, out firstTail)) return null;
        }
        int npStart = BackwardNounPhrase(c0, consumed, out int npEnd);
        bool hasSubject = npStart < npEnd && IsSpeakerLike(npStart, npEnd);
        if (hasSubject && npStart - 1 > consumed && !IsBreak(npStart - 1) && PlainSubjectAfterBreak(consumed, c0) is { } longer && longer.Start < npStart)
        {
            // "\"…,\" Labour candidate Lena Hart said", "…, one senior Democrat said": words the name walk stops
            // at (a lower-case title, a quantifier) still belong to the subject when a break stands before them.
            (npStart, npEnd) = longer;
        }
        if (!hasSubject && AppositiveSubject(consumed, c0) is { } app)
        {
            (npStart, npEnd) = app;
            hasSubject = true;
        }
        else if (!hasSubject && !OpensWithAdjunct(consumed) && PlainSubjectAfterBreak(consumed, c0) is { } plain && (!cue.Recipient || IsQuoteClose(plain.Start - 1)))
        {
            // A verb that takes a hearer reads a plain subject only after a quote ("\"…,\" his friend told the paper").
            // "…, the group says": a noun phrase of any kind between the break and the cue. Not where the words before
            // are an introductory phrase ("With the vote near, angry MPs warned …"), which is no reported clause.
            (npStart, npEnd) = plain;
            hasSubject = true;
        }
        if (hasSubject)
        {
            int before = npStart - 1;
            // Whether a quote closes right before the subject, asked once: the tests below ask it up to five times.
            bool closeBefore = before >= 0 && IsQuoteClose(before);
            // A short phrase opening with a preposition ("In a two-minute response, he said …") introduces the verb's own clause.
            bool introduction = OpensWithAdjunct(consumed) && before - consumed <= MaxIntroductionTokens;
            // A verb that names what it reports in a quote after its object ("called the plan \"a disaster\"") follows
            // only a quote as its attribution: "Then, last week, Hart called." is a telephone call.
            bool quotedOnly = (cue.Options & CueOptions.QuotedComplement) != 0 && !closeBefore;
            if (before > consumed && !introduction && !quotedOnly && (t.IsComma(before) || closeBefore || IsDashToken(before))
                && (TailAfterCue(c1, se, cue.Recipient, closeBefore, firstTail, out int tail) || OnlyWhereAndWhenAfter(consumed, before, cue, se)) && !IsConnectivePhrase(consumed, before)
                && !HasThatClauseCue(consumed, before))
            {
                var draft = NewDraft(cue);
                draft.SpeakerSpan = SpanOf(npStart, npEnd);
                int contentEnd = closeBefore ? before + 1 : before;
                if (!SetContent(draft, consumed, contentEnd)) return null;
                if (ContinuedPredicate(tail, se, closeBefore) is int more)
                {
                    // "The drills are useful, she says, and are meant to be short": the verb after "and" goes on with
                    // the reported clause's own subject.
                    var rest = NewDraft(cue);
                    if (SetContent(rest, more, se))
                    {
                        draft.Pieces.AddRange(rest.Pieces);
                        if (rest.Kind != draft.Kind) draft.Kind = StatementKind.Mixed;
                    }
                    return new Reading(draft, null);
                }
                var second = Tail(draft, tail, se, out bool alone, out bool relative);
                return new Reading(draft, second, alone, relative);
            }
        }
        if (inverted)
        {
            int np = ForwardNounPhrase(c1, se, lenient: true);
            // "…,\" said the 46-year-old.": a person described with no name, after a quote and "said" only ("…, urged a strong stand", "\"…\" posted the clip" are acts).
            bool speaker = np > c1 && IsSpeakerLike(c1, np);
            int described = speaker || !closePrev || !IsSay(cue) ? -1 : DescribedPersonEnd(c1, se);
            if (described > 0) np = described;
            // A day name after the verb opens its clause ("…, said Thursday's vote …"), never the speaker. The phrase's
            // speaker test is asked once: a described person's end replaces the phrase and reads without it.
            bool ok = (described > 0 || speaker && !t.IsPronoun(c1) || np == c1 + 1 && t.IsPronoun(c1)) && !IsWeekday(c1);
            if (ok && t.IsComma(prev) && PredicateAfter(np, se) is var predicate and > 0 && !HasThatClauseCue(consumed, prev))
            {
                // "The contrast, said Ola Berg, an expert at the institute, would be clear": the cue stands between the
                // reported clause's subject and its verb.
                var split = NewDraft(cue);
                split.SpeakerSpan = SpanOf(c1, np);
                if (!SetContent(split, predicate, se)) return null;
                PrependContent(split, consumed, prev);
                return new Reading(split, null);
            }
            if (ok && (TailOk(np, se, false, closePrev, true, out int tail) || OnlyWhereAndWhenAfter(consumed, prev, cue, se)) && !HasThatClauseCue(consumed, prev))
            {
                var draft = NewDraft(cue);
                draft.SpeakerSpan = SpanOf(c1, np);
                if (!SetContent(draft, consumed, t.IsComma(prev) ? prev : prev + 1)) return null;
                var second = Tail(draft, tail, se, out bool alone, out bool relative);
                return new Reading(draft, second, alone, relative);
            }
        }
        return null;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsBreak(int i) => t.IsComma(i) || IsQuoteClose(i) || IsDashToken(i);

    // What HasBreakBetween has read for the current floor: tokens (floor, breakScanned) were looked at, and the first
    // break among them is breakAt (-1 when there is none). A sentence's cues are asked against one floor, by both passes
    // over its candidates: each token is read once per floor, and the second pass reads none again (a run-on sentence of
    // a hundred thousand cues and no comma stays linear).
    private int breakFloor = -1, breakScanned = -1, breakAt = -1;

    /// <summary>Forgets what <see cref="HasBreakBetween"/> read: the block's tokens change.</summary>
    private void ForgetBreaks() => (breakFloor, breakScanned, breakAt) = (-1, -1, -1);

    /// <summary>True when a token strictly between <paramref name="floor"/> and <paramref name="cue"/> is a break (<see cref="IsBreak"/>).</summary>
    /// <remarks>
    /// Inlined where what was read for the floor answers (the first break after it is known, or none stands before a
    /// token already reached): most asks, about 6,900 per 200 bulk articles, where the call cost more than the tests.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool HasBreakBetween(int floor, int cue)
    {
        if (floor == breakFloor)
        {
            if (breakAt >= 0) return breakAt < cue;
            if (cue <= breakScanned) return false;
        }
        return ScanForBreak(floor, cue);
    }

    /// <summary><see cref="HasBreakBetween"/> where the tokens read for the floor do not answer: reads on to the cue.</summary>
    private bool ScanForBreak(int floor, int cue)
    {
        if (floor != breakFloor) (breakFloor, breakScanned, breakAt) = (floor, floor + 1, -1);
        // The first break after the floor is known, or none stands before a token already reached.
        if (breakAt >= 0) return breakAt < cue;
        if (cue <= breakScanned) return false;
        // A break is a punctuation token (a quote's closing mark is one of its own, as every quotation mark is), so the
        // words, quoted or not, are passed by one test each. The tokens read are counted as work, which the scaling
        // tests hold linear.
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        for (int k = breakScanned; k < cue; k++)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind != TokenKind.Punct) continue;
            // IsBreak told by the mark's character, read once: a comma, a dash, or a quotation mark (the screen's mark)
            // that closes its quote.
            char c = _s[token.Start];
            if (c == ',' || IsDashMark(k, c) || (token.Marks & TokenMarks.QuoteMark) != 0 && t.IsQuoteClose(k))
            {
                ctx.CountWork(k + 1 - breakScanned);
                (breakScanned, breakAt) = (k + 1, k);
                return true;
            }
        }
        ctx.CountWork(cue - breakScanned);
        breakScanned = cue;
        return false;
    }

    /// <summary>True when [start, end) holds its own "X said that …": then a trailing "…, sources said" only relays it.</summary>
    private bool HasThatClauseCue(int start, int end)
    {
        // A bounded window keeps a hostile run-on sentence full of cues linear. Only a cue candidate outside quotes may
        // read a cue (FindCandidates: a marked token that is none reads none for any limit): the block's candidates in
        // the window are stepped through, instead of every token, or every marked token in the quotes that are most of
        // the window before "…, X said" (651 calls on 200 bulk articles, 0.17 M instructions when marked tokens were).
        var candidates = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.CueCandidates);
        int from = Math.Max(start, end - Window);
        for (int c = t.FirstCandidateAt(from); c < candidates.Length && candidates[c] < end; c++)
        {
            int i = candidates[c];
            if (!t.IsWord(i) || !TryCueAt(i, t.CueSlot(i), end, out var cue, candidate: true) || cue.End >= end) continue;
            if (t.Is(cue.End, "that") || t.IsPunct(cue.End, ':'))
            {
                int np = BackwardNounPhrase(i, start, out int npEnd);
                // "Russia hopes that …, the embassy said": a named body's attitude, voiced by the speaker after it. A
                // person's ("He hoped that …, sources said") is relayed.
                bool voiced = (cue.Options & CueOptions.Attitude) != 0 && !(npEnd - np == 1 && t.IsPronoun(np));
                if (np < npEnd && IsSpeakerLike(np, npEnd) && !voiced) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Set when a <see cref="TailOk"/> since the post-posed reading's precheck read its <c>quoteBefore</c>: while it is
    /// clear, the precheck's answer holds whether a quote stands before or not.
    /// </summary>
    private bool tailReadQuote;

    /// <summary>
    /// <see cref="TailOk"/> of a post-posed cue's words after <paramref name="k"/> with its subject before it, answered from
    /// the precheck's call (<paramref name="firstTail"/>, its tail's start, or -1 when it was not made) where that one
    /// answers the same: asked as after a quote, it passed, and either a quote closes before the subject or its answer
    /// did not turn on one (176 of the 1,620 calls on 200 bulk articles, which took about 300 instructions each).
    /// </summary>
    private bool TailAfterCue(int k, int se, bool recipient, bool quoteBefore, int firstTail, out int tail)
    {
        if (firstTail >= 0 && (quoteBefore || !tailReadQuote))
        {
            tail = firstTail;
            return true;
        }
        return TailOk(k, se, recipient, quoteBefore, false, out tail);
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
        while (k < se && t.TokenAt(k).Kind == TokenKind.Punct && !t.IsComma(k) && !t.InQuote(k) && !IsDashToken(k)) k++;
        if (k >= se) return true;
        if (IsDashToken(k)) return true;
        if (t.IsComma(k))
        {
            // ", \"…\"" after the cue is the quote it introduces, not a tail; ", CLAUSE" makes the cue parenthetical.
            int n = k + 1;
            if (n >= se) return true;
            if (t.InQuote(n))
            {
                tailReadQuote = true;
                return quoteBefore;
            }
            if (!t.IsWord(n)) return true;
            if (IsParticiple(n) || t.Is(n, "and") || t.Is(n, "but") || t.Is(n, "who") || t.Is(n, "which") || t.IsIn(n, WordClass.AdjunctStart)) return true;
            if (IsAppositionAfter(n, se)) return true;
            if (TryCue(n, se, out _)) return true;
            return appositiveAllowed;
        }
        if (!t.IsWord(k) || t.InQuote(k)) return false;
        // "said last month" is a tail; "said last month that …" opens the verb's own clause.
        int after = SkipTimeAdverbial(k, se);
        if (after > k) return TailOk(after, se, false, quoteBefore, appositiveAllowed, out _);
        if (!t.IsIn(k, WordClass.AdjunctStart)) return IsParticiple(k);
        // "there" and "here" open an adjunct, but not a clause of their own ("said there was no evidence"); the word
        // after is asked only after an adjunct's first word, which few tails open with.
        bool clause = k + 1 < se && t.IsWord(k + 1) && t.IsIn(k + 1, WordClass.BeForm | WordClass.Auxiliary);
        if (clause) return IsParticiple(k);
        // OpensClauseAfterAdjunct answers false after a quote without reading the words.
        tailReadQuote = true;
        return !OpensClauseAfterAdjunct(k + 1, se, quoteBefore);
    }

    /// <summary>
    /// True when the adjunct after a cue is followed, before its first comma, by "that" ("said on CNN that …"), or by a
    /// comma and a quote ("said as he arrived, \"…\""): the cue's own clause, so the words before its subject are an
    /// introduction, not what was said. After a quote ("\"…,\" she said when asked about reports that …") the quote is.
    /// </summary>
    private bool OpensClauseAfterAdjunct(int from, int se, bool quoteBefore)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (quoteBefore) return false;
        for (int x = from; x < Math.Min(se, from + ClauseSearchWindow); x++)
        {
            if ((quoteOf[x] >= 0)) return false;
            if (IsComma(tokens[x])) return x + 1 < se && (quoteOf[x + 1] >= 0);
            if (Spells(tokens[x], "that")) return true;
        }
        return false;
    }

    /// <summary>
    /// True when a quote ending in a pause stands before the attribution and the words after the cue hold no act of
    /// their own: no hearer ("asked the council to decide"), no "to" or "that" clause.
    /// </summary>
    private bool OnlyWhereAndWhenAfter(int start, int close, in CueHit cue, int se) =>
        !cue.Recipient && QuoteEndsWithPause(start, close) && !HasWordWithin(cue.End, se, "to") && !HasWordWithin(cue.End, se, "that");

    /// <summary>
    /// True when the words from <paramref name="start"/> are one quote whose closing mark at <paramref name="close"/>
    /// follows a comma, question or exclamation mark (<c>"…,"</c>): the quote is what was said, and the words after its
    /// attribution are only where and when.
    /// </summary>
    private bool QuoteEndsWithPause(int start, int close)
    {
        if (!IsQuoteClose(close) || close == 0 || t.QuoteOf[start] != t.QuoteOf[close]) return false;
        var quote = t.Quotes[t.QuoteOf[close]];
        if (IsNamingQuote(quote)) return false;
        int end = Chars.TrimEnd(_s, quote.ContentStart, quote.ContentEnd);
        return end > quote.ContentStart && _s[end - 1] is ',' or '?' or '!';
    }

    /// <summary>
    /// Where the words after a parenthetical attribution go on with the reported clause, or null: ", and VERB …" ("…, she
    /// says, and are meant to be short": "and" then an auxiliary or a form of "be", with no subject of its own), a
    /// reason or concession (", because …"), or the main clause of an opening adjunct (", there were …").
    /// </summary>
    private int? ContinuedPredicate(int k, int se, bool quoteBefore)
    {
        if (k + 2 >= se || !t.IsComma(k) || !t.IsWord(k + 1) || t.InQuote(k + 1) || !t.IsWord(k + 2) || t.InQuote(k + 2)) return null;
        if (!quoteBefore)
        {
            // "…, he said, because …": a reason or concession goes on with the reported clause; after a quote it is the writer's.
            if (t.Is(k + 1, "because") || t.Is(k + 1, "although") || t.Is(k + 1, "though") || t.Is(k + 1, "unless")) return k + 1;
            // "When she got inside, she said, there were no ballots": the clause the opening adjunct belongs to.
            if (t.IsIn(k + 1, WordClass.AdjunctStart) && t.IsIn(k + 2, WordClass.BeForm | WordClass.FiniteAuxiliary)) return k + 1;
        }
        if (!(t.Is(k + 1, "and") || t.Is(k + 1, "but"))) return null;
        return t.IsIn(k + 2, WordClass.BeForm) || t.IsIn(k + 2, WordClass.Auxiliary) && t.IsClosedClass(k + 2) ? k + 1 : null;
    }

    /// <summary>
    /// After a post-posed attribution: the rest of a split quote (", \"B.\""), added to <paramref name="draft"/>, or a
    /// second act (", adding that …"), returned.
    /// </summary>
    private StatementDraft? Tail(StatementDraft draft, int k, int se, out bool standsAlone, out bool relative)
    {
        var quoteOf = t.QuoteOf;
        standsAlone = false;
        relative = false;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        for (int j = k; j < se; j++)
        {
            // The calls below are asked only of the tokens they can answer for: a question after a word ("when asked"),
            // a relative act at "who"; most tokens of a tail are passed without either call.
            ref readonly var token = ref tokens[j];
            // A token outside quotes that is unmarked, not of three letters (TrySecondary's "and", "but", RelativeSecondary's
            // "who") and no word before a marked token (UnnamedQuestionAt's "when asked") answers none of the tests below:
            // passed by these few, read from the span (about 12 tokens a tail, 646 tails on 200 bulk articles).
            if (quoteOf[j] < 0 && (token.Marks & TokenMarks.MayOpenCue) == 0 && token.Length != 3
                && !(token.Kind == TokenKind.Word && j + 1 < se && (tokens[j + 1].Marks & TokenMarks.MayOpenCue) != 0)) continue;
            if (token.Kind == TokenKind.Word && UnnamedQuestionAt(j, se) is { } question)
            {
                standsAlone = true;
                return question;
            }
            if ((quoteOf[j] >= 0))
            {
                if (j > k && IsComma(tokens[j - 1]) && draft.Kind == StatementKind.Direct)
                {
                    var quote = t.Quotes[t.QuoteOf[j]];
                    AddPiece(draft, quote.ContentStart, quote.ContentEnd);
                    draft.OpenAtEnd = !quote.Closed;
                }
                return null;
            }
            if (TrySecondary(j, k, se, out var second)) return second;
            if (token.Length == 3 && RelativeSecondary(j, k, se) is { } act)
            {
                relative = true;
                return act;
            }
        }
        return null;
    }
}
