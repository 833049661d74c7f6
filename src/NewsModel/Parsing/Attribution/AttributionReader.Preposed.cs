using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    /// <summary>
    /// A cue read where it stands before or inside its clause: "X said (that) CLAUSE", "However, X said, CLAUSE",
    /// "CLAUSE — X said", "…, said X", and the cues that hold their speaker.
    /// </summary>
    private Reading? TryPreposed(int ss, int se, ref int consumed, in CueHit cue)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int c0 = cue.Start, c1 = cue.End;
        if ((cue.Options & CueOptions.Attitude) != 0 && t.Block.Where == StatementLocation.Body && !IsVoicedAttitude(ss, se, cue)) return null;
        if (cue.HoldsSpeaker) return TrySpeakerInCue(NewDraft(cue), se, ref consumed, cue) is { } held ? new Reading(held, null) : null;
        // "as reported by X": only a cue that is the word "reported" (eight letters) can be one.
        if (t.TokenAt(cue.Start).Length == 8 && AsReportedBy(se, ref consumed, cue) is { } reported) return reported;
        // A cue at the first of the consumed words ("Asked whether …", "Speaking to reporters, …") has no word before it
        // for a subject (every search below looks between the consumed words and the cue), nor a comma or quote for an
        // inverted reading: none is read (15 of the 301 pre-posed readings of 200 bulk articles that found nothing).
        if (c0 == consumed) return null;
        // Every reading below needs what was said after the cue (its clause, or the quote it names), or a break or an
        // "as" before the cue (before its subject, or right before the cue): a cue with neither ("is expected to
        // announce an end to …", "a leaflet posted to homes", about 190 of the 600 pre-posed readings of 200 bulk
        // articles that found nothing) is ruled out before the subject searches. The cheap tests first; the clause's
        // start is kept for the readings below.
        int? clause = null;
        // The first consumed token read once: only a mark can be a break, only a word "as".
        ref readonly var opening = ref tokens[consumed];
        bool breakOrAs = opening.Kind == TokenKind.Punct ? IsBreak(consumed) : Spells(opening, "as");
        if (!breakOrAs && !(consumed + 1 < c0 && Spells(tokens[consumed + 1], "as")) && !HasBreakBetween(consumed, c0)
            && !((cue.Options & CueOptions.QuotedComplement) != 0 && c1 < se && (quoteOf[c1] >= 0)))
        {
            clause = ClauseAfterCue(cue, se);
            if (clause < 0) return null;
        }

        int npStart = BackwardNounPhrase(c0, consumed, out int npEndBack);
        bool hasSubject = npStart < npEndBack && IsSpeakerLike(npStart, npEndBack);
        if (hasSubject && npEndBack - 1 > npStart && (Spells(tokens[npEndBack - 1], "and") || Spells(tokens[npEndBack - 1], "but"))
            && !cue.PostposedOnly && (clause ??= ClauseAfterCue(cue, se)) >= 0
            && SentenceSubjectRange(ss, c0, plain: cue.IsParticiple) is { } first && first.End <= npStart)
        {
            // "Hart thanked the crowd in Bergen and said …": the words before "and" are the first verb's object; the
            // conjoined cue keeps the subject of the sentence. Only a cue with its clause after it is read so: the words
            // before the subject are then no statement.
            (npStart, npEndBack) = first;
        }
        if (hasSubject && cue.IsParticiple && IsDocument(npEndBack - 1) && npStart - 1 > consumed && IsWord(tokens[npStart - 1]) && !(quoteOf[npStart - 1] >= 0)
            && !IsCapitalized(tokens[npStart - 1]) && !IsPreposition(npStart - 1) && !t.IsClosedClass(npStart - 1)
            && SentenceSubjectRange(ss, c0, plain: true) is { } issuer && issuer.End < npStart)
        {
            // "Hart issued a statement saying …": the statement is the verb's object; its author is the sentence's subject.
            (npStart, npEndBack) = issuer;
        }
        if (!hasSubject && ChainedSubject(consumed, c0, cue) is { } chained)
        {
            // "X responded by saying …", "X went on to explain that …": the act is the sentence subject's. Its object is
            // what was said only after "say" or with a that-clause, a colon or a quote ("went on to claim credit" is an act).
            if (!IsSay(cue) && !(c1 < se && (Spells(tokens[c1], "that") || IsPunct(tokens[c1], ':') || (quoteOf[c1] >= 0) || IsComma(tokens[c1]) && c1 + 1 < se && (quoteOf[c1 + 1] >= 0)))) return null;
            (npStart, npEndBack) = chained;
            hasSubject = true;
        }
        // The relative clause's "who" is looked for first, here: of 1,579 asks on 200 bulk articles 10 read a subject so.
        if (MayHaveWhoBefore(c0, consumed) && RelativeClauseSubject(c0, consumed) is { } relative)
        {
            // "Voters who backed Hart said …": the subject is the phrase the relative clause hangs on, not its object.
            (npStart, npEndBack) = relative;
            hasSubject = true;
        }
        // The other subject searches can replace the subject only where none was found, or, the appositive alone, where
        // a comma stands before it: most readings have a subject with none, and pass them without a call. They are read
        // out of line, so that the common path of this reading stays compact in the instruction cache.
        if (!hasSubject)
        {
            if (SubjectBesideCue(ss, se, consumed, cue, npStart, npEndBack) is { } other)
            {
                (npStart, npEndBack) = other;
                hasSubject = true;
            }
        }
        else if (npStart > 0 && IsComma(tokens[npStart - 1]) && SkipAuxiliariesBack(c0, consumed) is var beforeAux && beforeAux > consumed
            && tokens[beforeAux].Kind == TokenKind.Punct && AppositiveSubject(consumed, c0) is { } appositive)
        {
            // "The minister, Lena Hart, said …": the appositive needs a mark before the cue's auxiliaries, as in
            // SubjectBesideCue, which a subject's reading no longer calls for this alone.
            (npStart, npEndBack) = appositive;
        }
        bool plainSubject = false;
        if (!hasSubject && PlainSubjectBefore(consumed, c0) is { } plain)
        {
            // "Several supporters of reform said …", "While one company says …": any noun phrase that is the subject.
            (npStart, npEndBack) = plain;
            hasSubject = plainSubject = true;
        }
        if (hasSubject)
        {
            int content = clause ??= ClauseAfterCue(cue, se);
            if (content < 0 && (cue.Options & CueOptions.QuotedComplement) != 0 && c1 < se && (quoteOf[c1] >= 0) && IsRelativeObject(npStart - 1))
            {
                // "what Mr. Hedge called \"the prior economy model\"": the quote is the name the subject gave, so it is said.
                content = c1;
            }
            int before = npStart - 1;
            int asEnd = cue.Recipient && c1 < se && IsWord(tokens[c1]) && !(quoteOf[c1] >= 0)
                ? (t.IsIn(c1, WordClass.Determiner) ? HearerEnd(c1, se) : ForwardNounPhrase(c1, se, lenient: true)) : c1;
            // "Instead, Hart told the paper, CLAUSE": a hearer may stand between the cue and the comma.
            int cueEnd = asEnd > c1 && !plainSubject ? asEnd : c1;
            bool parenthetical = before > consumed && IsComma(tokens[before]) && cueEnd < se && IsComma(tokens[cueEnd]) && !(cueEnd + 1 < se && (quoteOf[cueEnd + 1] >= 0))
                && !IsAppositionAfter(cueEnd + 1, se);
            bool asAside = before - 1 >= consumed && IsComma(tokens[before - 1]);
            // "as the paper reported on Saturday, CLAUSE": the day is no part of what was said.
            if (before >= consumed && Spells(tokens[before], "as") && asEnd < se && !IsComma(tokens[asEnd])) asEnd = SkipTimeAdverbial(asEnd, se);
            if (before >= consumed && Spells(tokens[before], "as") && (before == consumed || before == consumed + 1 && t.IsIn(consumed, WordClass.Connective) || asAside)
                && asEnd + 1 < se && IsComma(tokens[asEnd]) && !(quoteOf[asEnd + 1] >= 0) && HasWords(asEnd + 1, se))
            {
                // "As the paper reported, CLAUSE", "But as she told the paper, CLAUSE": the clause after the comma is what the subject said.
                var draft = NewDraft(cue);
                draft.SpeakerSpan = SpanOf(npStart, npEndBack);
                if (!SetContent(draft, asEnd + 1, se)) return null;
                // "Weeks ago, as the paper reported, CLAUSE": a short introduction before the aside belongs to the clause.
                if (asAside && before - 1 - consumed <= MaxIntroductionTokens && !IsConnectivePhrase(consumed, before - 1)) PrependContent(draft, consumed, before - 1);
                consumed = se;
                return new Reading(draft, null);
            }
            if (parenthetical && HasWords(cueEnd + 1, se) && (content < 0 || !Spells(tokens[content - 1], "that")))
            {
                // "However, X said, CLAUSE" / "At current prices, it said, CLAUSE".
                var draft = NewDraft(cue);
                draft.SpeakerSpan = SpanOf(npStart, npEndBack);
                if (!SetContent(draft, cueEnd + 1, se)) return null;
                if (!IsConnectivePhrase(consumed, before)) PrependContent(draft, consumed, before);
                consumed = se;
                return new Reading(draft, null);
            }
            if (content >= 0 && content < se && HasWords(content, se))
            {
                var draft = NewDraft(cue);
                draft.SpeakerSpan = SpanOf(npStart, npEndBack);
                int end = ParticipleObjectEnd(cue, content, ReportedClauseEnd(content, ComplementEnd(cue, content, se)));
                // A subject at the sentence's start follows no subordinator.
                // Only a subordinator right before the subject can make it one (IsSubordinateSubject): most are ruled out without the call.
                if (npStart > consumed && IsWord(tokens[npStart - 1]) && t.IsIn(npStart - 1, WordClass.Subordinator) && IsSubordinateSubject(consumed, npStart)) end = SubordinateClauseEnd(content, end);
                if (IsProductObject(cue, content, end) || MayBeProForm(content) && IsProForm(content, end)) return null;
                int split = end;
                StatementDraft? second = null;
                int recorded = 0;
                for (int j = NextRecordedSecondaryStart(ref recorded, content, end, content); j < end; j = NextRecordedSecondaryStart(ref recorded, j + 1, end, content))
                {
                    if (ReadSecondary(j, content, end, out second))
                    {
                        split = j;
                        break;
                    }
                }
                if (!SetContent(draft, content, split)) return null;
                if (second is { SpeakerSpan: null } && !(npStart == consumed || npStart == ss) && SentenceSubject(ss, c0) is { } subject)
                {
                    // "Ms Lind dismissed the figures …, saying …": the participle belongs to the sentence's subject.
                    second.SpeakerSpan = subject;
                }
                // The writer's clause after the reported one ("…, while another says …") may hold a reading of its own.
                consumed = se;
                if (end < se)
                {
                    consumed = end;
                    while (consumed < se && IsComma(tokens[consumed])) consumed++;
                }
                return new Reading(draft, second);
            }
            int prior = npStart - 1;
            // Before a plain subject stands its clause's introduction ("After the event, …"), never what was said.
            if (!plainSubject && !(OpensWithAdjunct(consumed) && (prior - consumed <= MaxIntroductionTokens || !HasCommaWithin(consumed, prior)))
                && prior > consumed && (IsComma(tokens[prior]) || IsQuoteClose(prior) || IsDashToken(prior))
                // "Still, Hart called Ruiz divisive": after a verb that speaks only with a marked clause or a quote, an
                // object makes the words before the subject an introduction.
                && ((cue.Options & (CueOptions.MarkedClause | CueOptions.QuotedComplement)) == 0
                    || QuoteEndsWithPause(consumed, prior) || TailOk(c1, se, cue.Recipient, IsQuoteClose(prior), false, out _))
                // "Then, last week, Hart called.": a verb that names what it reports in a quote follows only a quote.
                && ((cue.Options & CueOptions.QuotedComplement) == 0 || IsQuoteClose(prior)))
            {
                int contentEnd = IsComma(tokens[prior]) || IsDashToken(prior) ? prior : prior + 1;
                var draft = NewDraft(cue);
                draft.SpeakerSpan = SpanOf(npStart, npEndBack);
                if (!SetContent(draft, consumed, contentEnd)) return null;
                consumed = se;
                return new Reading(draft, null);
            }
        }
        // "\"…,\" said Hart" read as pre-posed: rare, read out of line.
        int prev = c0 - 1;
        if (prev > consumed && (IsComma(tokens[prev]) || IsQuoteClose(prev)) && c1 < se && !cue.IsParticiple) return InvertedAfterBreak(se, ref consumed, cue, prev);
        return null;
    }

    /// <summary>
    /// <see cref="TryPreposed"/>'s reading of a cue after a comma or a quote's close (at <paramref name="prev"/>) with its
    /// speaker after it ("\"…,\" said Hart"), or null. Out of line: few readings get here.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Reading? InvertedAfterBreak(int se, ref int consumed, in CueHit cue, int prev)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int c1 = cue.End;
        if (!cue.Recipient || IsQuoteClose(prev) && NameEndsSentence(c1, se))
        {
            int npEnd = ForwardNounPhrase(c1, se, lenient: true);
            if ((npEnd > c1 && IsSpeakerLike(c1, npEnd) && !t.IsPronoun(c1) || npEnd == c1 + 1 && t.IsPronoun(c1)) && !IsWeekday(c1) && TailOk(npEnd, se, false, IsQuoteClose(prev), true, out _))
            {
                var draft = NewDraft(cue);
                draft.SpeakerSpan = SpanOf(c1, npEnd);
                if (!SetContent(draft, consumed, IsComma(tokens[prev]) ? prev : prev + 1)) return null;
                consumed = se;
                return new Reading(draft, null);
            }
        }
        return null;
    }

    /// <summary>
    /// The subject of a pre-posed cue whose noun phrase walked back from it (<paramref name="npStart"/>,
    /// <paramref name="npEndBack"/>) names no speaker, found by the other searches: an appositive, a relative or conjoined
    /// subject, a parenthetical skipped, a reduced relative, the sentence's own subject; null when none is found.
    /// </summary>
    /// <remarks>
    /// Out of line: asked of the pre-posed readings with no subject (a reading with one and a comma before it asks only
    /// the appositive, in line), it was about a third of <see cref="TryPreposed"/>'s code, which the common path jumped over.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private (int Start, int End)? SubjectBesideCue(int ss, int se, int consumed, in CueHit cue, int npStart, int npEndBack)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int c0 = cue.Start;
        // ", telling reporters …": a participle's subject is the sentence's, never a comma-delimited segment before it.
        bool participleAct = cue.IsParticiple && ConjoinedOrParticiple(c0, consumed, cue);
        // The searches below each start at the token before the cue's auxiliaries (SkipAuxiliariesBack from the cue to
        // the consumed words, walked once and kept): the appositive and the three parentheticals need a mark there (a
        // comma, a quote's close, a dash), the relative subject a word ("who", "which"). That token read here once
        // rules out the searches it cannot answer, without their calls (a word stands there at most asks).
        int beforeAux = SkipAuxiliariesBack(c0, consumed);
        bool markBeforeAux = beforeAux > consumed && tokens[beforeAux].Kind == TokenKind.Punct;
        bool wordBeforeAux = beforeAux > consumed && tokens[beforeAux].Kind == TokenKind.Word;
        // The relative subject needs "who" or "which" there; a conjoined cue that is no participle "and" or "but" (which
        // may also open the clause, at the consumed words' first token).
        bool relativeBeforeAux = wordBeforeAux && tokens[beforeAux].Length is 3 or 5;
        bool conjoinedBeforeAux = beforeAux >= consumed && tokens[beforeAux].Length == 3 && (Spells(tokens[beforeAux], "and") || Spells(tokens[beforeAux], "but"));
        if (!participleAct && markBeforeAux && AppositiveSubject(consumed, c0) is { } app)
        {
            return app;
        }
        if (relativeBeforeAux && RelativeSubject(c0, consumed) is { } rel)
        {
            return rel;
        }
        // A participle's ConjoinedOrParticiple is participleAct, asked above: not asked again here or below.
        if ((cue.IsParticiple ? participleAct : conjoinedBeforeAux && ConjoinedOrParticiple(c0, consumed, cue)) && SentenceSubjectRange(ss, c0, plain: cue.IsParticiple) is { } subject)
        {
            // "The Tory leader … and has said …", "The newspaper … expressed …, stating that …".
            return subject;
        }
        if (participleAct && ClauseSubjectBefore(consumed, c0) is { } clauseSubject)
        {
            // "Although he thanked the crowd, he sounded a rare note, saying …": the subject of the clause the participle follows.
            return clauseSubject;
        }
        if (markBeforeAux && DashParentheticalSubject(consumed, c0) is { } dashed)
        {
            // "Officials — including two senators — said …": the parenthetical between dashes is skipped.
            return dashed;
        }
        if (markBeforeAux && CommaParentheticalSubject(consumed, c0) is { } described)
        {
            // "The employee, a voter who spoke on condition of anonymity, said …": the aside between commas is skipped.
            return described;
        }
        if (markBeforeAux && ConnectiveParentheticalSubject(consumed, c0) is { } connected)
        {
            // "Proponents of the bill, however, say …": the connective between commas is skipped.
            return connected;
        }
        if (ReducedRelativeSubject(consumed, c0, se, cue) is { } reduced)
        {
            // "An EC negotiator taking part in the talks said: …", "A joint statement issued after the talks said …".
            return reduced;
        }
        if (npStart == npEndBack)
        {
            // "A Western diplomatic observer said …": the sentence's own subject runs up to the cue.
            int from = consumed;
            while (from < c0 && from < consumed + LeadingConnectiveWindow && IsWord(tokens[from]) && t.IsIn(from, WordClass.Connective) && from + 1 < c0 && IsComma(tokens[from + 1])) from += 2;
            int np = ForwardMayReach(from, c0) ? ForwardNounPhrase(from, c0, lenient: true) : from;
            int aux = SkipAuxiliariesForward(np, c0);
            if (np > from && aux == c0 && IsSpeakerLike(from, np)) return (from, np);
        }
        return null;
    }

    /// <summary>Where what was said starts after a pre-posed cue (<see cref="ComplementStart"/>), or -1.</summary>
    private int ClauseAfterCue(in CueHit cue, int se)
    {
        int c1 = cue.End;
        // "He continued, \"…\"": a verb that is otherwise a cue only after what was said introduces a quote set off by a comma or colon.
        return !cue.PostposedOnly ? ComplementStart(c1, se, cue.Options)
            : c1 + 1 < se && (t.IsComma(c1) || t.IsPunct(c1, ':')) && t.InQuote(c1 + 1) ? c1 + 1 : -1;
    }

    /// <summary>
    /// True when a verb that makes or gives a thing has a determiner's noun phrase for its object ("wrote a book on
    /// farming", "announced his resignation") that carries nothing said: no participle, to-infinitive, quote or finite
    /// auxiliary in it ("wrote a letter urging …", "announced a plan to cut taxes", "claimed the vote was rigged" still report).
    /// </summary>
    /// <remarks>Inlined: asked of every pre-posed reading's clause, where few cues make or give a thing.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsProductObject(in CueHit cue, int content, int end) => (cue.Options & CueOptions.ProductObject) != 0 && IsProductObject(content, end);

    private bool IsProductObject(int content, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (content == 0 || !IsWord(tokens[content]) || (quoteOf[content] >= 0)) return false;
        if (!IsWord(tokens[content - 1]) || Spells(tokens[content - 1], "that") || !t.IsIn(content, WordClass.Determiner)) return false;
        for (int j = content + 1; j < end; j++)
        {
            if ((quoteOf[j] >= 0)) return false;
            if (!IsWord(tokens[j]) || IsCapitalized(tokens[j])) continue;
            if (tokens[j].Length > 4 && WordOf(tokens[j]).EndsWith("ing", StringComparison.Ordinal)) return false;
            // "claimed a new era had begun": a finite auxiliary makes the phrase a clause's subject.
            if (t.IsIn(j, WordClass.BeForm) || Spells(tokens[j], "has") || Spells(tokens[j], "have") || Spells(tokens[j], "had") || Spells(tokens[j], "will") || Spells(tokens[j], "would")
                || Spells(tokens[j], "can") || Spells(tokens[j], "could") || Spells(tokens[j], "should") || Spells(tokens[j], "may") || Spells(tokens[j], "might") || Spells(tokens[j], "must")) return false;
            if (Spells(tokens[j], "to") && j + 1 < end && IsWord(tokens[j + 1]) && !IsCapitalized(tokens[j + 1]) && !t.IsIn(j + 1, WordClass.Determiner)) return false;
        }
        return true;
    }

    /// <summary>
    /// False when the word at <paramref name="content"/> opens none of <see cref="IsProForm"/>'s phrases, told by its length
    /// and first letter ("so", "no", "the", "yes", "little", "almost", "nothing"): most clauses are ruled out without the call.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool MayBeProForm(int content)
    {
        var token = t.TokenAt(content);
        return token.Length is 2 or 3 or 6 or 7 && (_s[token.Start] | 0x20) is 's' or 'n' or 't' or 'y' or 'l' or 'a';
    }

    /// <summary>
    /// True when the words after a cue only stand for what was said elsewhere or for how much was said: "said so",
    /// "said the same (thing) of …", "said yes while …", "said no to the war", "said little about how": nothing is
    /// reported. What follows them may be an adjunct, never a clause.
    /// </summary>
    private bool IsProForm(int content, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if ((quoteOf[content] >= 0) || !IsWord(tokens[content]) || IsCapitalized(tokens[content]) && !t.StartsSentence(content)) return false;
        int k = content;
        if (Spells(tokens[k], "the") && k + 1 < end && Spells(tokens[k + 1], "same"))
        {
            k += 2;
            if (k < end && Spells(tokens[k], "thing")) k++;
        }
        else if (Spells(tokens[k], "so") || Spells(tokens[k], "yes") || Spells(tokens[k], "no") || Spells(tokens[k], "little") || Spells(tokens[k], "nothing"))
        {
            k++;
        }
        else if (Spells(tokens[k], "almost") && k + 1 < end && Spells(tokens[k + 1], "nothing"))
        {
            k += 2;
        }
        else
        {
            return false;
        }
        // "said no jobs were lost", "said so many people came": the word opened a clause of its own.
        return k >= end || IsComma(tokens[k]) || tokens[k].Kind == TokenKind.Punct && !(quoteOf[k] >= 0) || IsPreposition(k) || Spells(tokens[k], "while");
    }

    /// <summary>
    /// True when the sentence around an attitude verb ("believes", "hopes") shows the attitude was voiced: another
    /// speech cue ("told the paper she believed …", "Asked if he believes …", "… , arguing …", "…, the sources said")
    /// or a quote. A bare "X believes Y" is the writer's account of a state of mind, not an act of saying.
    /// </summary>
    private bool IsVoicedAttitude(int ss, int se, in CueHit cue)
    {
        var quoteOf = t.QuoteOf;
        // A window on both sides keeps a sentence of a thousand attitude verbs linear.
        int from = Math.Max(ss, cue.Start - Window), to = Math.Min(se, cue.End + Window);
        for (int j = from; j < to; j++)
        {
            if ((quoteOf[j] >= 0)) return true;
        }
        var candidates = t.CueCandidates;
        for (int c = t.FirstCandidateAt(from); c < candidates.Count && candidates[c] < to; c++)
        {
            int i = candidates[c];
            if (i >= cue.Start && i < cue.End) continue;
            if (TryCue(i, se, out var other) && (other.Options & CueOptions.Attitude) == 0) return true;
        }
        return false;
    }

    /// <summary>
    /// True when a capitalised name from <paramref name="k"/> runs to the end of the sentence ("\"…,\" warned Ruiz."): after
    /// a quote, a verb that may take a hearer is then inverted with its speaker, not followed by the one it warned.
    /// </summary>
    private bool NameEndsSentence(int k, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int np = ForwardNounPhrase(k, se, lenient: true);
        if (np <= k || !IsCapitalized(tokens[np - 1])) return false;
        while (np < se && tokens[np].Kind == TokenKind.Punct && !(quoteOf[np] >= 0)) np++;
        return np == se;
    }

    /// <summary>True when the cue is a form of "say", whose object is always what was said.</summary>
    private static bool IsSay(in CueHit cue) =>
        cue.Text.StartsWith("say", StringComparison.OrdinalIgnoreCase) || cue.Text.StartsWith("said", StringComparison.OrdinalIgnoreCase);

    /// <summary>The most tokens of the predicate between a subject and the "to" or "by" before its chained cue.</summary>
    private const int MaxChainGap = 10;

    /// <summary>
    /// The subject of a cue chained to its clause's verb: a gerund after "by", "before", "after", "while" or "of"
    /// ("responded by saying", "made a point of saying"), or an infinitive after a verb that hands its subject on
    /// ("went on to explain", "continues to insist", "took to Twitter to say"). Not when the predicate denies the act
    /// ("declined to say", "refused to comment") or hands it to its object ("urged him to say").
    /// </summary>
    private (int Start, int End)? ChainedSubject(int floor, int c0, in CueHit cue)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int link = c0 - 1;
        if (link <= floor || !IsWord(tokens[link]) || (quoteOf[link] >= 0)) return null;
        bool gerund = cue.IsParticiple && t.IsIn(link, WordClass.GerundLink);
        bool infinitive = !cue.IsParticiple && Spells(tokens[link], "to");
        if (!gerund && !infinitive) return null;
        // An infinitive needs a verb that hands its subject on between the subject and "to", and the loop below reads at
        // most MaxChainGap tokens back from the link, with no mark or quote among them: those tokens are read first, so
        // that the sentence's subject is sought only where such a verb stands (4 of 655 asks on 200 bulk articles read
        // a subject so; 630 have no such verb).
        if (!gerund && !HasChainVerbBefore(floor, link)) return null;
        if (SentenceSubjectRange(floor, link, plain: true) is not { } subject || subject.End >= link || link - subject.End > MaxChainGap) return null;
        bool chain = false;
        for (int j = subject.End; j < link; j++)
        {
            if ((quoteOf[j] >= 0) || tokens[j].Kind == TokenKind.Punct && !IsInnerMark(j, link)) return null;
            if (!IsWord(tokens[j])) continue;
            if (t.IsIn(j, WordClass.NotSubjectsAct) || Spells(tokens[j], "that") || Spells(tokens[j], "who") || Spells(tokens[j], "which") || Spells(tokens[j], "be")) return null;
            chain |= t.IsIn(j, WordClass.ChainVerb);
        }
        return gerund || chain ? subject : null;
    }

    /// <summary>
    /// True when a word that hands its subject on (<see cref="WordClass.ChainVerb"/>) stands in the last
    /// <see cref="MaxChainGap"/> tokens before <paramref name="link"/>, after <paramref name="floor"/>, with no quote or
    /// mark (but an inner one) after it: <see cref="ChainedSubject"/>'s loop reads a subject's predicate only there, and
    /// returns none past a quote or a mark.
    /// </summary>
    private bool HasChainVerbBefore(int floor, int link)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        for (int j = link - 1; j >= floor && j >= link - MaxChainGap; j--)
        {
            if (quoteOf[j] >= 0 || tokens[j].Kind == TokenKind.Punct && !IsInnerMark(j, link)) return false;
            if (IsWord(tokens[j]) && t.IsIn(j, WordClass.ChainVerb)) return true;
        }
        return false;
    }

    /// <summary>
    /// False when the forward walk of a sentence's subject from <paramref name="from"/> (<see cref="ForwardNounPhrase"/>,
    /// lenient) cannot end where only auxiliaries and -ly adverbs stand before the cue at <paramref name="c0"/>: the
    /// token before them is in the phrase, and this one stops the walk (a quoted token, a number, a mark other than the
    /// abbreviation's, possessive's, hyphen's or a parenthesis's; a lower-case function word that no title or owned body
    /// keeps in), or is trimmed off the phrase's end ("and", "the", "of" right before the cue).
    /// </summary>
    /// <remarks>
    /// Read before the walk in the pre-posed reading's last subject search: of the 420 asks on 200 bulk articles that get
    /// there, 193 stop at such a token ("expected to announce", "the group polled members …: 1,409 teachers said").
    /// </remarks>
    private bool ForwardMayReach(int from, int c0)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        // SkipAuxiliariesForward must reach the cue from the phrase's end: every token after the phrase is an auxiliary or
        // an -ly adverb, at most MaxAuxiliaryRun of them, so the phrase holds the first other token back from the cue.
        int b = c0 - 1;
        while (b >= from && b > c0 - 1 - MaxAuxiliaryRun && IsWord(tokens[b]) && (t.IsIn(b, WordClass.Auxiliary) || IsLyAdverb(tokens[b], b))) b--;
        if (b < from) return true;
        ref readonly var token = ref tokens[b];
        if (t.QuoteOf[b] >= 0 || token.Kind == TokenKind.Number) return false;
        bool last = b + 1 == c0;
        if (token.Kind == TokenKind.Punct)
        {
            // A closing parenthesis is kept at the phrase's end; the other marks the walk takes in are trimmed off it.
            char c = _s[token.Start];
            return c == ')' || !last && (c == '.' || c == '(' || Chars.IsApostrophe(c) || Chars.IsHyphen(c));
        }
        // A word of no function word's class (most of them, one lookup) or a capitalised one may end the phrase.
        if ((t.Classes(b) & (WordClass.ClosedClass | WordClass.Preposition | WordClass.Pronoun)) == 0 || IsCapitalized(token)) return true;
        // "a" is the one function word the walk takes in and keeps at the phrase's end.
        if (last) return Spells(token, "a");
        // "the", "a" and "and" inside the phrase, "of" and "to" inside a title between capitalised words, stay in. An
        // owned body's head ("campaign", OwnedBodies.Heads) is a noun, which the lookup above already let through.
        return Spells(token, "the") || Spells(token, "a") || Spells(token, "and") || (Spells(token, "of") || Spells(token, "to")) && IsCapitalized(tokens[b + 1]);
    }

    /// <summary>True when the subject at <paramref name="npStart"/> follows a subordinator that opens the sentence ("While X said …").</summary>
    private bool IsSubordinateSubject(int floor, int npStart)
    {
        int from = floor;
        while (from < npStart && t.IsWord(from) && t.IsIn(from, WordClass.Connective) && from + 1 < npStart && t.IsComma(from + 1)) from += 2;
        return from + 1 == npStart && t.IsWord(from) && t.IsIn(from, WordClass.Subordinator) && !t.Is(from, "as");
    }

    /// <summary>
    /// Where a reported clause inside a subordinate clause ends ("While X said that A, B …"): at the first comma outside
    /// quotes, after which the main clause stands.
    /// </summary>
    private int SubordinateClauseEnd(int content, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        for (int j = content + 1; j < end; j++)
        {
            // Not the comma inside a number ("1,800").
            if (!(quoteOf[j] >= 0) && IsComma(tokens[j]) && !(tokens[j - 1].Kind == TokenKind.Number && j + 1 < end && tokens[j + 1].Kind == TokenKind.Number
                && tokens[j + 1].Start == tokens[j].End)) return j;
        }
        return end;
    }

    private bool HasWordWithin(int start, int end, string word)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        for (int j = start; j < end; j++)
        {
            if (Spells(tokens[j], word)) return true;
        }
        return false;
    }

    private bool HasCommaWithin(int start, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        for (int j = start; j < end; j++)
        {
            if (IsComma(tokens[j]) && !(quoteOf[j] >= 0)) return true;
        }
        return false;
    }

    /// <summary>The most tokens of a short phrase ("in politics") between a cue and the subject pronoun of its clause.</summary>
    private const int MaxPrepositionBeforeClause = 3;

    /// <summary>True when <paramref name="i"/> is a relative word that stands for a verb's object ("what", "which", "whom").</summary>
    private bool IsRelativeObject(int i) =>
        i >= 0 && t.IsWord(i) && !t.InQuote(i) && (t.Is(i, "what") || t.Is(i, "which") || t.Is(i, "whom"));

    private TextSpan? SentenceSubject(int ss, int limit) => SentenceSubjectRange(ss, limit) is { } r ? SpanOf(r.Start, r.End) : null;

    private bool ConjoinedOrParticiple(int c0, int floor, in CueHit cue)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int j = SkipAuxiliariesBack(c0, floor);
        if (j < floor) return false;
        if (Spells(tokens[j], "and") || Spells(tokens[j], "but")) return true;
        // ", falsely suggesting …", ", later alleging …": one adverb between the comma and the participle.
        if (j == c0 - 1 && j - 1 > floor && IsWord(tokens[j]) && !(quoteOf[j] >= 0) && (IsLyAdverb(j) || t.IsIn(j, WordClass.Preposition | WordClass.Connective))) j--;
        // The comma may stand inside a quote that ends the clause before ("hailed it as \"fantastic,\" telling …").
        return cue.IsParticiple && j >= c0 - 2 && (IsComma(tokens[j]) || IsQuoteClose(j) && j - 1 > floor && IsComma(tokens[j - 1]));
    }

    private (int Start, int End)? ReducedRelativeSubject(int floor, int c0, int se, in CueHit cue)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int from = floor;
        if (c0 - from > MaxNounPhraseTokens || c0 - from < MinReducedRelativeTokens) return null;
        int participle = -1;
        for (int i = from; i < c0; i++)
        {
            if ((quoteOf[i] >= 0) || IsComma(tokens[i])) return null;
            if (participle < 0 && i > from && IsWord(tokens[i]) && !IsCapitalized(tokens[i]) && tokens[i].Length > 4
                && (WordOf(tokens[i]).EndsWith("ing", StringComparison.Ordinal) || WordOf(tokens[i]).EndsWith("ed", StringComparison.Ordinal)))
            {
                participle = i;
            }
        }
        if (participle < 0) return null;
        // The phrase must end at the participle, so whether its last word names a document is known before the walk.
        bool strong = cue.End < se && (IsPunct(tokens[cue.End], ':') || Spells(tokens[cue.End], "that") || (quoteOf[cue.End] >= 0));
        if (!strong && !IsDocument(participle - 1)) return null;
        int np = ForwardNounPhrase(from, participle, lenient: false);
        return np == participle && IsSpeakerLike(from, np) ? (from, np) : null;
    }

    private (int Start, int End)? SentenceSubjectRange(int ss, int limit, bool plain = false)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        ss = AfterDateline(ss, limit);
        if (ss < limit && IsWord(tokens[ss]) && (IsPreposition(ss) || IsParticiple(ss) || t.IsIn(ss, WordClass.Connective) || IntroductoryPhrase(ss, limit)))
        {
            // "In a statement, he said …": the subject follows the introductory phrase.
            int c = ss;
            int stop = Math.Min(limit, ss + MaxNounPhraseTokens);
            while (c < stop && !IsComma(tokens[c])) c++;
            if (c >= stop) return null;
            ss = c + 1;
        }
        if (ss >= limit || IsWord(tokens[ss]) && t.IsClosedClass(ss) && !Spells(tokens[ss], "the") && !t.IsIn(ss, WordClass.Determiner)) return null;
        int np = ForwardNounPhrase(ss, limit, lenient: false);
        if (np > ss && DescribedNameEnd(ss, np, limit) is var named and > 0) return (ss, named);
        if (np > ss && IsSpeakerLike(ss, np)) return (ss, np);
        // A participle ("…, noting that …") has no subject of its own, so any plain noun phrase opening the sentence is
        // its subject; a conjoined verb ("… and claim …") keeps the subject the first verb was read with.
        return plain && PlainSubjectFrom(ss, limit) is int end ? (ss, end) : null;
    }

    /// <summary>The most tokens of a dateline before its dash ("BERGEN, Norway (AP) —").</summary>
    private const int MaxDatelineTokens = 8;

    /// <summary>
    /// Where the sentence at <paramref name="ss"/> begins after a dateline that opens its paragraph ("OSLO — Lena Hart
    /// …", "BERGEN, Norway - …"): a word in capitals, then at most a few words and marks up to a dash; else
    /// <paramref name="ss"/>.
    /// </summary>
    private int AfterDateline(int ss, int limit)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (ss >= limit || (quoteOf[ss] >= 0) || !Chars.IsAllCaps(_s, tokens[ss])) return ss;
        for (int j = ss + 1; j < limit && j <= ss + MaxDatelineTokens; j++)
        {
            if ((quoteOf[j] >= 0)) return ss;
            if (IsDashToken(j)) return IsPunct(tokens[j], '-') ? j + 2 : j + 1;
            if (IsPunct(tokens[j], '-') && j + 1 < limit && Chars.IsSpace(_s[tokens[j].Start - 1]) && tokens[j].End < tokens[j + 1].Start) return j + 1;
        }
        return ss;
    }

    /// <summary>The most lower-case words between the capitalised words that open a subject and the name they describe.</summary>
    private const int MaxDescriptorWords = 2;

    /// <summary>
    /// The end of the name after a description that opens the sentence ("Presumptive Republican presidential nominee
    /// Ana Ruiz", "Band member Flea", "Co-host Tom Reyes"), when the capitalised words at <paramref name="ss"/> stop at
    /// <paramref name="np"/> before lower-case nouns and a capitalised name follows them; else -1. A lower-case word
    /// that may be a verb ("-ed", "-s", "-ing", a short word such as "met" or "told", a cue) ends the description, so
    /// "Hart met Reyes" stays two phrases; so does a plural opening ("Voters", which a bare verb may follow).
    /// </summary>
    private int DescribedNameEnd(int ss, int np, int limit)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (np >= limit || IsWord(tokens[np - 1]) && WordOf(tokens[np - 1]) is var w0 && w0.EndsWith('s') && !w0.EndsWith("ss", StringComparison.Ordinal)) return -1;
        int j = np;
        // "Co-host": a word joined to the capitalised one by a hyphen is part of the description, however short.
        bool joined = IsTightHyphen(j);
        if (joined) j++;
        int n = 0;
        while (j < limit && n < MaxDescriptorWords && IsWord(tokens[j]) && !(quoteOf[j] >= 0) && !IsCapitalized(tokens[j]) && (tokens[j].Length > 4 || joined && n == 0)
            && !t.IsClosedClass(j) && !t.IsIn(j, WordClass.Auxiliary | WordClass.Preposition | WordClass.CueStart | WordClass.PhraseLink | WordClass.Determiner)
            && WordOf(tokens[j]) is var w && !w.EndsWith('s') && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal) && !IsLyAdverb(j))
        {
            j++;
            n++;
        }
        if (n == 0 || j >= limit || !IsWord(tokens[j]) || !IsCapitalized(tokens[j]) || t.IsClosedClass(j) && !ClosedWordAsName(j, limit, -1)) return -1;
        int end = ForwardNounPhrase(j, limit, lenient: false);
        return end > j && IsSpeakerLike(j, end) ? end : -1;
    }

    /// <summary>
    /// The end of a plain noun phrase that opens the sentence at <paramref name="ss"/> ("Many liberal Democrats have …",
    /// "Her friends mocked …"): its words up to an auxiliary, a closed-class word or a past-tense verb.
    /// </summary>
    private int? PlainSubjectFrom(int ss, int limit)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int j = ss;
        while (j < limit && j - ss < MaxNounPhraseTokens && (IsWord(tokens[j]) || tokens[j].Kind == TokenKind.Number || IsInnerMark(j, limit)) && !(quoteOf[j] >= 0)
            && !(IsWord(tokens[j]) && (t.IsIn(j, WordClass.Auxiliary) || t.IsClosedClass(j) && !t.IsIn(j, WordClass.Determiner)
                || j > ss && !IsCapitalized(tokens[j]) && (WordOf(tokens[j]).EndsWith("ed", StringComparison.Ordinal) || IsVerbBeforeObject(j, limit))))) j++;
        while (j > ss && !IsPlainSubject(ss, j)) j--;
        return j > ss ? j : null;
    }

    /// <summary>A lower-case word other than a link followed by a determiner ("left the talks"): a verb and its object, not a noun phrase.</summary>
    private bool IsVerbBeforeObject(int j, int limit) =>
        j + 1 < limit && !t.IsIn(j, WordClass.PhraseLink | WordClass.Preposition) && t.IsWord(j + 1) && t.IsIn(j + 1, WordClass.Determiner);

    /// <summary>A hyphen, apostrophe or full stop between two words ("high-ranking", "Trump's", "Mr. Reyes").</summary>
    private bool IsInnerMark(int j, int limit) =>
        t.TokenAt(j).Kind == TokenKind.Punct && j > 0 && j + 1 < limit && t.IsWord(j - 1) && t.IsWord(j + 1)
        && _s[t.TokenAt(j).Start] is var c && (c == '.' || Chars.IsHyphen(c) || Chars.IsApostrophe(c));

    /// <summary>
    /// True when the words from <paramref name="ss"/> to the first comma are an introduction, not a subject: a
    /// sentence-initial participle or adverb ("Walking to the car,", "Reached by phone,", "Hastily,"), or a phrase with
    /// no capitalised word after its first that is no determiner phrase ("Back in 1999,", "Hours later,").
    /// </summary>
    private bool IntroductoryPhrase(int ss, int limit)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int stop = Math.Min(limit, ss + MaxIntroductionTokens + 1);
        int comma = ss + 1;
        while (comma < stop && !IsComma(tokens[comma]) && !(quoteOf[comma] >= 0)) comma++;
        if (comma >= stop || !IsComma(tokens[comma])) return false;
        if (t.IsIn(ss, WordClass.Determiner | WordClass.TitleStart) || t.IsPronoun(ss)) return false;
        var w = WordOf(tokens[ss]);
        if (_k.GivenNames.TryGetValue(w, out _)) return false;
        bool participle = w.Length > 4 && (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
        if (participle || IsSentenceAdverb(ss)) return true;
        if (comma - ss < 2) return false;
        // "Trump defended the plan, …": a name and its finite verb are a clause, not an introduction like "Hours later,".
        if (IsFiniteVerbLike(ss + 1)) return false;
        for (int i = ss + 1; i < comma; i++)
        {
            if (!IsWord(tokens[i]) && tokens[i].Kind != TokenKind.Number) return false;
            if (IsWord(tokens[i]) && IsCapitalized(tokens[i])) return false;
        }
        return true;
    }

    /// <summary>A lower-case past form ("defended") or a finite auxiliary ("has", "was", "will") at <paramref name="i"/>.</summary>
    private bool IsFiniteVerbLike(int i) =>
        t.IsWord(i) && !t.IsCapitalized(i) && !t.InQuote(i)
        && (t.TokenAt(i).Length > 3 && t.Word(i).EndsWith("ed", StringComparison.Ordinal)
            || t.IsIn(i, WordClass.BeForm) || t.Is(i, "has") || t.Is(i, "have") || t.Is(i, "had") || t.Is(i, "will") || t.Is(i, "would"));

    /// <summary>A capitalised -ly adverb opening a sentence ("Similarly,", "Separately,"), not a given name ("Kelly").</summary>
    private bool IsSentenceAdverb(int i) =>
        t.IsWord(i) && t.TokenAt(i).Length >= 6 && t.Word(i).EndsWith("ly", StringComparison.Ordinal) && !t.IsIn(i, WordClass.NotAdverb)
        && !_k.GivenNames.TryGetValue(t.Word(i), out _);

    /// <summary>"X, APPOSITIVE, said": the first comma-delimited segment of the sentence that is a speaker's noun phrase.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private (int Start, int End)? AppositiveSubject(int floor, int cue)
    {
        if (walks.Appositives.TryGet(cue, floor, out int start, out int end)) return start >= 0 ? (start, end) : null;
        var found = FindAppositiveSubject(floor, cue);
        walks.Appositives.Keep(cue, floor, found?.Start ?? -1, found?.End ?? -1);
        return found;
    }

    private (int Start, int End)? FindAppositiveSubject(int floor, int cue)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int j = SkipAuxiliariesBack(cue, floor);
        if (j <= floor) return null;
        bool comma = IsComma(tokens[j]) || (IsQuoteClose(j) && j > floor && IsComma(tokens[j - 1]));
        if (!comma) return null;
        // In a long sentence only the segments within the window before the cue are searched, from a comma on.
        int from = floor;
        if (j - floor > Window)
        {
            from = j - Window;
            while (from < j && !IsComma(tokens[from])) from++;
            from++;
        }
        int segStart = from;
        int segments = 0;
        // The segment before the current one, when it is a description opening right after a quotation or a comma
        // ("\"…,\" the chief negotiator, Ola Berg, said"): it belongs to the speaker phrase.
        int described = -1;
        for (int p = from; p <= j && segments < MaxAppositiveSegments; p++)
        {
            if ((quoteOf[p] >= 0))
            {
                // A quote's tokens are side by side and only its last can close it: the run is passed by one search, and
                // only the last token of it before the cue is asked.
                int run = quoteOf.AsSpan(p, j + 1 - p).IndexOfAnyExcept(quoteOf[p]);
                p = run < 0 ? j : p + run - 1;
                if (IsQuoteClose(p)) segStart = p + 1;
                continue;
            }
            if (!IsComma(tokens[p])) continue;
            segments++;
            int s0 = segStart;
            segStart = p + 1;
            int before = described;
            described = p - s0 >= 2 && p - s0 <= MaxNounPhraseTokens && s0 > floor && (IsQuoteClose(s0 - 1) || IsComma(tokens[s0 - 1]))
                && IsWord(tokens[s0]) && t.IsIn(s0, WordClass.Determiner) && !t.IsPronoun(s0) && ForwardNounPhrase(s0, p, lenient: true) == p ? s0 : -1;
            if (p - s0 < 1 || p - s0 > MaxNounPhraseTokens) continue;
            // "But Ana Kowal, the chief officer, said": a conjunction before the name is no part of it.
            if (p - s0 > 1 && s0 == floor && IsWord(tokens[s0]) && t.IsIn(s0, WordClass.Connective) && !IsPreposition(s0)) s0++;
            if (!IsWord(tokens[s0]) || IsPreposition(s0) || IsParticiple(s0) || t.IsIn(s0, WordClass.Connective) || p - s0 == 1 && IsSentenceAdverb(s0)
                || OpensWithParticipleForm(s0)) continue;
            int np = ForwardNounPhrase(s0, p, lenient: true);
            if (np == p && IsSpeakerLike(s0, np) && IsNameLike(s0, np)) return (before >= 0 ? before : s0, np);
        }
        return null;
    }

    /// <summary>
    /// True when the word at <paramref name="i"/> has a participle's ending ("Speaking", "Asked", "stung") and is no name
    /// that shares it (a given name, "Ted", "Jared", or a capitalised word before another, "Murshed Ali"): a segment it
    /// opens is an introduction, not a speaker.
    /// </summary>
    private bool OpensWithParticipleForm(int i)
    {
        var w = t.Word(i);
        if (!w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("ed", StringComparison.Ordinal)) return false;
        if (!t.IsCapitalized(i)) return true;
        bool beforeName = i + 1 < t.Tokens.Count && t.IsWord(i + 1) && t.IsCapitalized(i + 1) && !t.IsClosedClass(i + 1);
        return !beforeName && !_k.GivenNames.TryGetValue(w, out _);
    }

    /// <summary>
    /// "Voters who backed Hart said …", "Hart and others who oppose the plan said …": a relative clause with a verb of its
    /// own between the subject and the cue, with no comma or quote inside; the subject is the phrase before "who".
    /// </summary>
    /// <remarks>
    /// Asked only where <see cref="MayHaveWhoBefore"/> found a "who" the walks below could reach: nearly every subject has
    /// none before its cue, and that test alone was most of this call's cost (its call, about 30 instructions an ask).
    /// </remarks>
    private (int Start, int End)? RelativeClauseSubject(int cue, int floor)
    {
        int last = SkipAuxiliariesBack(cue, floor);
        int j = last;
        for (int n = 0; j > floor && n < MaxRelativeClauseTokens; j--, n++)
        {
            if (t.InQuote(j) || t.TokenAt(j).Kind == TokenKind.Punct && !Chars.IsApostrophe(_s[t.TokenAt(j).Start]) && !Chars.IsHyphen(_s[t.TokenAt(j).Start])) return null;
            if (IsWho(j)) break;
        }
        if (j <= floor || !IsWho(j) || j == cue - 1) return null;
        // The clause needs a verb: a lower-case word of no closed list between "who" and the cue. Asked only once a
        // "who" is found, which few subjects have.
        bool verb = false;
        for (int k = j + 1; k <= last && !verb; k++) verb = t.IsWord(k) && !t.IsCapitalized(k) && !t.IsClosedClass(k) && !t.IsIn(k, WordClass.Determiner);
        if (!verb) return null;
        int start = BackwardNounPhrase(j, floor, out int end);
        if (start < end && IsSpeakerLike(start, end) && !t.IsPronoun(start)) return (start, end);
        return PlainSubjectBack(j, floor);
    }

    /// <summary>
    /// False when no "who" that <see cref="RelativeClauseSubject"/> could find stands before <paramref name="cue"/>: that
    /// one follows the floor, stands before the token right before the cue, and has only words (or an apostrophe or
    /// hyphen) between it and the cue, within the auxiliaries, day and relative clause the walks there step
    /// over (at most <see cref="RelativeClauseReach"/> tokens).
    /// </summary>
    private bool MayHaveWhoBefore(int cue, int floor)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int stop = Math.Max(floor, cue - 1 - RelativeClauseReach);
        // Quoted words are passed: the day walk steps over an "on" without asking whether it is quoted.
        for (int j = cue - 1; j > stop; j--)
        {
            ref readonly var token = ref tokens[j];
            if (token.Kind == TokenKind.Punct)
            {
                if (!Chars.IsApostrophe(_s[token.Start]) && !Chars.IsHyphen(_s[token.Start])) return false;
                continue;
            }
            // "who" right before the cue is no relative clause's.
            if (token.Length == 3 && (_s[token.Start] | 0x20) == 'w' && Spells(token, "who")) return j < cue - 1;
        }
        return false;
    }

    /// <summary>
    /// How far before its cue a "who" may stand: two runs of auxiliaries (<see cref="MaxAuxiliaryRun"/> each), a day of
    /// up to three tokens between them, and a relative clause of <see cref="MaxRelativeClauseTokens"/>.
    /// </summary>
    private const int RelativeClauseReach = 2 * MaxAuxiliaryRun + 3 + MaxRelativeClauseTokens;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsWho(int j) => t.TokenAt(j).Length == 3 && t.Is(j, "who");

    private (int Start, int End)? RelativeSubject(int cue, int floor)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int j = SkipAuxiliariesBack(cue, floor);
        if (j <= floor || !(Spells(tokens[j], "who") || Spells(tokens[j], "which"))) return null;
        int k = j;
        if (k - 1 > floor && IsComma(tokens[k - 1])) k--;
        int start = BackwardNounPhrase(k, floor, out int end);
        if (start < end && IsSpeakerLike(start, end)) return (start, end);
        // "voters who said …", "23 percent who said …": any plain noun phrase names people when "who" follows it.
        return Spells(tokens[j], "who") ? PlainSubjectBack(k, floor) : null;
    }

    /// <summary>The longest plain noun phrase (<see cref="IsPlainSubject"/>) that ends just before <paramref name="end"/>, no further back than <paramref name="floor"/>.</summary>
    private (int Start, int End)? PlainSubjectBack(int end, int floor)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int j = end - 1;
        while (j >= floor && end - j <= MaxNounPhraseTokens && (IsWord(tokens[j]) || tokens[j].Kind == TokenKind.Number || IsInnerMark(j, end)) && !(quoteOf[j] >= 0)
            && !(IsWord(tokens[j]) && (t.IsIn(j, WordClass.Auxiliary) || t.IsClosedClass(j) && !t.IsIn(j, WordClass.Determiner)))) j--;
        for (int start = j + 1; start < end; start++)
        {
            if (IsPlainSubject(start, end)) return (start, end);
        }
        return null;
    }

    /// <summary>Where the reported clause starts after a pre-posed cue, or -1 when there is none.</summary>
    private int ComplementStart(int k, int se, CueOptions options)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        bool recipient = (options & CueOptions.Recipient) != 0;
        if (k >= se) return -1;
        if (Spells(tokens[k], "to"))
        {
            if ((options & CueOptions.Infinitive) != 0 && k + 1 < se && IsWord(tokens[k + 1]) && !IsCapitalized(tokens[k + 1]) && !t.IsIn(k + 1, WordClass.Determiner)) return k;
            return AddresseeThenThat(k, se);
        }
        if (IsPunct(tokens[k], '.')) return -1;
        // "called the plan \"a disaster\"": what was said is the object with the quote that names it.
        if ((options & CueOptions.QuotedComplement) != 0 && QuotedComplement(k, se) >= 0) return k;
        if (IsPunct(tokens[k], ':') || (IsComma(tokens[k]) && k + 1 < se && (quoteOf[k + 1] >= 0))) return k + 1;
        // A headline is one clause: "Ministry said, talks are possible" reports what follows the comma.
        if (IsComma(tokens[k]) && t.Block.Where == StatementLocation.Headline && k + 1 < se && IsWord(tokens[k + 1])) return k + 1;
        if ((quoteOf[k] >= 0)) return (options & CueOptions.QuotedComplement) != 0 && IsNamingQuote(t.Quotes[t.QuoteOf[k]]) ? -1 : k;
        // "said that …" first: "that" is no time adverbial, so the skip below would leave it where it is.
        if (Spells(tokens[k], "that")) return k + 1;
        k = SkipTimeAdverbial(k, se);
        if (k >= se) return -1;
        if (Spells(tokens[k], "that")) return k + 1;
        // "warned they could …": with no hearer, a subject pronoun opens the clause ("you" and "it" may be the hearer).
        if (recipient && k + 1 < se && IsWord(tokens[k]) && t.IsIn(k, WordClass.SubjectPronoun) && !IsCapitalized(tokens[k]) && !Spells(tokens[k], "you") && !Spells(tokens[k], "it")
            && IsWord(tokens[k + 1]) && !(quoteOf[k + 1] >= 0)) return k;
        if (recipient && k + 1 < se && IsWord(tokens[k]) && !(quoteOf[k + 1] >= 0) && (IsCapitalized(tokens[k]) || WordOf(tokens[k]).EndsWith('s') || t.IsIn(k, WordClass.ObjectPronoun) || Spells(tokens[k], "me") || Spells(tokens[k], "us"))
            && (Spells(tokens[k + 1], "the") || Spells(tokens[k + 1], "a") || Spells(tokens[k + 1], "his") || Spells(tokens[k + 1], "her") || Spells(tokens[k + 1], "its") || Spells(tokens[k + 1], "their")
                || !IsCapitalized(tokens[k]) && IsCapitalized(tokens[k + 1]) && !t.IsClosedClass(k + 1) && !IsWeekday(k + 1)))
        {
            // "told reporters the talks were useful", "told Reuters Russia was ready": a one-word hearer, then the clause.
            return k + 1;
        }
        if (recipient && IsWord(tokens[k]) && Spells(tokens[k], "the") && HearerEnd(k, se) is var heard && heard > k + 1 && heard - k <= 3 && heard + 2 < se
            && IsCapitalized(tokens[heard - 1]) && IsWord(tokens[heard]) && !(quoteOf[heard] >= 0) && !IsCapitalized(tokens[heard])
            && (Spells(tokens[heard], "his") || Spells(tokens[heard], "her") || Spells(tokens[heard], "its") || Spells(tokens[heard], "their") || Spells(tokens[heard], "our")) && IsWord(tokens[heard + 1]) && !(quoteOf[heard + 1] >= 0) && WordsIn(heard, se) >= MinPossessiveClauseWords)
        {
            // "told the AP her group never worked with …": a named hearer, then a clause that opens with a possessive.
            return heard;
        }
        // Asked once, not at each token of the search below (4,664 calls on the 200 bulk articles).
        bool preposition = IsPreposition(k);
        if (recipient || (options & CueOptions.MarkedClause) != 0 || preposition || IsComma(tokens[k]) || IsDashToken(k))
        {
            // Each token read once: a mark is passed by its character, a word by its length before the word tests.
            int stop = Math.Min(se, k + ClauseSearchWindow);
            for (int j = k; j < stop; j++)
            {
                ref readonly var token = ref tokens[j];
                if (token.Kind == TokenKind.Punct && IsDashMark(j, _s[token.Start]))
                {
                    // A parenthetical between dashes ("-- as he had told … --") is skipped whole.
                    int d = j + 2;
                    while (d < se && !IsDashToken(d)) d++;
                    if (d >= se) return -1;
                    j = IsPunct(tokens[d], '-') ? d + 1 : d;
                    continue;
                }
                if ((quoteOf[j] >= 0))
                {
                    bool introduced = j > k && (IsComma(tokens[j - 1]) || IsPunct(tokens[j - 1], ':'));
                    // "said on ABC's \"This Week\" that …", "told ABC's \"This Week\" that …": the quote names a programme
                    // (after a hearer only when "that" follows it: "told the hosts of \"Today,\" adding …" is done).
                    if (!introduced && (preposition || recipient) && TitleQuoteEnd(j, se) is var title and > 0 && (preposition || Spells(tokens[title], "that")))
                    {
                        j = title - 1;
                        continue;
                    }
                    return introduced ? j : -1;
                }
                if (token.Kind == TokenKind.Punct)
                {
                    if (_s[token.Start] == ':') return j + 1;
                    if (_s[token.Start] == '.') return -1;
                    continue;
                }
                // A number opens no clause here; only a word is "that" or a subject pronoun.
                if (token.Kind != TokenKind.Word) continue;
                if (token.Length == 4 && Spells(tokens[j], "that")) return j + 1;
                // "told reporters they …", "said in politics it takes time …": a clause opens with its subject pronoun.
                if ((recipient || preposition && j - k <= MaxPrepositionBeforeClause) && j > k && t.IsIn(j, WordClass.SubjectPronoun) && !IsCapitalized(tokens[j]) && !IsPreposition(j - 1)) return j;
                // "said in an interview with Radio North she …": after a phrase that ends in a name or a date, not after a
                // noun that a relative clause may follow ("the website they set up").
                if (preposition && j > k + 1 && IsPersonalSubject(j) && !IsCapitalized(tokens[j])
                    && (IsWord(tokens[j - 1]) && IsCapitalized(tokens[j - 1]) || tokens[j - 1].Kind == TokenKind.Number) && !HasWordWithin(k, j, "and")) return j;
            }
            return -1;
        }
        if (tokens[k].Kind == TokenKind.Punct || IsActObject(k, se)) return -1;
        return k;
    }

    /// <summary>The fewest words of a clause that opens with a possessive after a hearer ("her group never worked"; "her story" is an object).</summary>
    private const int MinPossessiveClauseWords = 4;

    /// <summary>The most words of a quoted title ("Meet the Press") inside an adjunct after a cue.</summary>
    private const int MaxTitleQuoteWords = 8;

    /// <summary>
    /// When the quote opening at <paramref name="open"/> is a closed title of a few capitalised-first words with no
    /// question or exclamation ("\"Meet the Press\"", "''This Week''"), the token after it; else -1.
    /// </summary>
    private int TitleQuoteEnd(int open, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int q = t.QuoteOf[open];
        if (!t.Quotes[q].Closed || tokens[open].Start != t.Quotes[q].Open) return -1;
        int words = 0;
        int m = open;
        for (; m < se && t.QuoteOf[m] == q; m++)
        {
            if (IsWord(tokens[m]))
            {
                if (words == 0 && !IsCapitalized(tokens[m]) || ++words > MaxTitleQuoteWords) return -1;
            }
            else if (IsPunct(tokens[m], '?') || IsPunct(tokens[m], '!') || IsPunct(tokens[m], ':') || IsPunct(tokens[m], ';'))
            {
                return -1;
            }
        }
        return words > 0 && m < se ? m : -1;
    }

    /// <summary>
    /// After "to" at <paramref name="to"/>: the start of a that-clause or an indirect question that follows an addressee
    /// ("reported to the IRS that …", "explained to reporters why …"), or -1.
    /// </summary>
    private int AddresseeThenThat(int to, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int k = to + 1;
        // The addressee: a name, a determiner phrase, a pronoun or a plural ("to reporters").
        if (k >= se || !IsWord(tokens[k]) || (quoteOf[k] >= 0) || !(IsCapitalized(tokens[k]) || t.IsIn(k, WordClass.Determiner | WordClass.ObjectPronoun)
            || WordOf(tokens[k]).EndsWith('s') && !WordOf(tokens[k]).EndsWith("ss", StringComparison.Ordinal))) return -1;
        for (int j = k + 1; j < Math.Min(se, k + ClauseSearchWindow); j++)
        {
            if ((quoteOf[j] >= 0) || tokens[j].Kind == TokenKind.Punct && !IsInnerMark(j, se)) return -1;
            if (Spells(tokens[j], "that")) return j + 1 < se ? j + 1 : -1;
            // "explained to reporters why …": an indirect question after the addressee.
            if (Spells(tokens[j], "why") || Spells(tokens[j], "how") || Spells(tokens[j], "whether")) return j + 1 < se ? j : -1;
        }
        return -1;
    }

    /// <summary>
    /// True when a bare object at <paramref name="k"/> makes the verb an act rather than a report ("declared a state of
    /// emergency", "declared victory", "announced his candidacy", "declared himself a candidate").
    /// </summary>
    private bool IsActObject(int k, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        if (IsWord(tokens[k]) && t.IsIn(k, WordClass.ActObject)) return true;
        // "a state of emergency": the head noun follows "a state of".
        if (k + 1 < se && IsWord(tokens[k]) && t.IsIn(k, WordClass.Determiner) && IsWord(tokens[k + 1]) && t.IsIn(k + 1, WordClass.ActObject)) return true;
        return k + 3 < se && Spells(tokens[k], "a") && Spells(tokens[k + 1], "state") && Spells(tokens[k + 2], "of");
    }

    /// <summary>
    /// The quote that names what a cue reports after its object ("called the plan 'a disaster'", "described him as
    /// 'reckless'"), within <see cref="ClauseSearchWindow"/> tokens and before any clause break; -1 when there is none.
    /// </summary>
    private int QuotedComplement(int k, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        for (int j = k; j < Math.Min(se, k + ClauseSearchWindow); j++)
        {
            if ((quoteOf[j] >= 0)) return j > k && !IsNamingQuote(t.Quotes[t.QuoteOf[j]]) ? j : -1;
            if (IsComma(tokens[j]) || IsPunct(tokens[j], '.') || IsPunct(tokens[j], ':') || Spells(tokens[j], "that")) return -1;
        }
        return -1;
    }

    /// <summary>Skips a run of time adverbials after a cue ("earlier on Wednesday", "on Monday", "last week").</summary>
    /// <remarks>
    /// Inlined: a token of one or three letters or of more than nine ("the", "a", "his") opens none
    /// (<see cref="SkipOneTimeAdverbial"/>), nor does a word that opens with a lower-case letter other than the first
    /// letters of its lower-case words (<see cref="TimeWordStarts"/>; a weekday is capitalised): "in", "reporters",
    /// "he", "it" are passed without the call too (calls on 200 bulk articles 1,351 -> 649, 0.27 -> 0.14 M instructions).
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int SkipTimeAdverbial(int k, int se)
    {
        if (k >= se) return k;
        var token = t.TokenAt(k);
        if (token.Length is < 2 or 3 or > 9) return k;
        uint letter = (uint)(_s[token.Start] - 'a');
        return letter < 26 && (TimeWordStarts & (1u << (int)letter)) == 0 ? k : SkipTimeAdverbials(k, se);
    }

    /// <summary>
    /// The first letters of the words <see cref="SkipOneTimeAdverbial"/> reads in any case ("yesterday", "today",
    /// "tonight", "earlier", "later", "on", "last", "this", "late"), a bit per letter from 'a': a word opening with
    /// another lower-case letter is none of them, nor a weekday (capitalised).
    /// </summary>
    private const uint TimeWordStarts = 1u << ('y' - 'a') | 1u << ('t' - 'a') | 1u << ('e' - 'a') | 1u << ('l' - 'a') | 1u << ('o' - 'a');

    private int SkipTimeAdverbials(int k, int se)
    {
        for (int step = 0; step < MaxTimeAdverbials; step++)
        {
            int next = SkipOneTimeAdverbial(k, se);
            if (next == k) return k;
            k = next;
        }
        return k;
    }

    private int SkipOneTimeAdverbial(int k, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        if (k >= se) return k;
        // Each word below is asked only at a token of its length: the token is read once. None has one or three letters
        // or more than nine (a weekday has six to nine), so a mark, "the", "his" or "was" is passed at once.
        int length = tokens[k].Length;
        if (length is < 2 or 3 or > 9) return k;
        bool weekday = IsWeekday(k);
        // "Sunday night", "Monday morning".
        if (k + 1 < se && weekday && (Spells(tokens[k + 1], "night") || Spells(tokens[k + 1], "morning") || Spells(tokens[k + 1], "afternoon") || Spells(tokens[k + 1], "evening"))) return k + 2;
        if ((weekday || length is 5 or 7 or 9 && (Spells(tokens[k], "yesterday") || Spells(tokens[k], "today") || Spells(tokens[k], "tonight") || Spells(tokens[k], "earlier") || Spells(tokens[k], "later")))
            && !(k + 2 < se && IsPossessive(k + 1))) return k + 1;
        if (k + 1 < se && length is 2 or 4 or 7 && (Spells(tokens[k], "on") || Spells(tokens[k], "last") || Spells(tokens[k], "this") || Spells(tokens[k], "earlier") || Spells(tokens[k], "late")))
        {
            if (IsWeekday(k + 1) || Spells(tokens[k + 1], "week") || Spells(tokens[k + 1], "month") || Spells(tokens[k + 1], "year") || Spells(tokens[k + 1], "night")) return k + 2;
            if (Months.Parse(WordOf(tokens[k + 1])) != 0 && k + 2 < se && tokens[k + 2].Kind == TokenKind.Number) return k + 3;
        }
        return k;
    }
}
