using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    /// <summary>The text an "according to" cue carries, whatever its case.</summary>
    private const string AccordingToText = CueAnchorWords.According + " " + CueAnchorWords.To;

    /// <summary>The text a "quoted X as saying" cue carries.</summary>
    private const string QuotedAsSayingText = CueAnchorWords.Quoted + " " + CueAnchorWords.As + " " + CueAnchorWords.Saying;

    /// <summary>How many tokens ahead of "in" a "words" is looked for before the noun phrase walk decides.</summary>
    private const int WordsLookahead = 64;

    private bool TryCue(int i, int se, out CueHit cue)
    {
        cue = default;
        // Most words open no cue: one cached table lookup rules them out before any of the tests below.
        return t.MayOpenCue(i) && TryCueAt(i, t.CueSlot(i), se, out cue);
    }

    /// <summary>
    /// The cue at token <paramref name="i"/>, which may open one (<see cref="BlockText.MayOpenCue"/>: every cue candidate
    /// does), of cue slot <paramref name="slot"/> (<see cref="BlockText.CueSlot"/>; a cue candidate's is listed with it).
    /// </summary>
    /// <remarks>
    /// <paramref name="candidate"/>: <paramref name="i"/> is one of the block's cue candidates (<see cref="FindCandidates"/>),
    /// which the lead screen passed with the block's next token unless it is an anchor.
    /// </remarks>
    private bool TryCueAt(int i, int slot, int se, out CueHit cue, bool candidate = false)
    {
        // Readings are kept per cue slot (a token the screen marked); a token the screen passed unmarked is read each time.
        if (slot < 0) return ReadCue(i, se, out cue);
        if (cueCache.Known(slot, se, out cue) is { } known) return known;
        bool found = ReadCue(i, se, out cue, candidate);
        cueCache.Keep(slot, se, found, cue);
        return found;
    }

    private bool ReadCue(int i, int se, out CueHit cue, bool candidate = false)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        cue = default;
        bool anchor = t.IsIn(i, WordClass.CueAnchor);
        // "according to", "in X's words" and "quoted X as saying" carry their speaker inside the cue.
        if (anchor)
        {
            if (Spells(tokens[i], CueAnchorWords.According) && i + 1 < se && Spells(tokens[i + 1], CueAnchorWords.To))
            {
                cue = new CueHit(i, i + 2, AccordingToText, CueOptions.None, CueForm.AccordingTo);
                return true;
            }
            // "in X's words": the shortest has four tokens after "in" (X ' s words).
            if (Spells(tokens[i], CueAnchorWords.In) && i + 4 < se && LastWords() >= i + 4 && MayHaveWordsAhead(i + 4, se))
            {
                int w = ForwardNounPhrase(i + 1, se, lenient: true) - 1;
                if (w - 3 > i && Spells(tokens[w], CueAnchorWords.Words) && IsPossessive(w - 2))
                {
                    cue = new CueHit(i, w + 1, CueAnchorWords.In + " " + _s[tokens[i + 1].Start..t.TokenAt(w).End], CueOptions.None, CueForm.InWords);
                    return true;
                }
            }
            if (Spells(tokens[i], CueAnchorWords.Quoted) && !IsCapitalized(tokens[i]))
            {
                int np = ForwardNounPhrase(i + 1, se, lenient: true);
                if (np > i + 1 && np + 1 < se && Spells(tokens[np], CueAnchorWords.As) && Spells(tokens[np + 1], CueAnchorWords.Saying))
                {
                    cue = new CueHit(i, np + 2, QuotedAsSayingText, CueOptions.None, CueForm.QuotedSpeakerAsSaying);
                    return true;
                }
                // "X was quoted by the agency as saying": the speaker is the subject, the one quoting only relays.
                if (i > 0 && t.IsIn(i - 1, WordClass.BeForm) && i + 2 < se && Spells(tokens[i + 1], CueAnchorWords.By))
                {
                    np = ForwardNounPhrase(i + 2, se, lenient: true);
                    if (np > i + 2 && np + 1 < se && Spells(tokens[np], CueAnchorWords.As) && Spells(tokens[np + 1], CueAnchorWords.Saying))
                    {
                        cue = new CueHit(i - 1, np + 2, _s[tokens[i - 1].Start..t.TokenAt(np + 1).End], CueOptions.None, CueForm.Verb);
                        return true;
                    }
                }
            }
        }
        // An anchor that opens no cue phrase ("in", "according") matches none below: done without the tests and the call.
        if (!t.IsIn(i, WordClass.CueStart)) return false;
        // A word whose cue phrases all go on ("was" of "was quoted as saying") opens none before a word that is none of
        // their second words, told by letter and length (a hyphen, which the match skips, is no word): about 2,400 of the
        // 5,300 phrase matches of 200 bulk articles found nothing so, at about 370 instructions each.
        // A cue candidate other than an anchor passed this screen with the block's next token when the block was started
        // (MayOpenCueInBlock): for a limit past that token it answers the same, and is not asked again.
        if (!(candidate && !anchor && i + 1 < se) && _k.CueLeads.OpensNone(_s, tokens, i, se)) return false;
        // A capitalised verb form inside a sentence is a name ("the United States", "Secretary of State"), except in a
        // headline that capitalises its words ("Mayor Says Budget Is Safe").
        if (IsCapitalized(tokens[i]) && !Chars.IsAllCaps(_s, tokens[i]) && i > 0 && !IsSentenceStart(i) && !IsTitleCaseHeadline()) return false;
        // The phrase index asked directly: BlockText.TryMatchCue would test the word's classes again, as done above.
        // A word whose cue phrases are all of that one word ("said") matches as it did before: the memo answers it.
        int cueEnd = i + 1;
        CueEntry entry = null!;
        string? text = null;
        var known = i < se ? _cueWords.Of(_s, tokens[i], out entry, out text) : CueWordMemo.Answer.NotKept;
        if (known != CueWordMemo.Answer.Kept)
        {
            if (!_k.Cues.TryMatch(_s, t.Tokens, i, se, out entry, out cueEnd)) return false;
            if (known == CueWordMemo.Answer.Unknown)
            {
                // A word kept is one of one-word phrases only: its match ended after it, and its text is the word's.
                if (cueEnd == i + 1) text = CueText(entry, tokens[i].Start, tokens[i].End);
                _cueWords.Offer(_s, tokens[i], entry, text, _k.CueLeads);
            }
        }
        if (IsNounUse(tokens, i)) return false;
        if ((entry.Options & CueOptions.Question) != 0 && IsUnnamedAsker(i, cueEnd, se))
        {
            cue = new CueHit(i, cueEnd, text ?? CueText(entry, tokens[i].Start, tokens[cueEnd - 1].End), entry.Options, CueForm.UnnamedAsker);
            return true;
        }
        if (IsPassive(tokens, i)) return false;
        if ((entry.Options & CueOptions.List) != 0) return false;
        if ((entry.Options & CueOptions.Headline) != 0 && t.Block.Where != StatementLocation.Headline) return false;
        cue = new CueHit(i, cueEnd, text ?? CueText(entry, tokens[i].Start, tokens[cueEnd - 1].End), entry.Options, CueForm.Verb);
        return true;
    }

    /// <summary>The fewest words a headline needs to be judged title case.</summary>
    private const int MinTitleCaseWords = 4;

    /// <summary>True when the block is a headline whose words of four letters or more are all capitalised.</summary>
    private bool IsTitleCaseHeadline()
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (t.Block.Where != Model.StatementLocation.Headline) return false;
        int words = 0;
        for (int i = 0; i < t.Tokens.Count; i++)
        {
            if (!IsWord(tokens[i]) || (quoteOf[i] >= 0) || tokens[i].Length < 4) continue;
            if (!IsCapitalized(tokens[i])) return false;
            words++;
        }
        return words >= MinTitleCaseWords;
    }

    /// <summary>True when the verb form at <paramref name="i"/> follows a form of "be" ("it was disclosed that …", "he was told"): no act of its subject.</summary>
    private bool IsPassive(int i) => IsPassive(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens), i);

    /// <remarks>Inlined where a cue is read (about 2,800 times per 200 bulk articles): a few tests, whose call cost as much.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsPassive(ReadOnlySpan<Token> tokens, int i)
    {
        if (IsParticiple(tokens[i])) return false;
        int j = i - 1;
        if (j >= 0 && IsLyAdverb(tokens[j], j)) j--;
        return j >= 0 && IsWord(tokens[j]) && t.IsIn(j, WordClass.BeForm);
    }

    /// <summary>
    /// True when the cue form at <paramref name="i"/> stands where only a noun can ("the state party", "his call for a
    /// ban", "secretary of state", "won six states", "Editor's note:"): after an article or a preposition, an -s form
    /// after a number, and a label after a possessive. A possessive's noun before its clause ("Blair's promise that …")
    /// still reports speech.
    /// </summary>
    private bool IsNounUse(ReadOnlySpan<Token> tokens, int i)
    {
        // The reading's span of tokens is passed in: the tests below read the cue and the words around it several times.
        var quoteOf = t.QuoteOf;
        int j = i - 1;
        // A word before the quote that holds the cue, or inside a quote before it, is no determiner of the cue form.
        if (j < 0 || (quoteOf[j] >= 0) != (quoteOf[i] >= 0)) return false;
        ref readonly var before = ref tokens[j];
        var word = WordOf(tokens[i]);
        // "made a point of saying": a gerund after "of" is a verb.
        if (IsWord(before) && t.IsIn(j, WordClass.NounMarker)) return !(Spells(before, "of") && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
        bool sForm = word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);
        // Neither test below holds a form that is no -s form, ends in no "ed" and has no colon after it ("said", "told"):
        // answered before the possessive's test.
        if (!sForm && !word.EndsWith("ed", StringComparison.Ordinal) && !(i + 1 < tokens.Length && IsPunct(tokens[i + 1], ':'))) return false;
        if (j >= 1 && IsPossessive(j - 1))
        {
            // "the mayor's remarks followed …", "applauded Hart's remarks.": a plural after a possessive is a noun unless
            // a clause, an infinitive or a quote follows it as its content ("Hart's promises to cut taxes").
            bool content = i + 1 < tokens.Length && (Spells(tokens[i + 1], "that") || Spells(tokens[i + 1], "to") || quoteOf[i + 1] >= 0);
            // "Hart's proposed tax cuts", "Hart's reported net worth": a past participle between a possessive and its
            // noun is an adjective.
            bool participle = word.EndsWith("ed", StringComparison.Ordinal) && i + 1 < tokens.Length && IsWord(tokens[i + 1]) && !content;
            return i + 1 < tokens.Length && IsPunct(tokens[i + 1], ':') || sForm && !content || participle;
        }
        // A plural quantifier, not "another" or "one", which take the verb ("another says …").
        return sForm && (before.Kind == TokenKind.Number
            || IsWord(before) && t.IsIn(j, WordClass.Determiner) && !t.IsIn(j, WordClass.ClosedClass) && !Spells(before, "another") && !Spells(before, "one"));
    }

    /// <summary>False when no token "words" follows within reach, so "in X's words" cannot start here.</summary>
    private bool MayHaveWordsAhead(int from, int se)
    {
        int stop = Math.Min(se, from + WordsLookahead);
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        for (int j = from; j < stop; j++)
        {
            // Its length and first letter rule out nearly every word before the comparison, each test a branch of its
            // own (as one condition, ahead-of-time code makes a flag of each part first).
            ref readonly var token = ref tokens[j];
            if (token.Length != CueAnchorWords.Words.Length) continue;
            if ((_s[token.Start] | 0x20) != 'w') continue;
            if (t.Is(j, CueAnchorWords.Words)) return true;
        }
        // Beyond the lookahead the noun phrase walk decides, when a "words" follows at all: most paragraphs have none,
        // and one scan per block answers for every "in" in it.
        return stop < se && LastWords() >= stop;
    }

    /// <summary>The cue as written: the table's own string when the text spells it the same way, so hits share one string.</summary>
    private string CueText(CueEntry entry, int start, int end)
    {
        var written = _s.AsSpan(start, end - start);
        foreach (var form in entry.Forms)
        {
            // The lengths first: most of a verb's forms differ from the written one in length, and the comparison is a call.
            if (form.Length == written.Length && written.SequenceEqual(form)) return form;
        }
        return written.ToString();
    }
}
