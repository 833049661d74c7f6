using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

/// <summary>
/// Reads the statements of one block at a time (the <see cref="BlockText"/> it is given holds the block): the speech
/// cues of each sentence, then quotes with no cue of their own. One reader serves a whole parse.
/// </summary>
/// <remarks>
/// Its methods' frames are not zeroed (the library's <c>[module: SkipLocalsInit]</c>; the runtime still clears the
/// slots that hold references): the large readings' frames were cleared at every call (about 0.07 M instructions on
/// 200 bulk articles).
/// </remarks>
internal sealed partial class AttributionReader(ParseContext ctx, BlockText t, CueCache cueCache, WalkMemos walks)
{
    private readonly CompiledKnowledge _k = ctx.Knowledge;

    private readonly string _s = ctx.Source;

    private readonly CueWordMemo _cueWords = cueCache.Words.For(ctx.Knowledge.Cues);

    /// <summary>The longest noun phrase read as a speaker, in tokens.</summary>
    private const int MaxNounPhraseTokens = 14;

    /// <summary>How far back the appositive and clause searches look, so that no sentence costs more than linear time.</summary>
    private const int Window = 48;

    /// <summary>The most auxiliaries and -ly adverbs between a subject and its verb ("has also repeatedly").</summary>
    private const int MaxAuxiliaryRun = 5;

    /// <summary>How far after a cue or a conjunction the start of the reported clause or a new subject's cue is looked for.</summary>
    private const int ClauseSearchWindow = 16;

    /// <summary>How many tokens of leading connectives with their commas ("However, …") a sentence subject may follow.</summary>
    private const int LeadingConnectiveWindow = 6;

    /// <summary>The shortest sentence start read as "A NOUN PARTICIPLE … said" (a reduced relative clause), in tokens.</summary>
    private const int MinReducedRelativeTokens = 3;

    /// <summary>The longest phrase opening with a preposition that is read as an introduction rather than as what was said.</summary>
    private const int MaxIntroductionTokens = 6;
    /// <summary>The longest relative clause read between a subject and its cue ("who backed the plan in May").</summary>
    private const int MaxRelativeClauseTokens = 10;

    /// <summary>The most time adverbials skipped in a row after a cue ("earlier on Wednesday").</summary>
    private const int MaxTimeAdverbials = 3;

    /// <summary>The most comma-delimited segments searched for an appositive subject.</summary>
    private const int MaxAppositiveSegments = 5;

    /// <summary>The most lower-case modifiers taken before a group noun ("trade union officials").</summary>
    private const int MaxGroupNounModifiers = 3;

    /// <summary>
    /// A statement read at a cue, and a second act read after it: of the same speaker (", adding that …"), or, when
    /// <paramref name="SecondStandsAlone"/>, one that does not take the first one's speaker (", when asked whether …").
    /// When <paramref name="FirstGoesOn"/>, the second is an aside on the speaker (", who added that …") and a quote
    /// after the sentence goes on with the first.
    /// </summary>
    private readonly record struct Reading(StatementDraft Draft, StatementDraft? Second, bool SecondStandsAlone = false, bool FirstGoesOn = false);

    /// <summary>The most words of a closed quote that stands alone as a paragraph and is read as a pull quote.</summary>
    private const int MaxPullQuoteWords = 8;

    /// <summary>True once a statement was read in the current block.</summary>
    public bool Found { get; private set; }

    /// <summary>Forgets the block before: call after loading the next block into the BlockText.</summary>
    public void Reset()
    {
        Found = false;
        cueCache.Reset(t.CueSlotCount);
        // The post-posed and pre-posed readings of a cue, and the subject searches inside them, walk back from the same
        // cue to the same floor: each walk's answers are kept for the block.
        walks.Forget();
        ForgetBreaks();
        lastWords = WordsNotSought;
        mayHoldListHeading = false;
        colonBeforeQuote = ColonNotSought;
        if (t.CueSlotCount > 0) FindCandidates();
    }

    /// <summary>The last token of the block spelled "words" (of "in X's words"), or -1; <see cref="WordsNotSought"/> until it is first asked.</summary>
    private int lastWords;

    private const int WordsNotSought = -2;

    /// <summary>
    /// False when no cue candidate of the block stands at token 3 or later after a one-letter "s" (of a possessive): a list
    /// heading ("the minister's key statements") has one, so <see cref="FindListHeading"/> finds none without its walk.
    /// Set when the candidates are found.
    /// </summary>
    private bool mayHoldListHeading;

    /// <summary>
    /// The last token spelled "words" among the block's cue-marked tokens, which hold every such token (the cue screen
    /// takes "words" beside the cue words for this), or -1: a few marked tokens are read instead of every token. Found by
    /// <see cref="FindCandidates"/>' walk when the block is started.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int LastWords() => lastWords != WordsNotSought ? lastWords : SeekLastWords();

    private int SeekLastWords()
    {
        var marked = t.CueMarkedRun;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int found = -1;
        for (int k = marked.Length - 1; k >= 0; k--)
        {
            int j = marked[k];
            if (Spells(tokens[j], CueAnchorWords.Words))
            {
                found = j;
                break;
            }
        }
        return lastWords = found;
    }

    /// <summary>
    /// Fills the block's cue candidates (<see cref="BlockText.CueCandidates"/>, empty after its load): of the tokens the
    /// screen marked, those outside quotes that may open a cue whatever the sentence around them
    /// (<see cref="MayOpenCueInBlock"/>). On 200 bulk articles 3,600 of the 7,600 marked words outside quotes whose
    /// classes open a cue open none, most of them an "in" with no "words" after it or a word such as "was" that opens
    /// only longer phrases, before a word that goes on none of them. Every pass over the candidates skips one that reads
    /// no cue, so none misses one; they no longer step over these, ask the cue cache or read their words. One walk over
    /// the marked tokens, where the block's load listed the candidates and a second walk took these out of them
    /// (0.34 M instructions fewer on 200 bulk articles).
    /// </summary>
    /// <remarks>
    /// The marked tokens are walked from the last: an "in" asks for the last "words" after it (<see cref="LastWords"/>),
    /// which the walk has then passed, so the block's last "words" is found in the same walk (marked tokens hold every
    /// "words") instead of by a walk of its own at the block's first "in" (1,284 of 2,642 blocks on 200 bulk articles).
    /// The candidates are listed last first, then turned round (with <c>SeekLastWords</c>' 0.15 M instructions on 200
    /// bulk articles gone, the block's start 2.14 -> 2.12 M: the per-token test of "words" costs most of what it saves).
    /// </remarks>
    private void FindCandidates()
    {
        var candidates = t.CueCandidates;
        var marked = t.CueMarkedRun;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        bool afterS = false;
        lastWords = -1;
        for (int k = marked.Length - 1; k >= 0; k--)
        {
            int i = marked[k];
            ref readonly var token = ref tokens[i];
            if (token.Length == CueAnchorWords.Words.Length && lastWords < 0 && Spells(token, CueAnchorWords.Words)) lastWords = i;
            if (quoteOf[i] < 0 && MayOpenCueInBlock(tokens, i))
            {
                BoundedGrowth.Add(candidates, i, marked.Length);
                afterS |= i >= 3 && tokens[i - 1].Length == 1 && (_s[tokens[i - 1].Start] | 0x20) == 's';
            }
        }
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates).Reverse();
        mayHoldListHeading = afterS;
    }

    /// <summary>True when token <paramref name="i"/> reads a cue for the sentence limit <paramref name="limit"/>, read afresh (no cue cache kept): for tests.</summary>
    internal bool ReadsCue(int i, int limit) => ReadCue(i, limit, out _);

    /// <summary>
    /// False when cue candidate <paramref name="i"/> reads no cue (<see cref="ReadCue"/>) for any sentence limit: an
    /// anchor whose anchored cue cannot start there ("according" before a word other than "to", "in" with no "words" four
    /// tokens on or later) that opens no cue phrase, or a word that opens only phrases of two words or more before a
    /// word that is the second of none (<see cref="CueLeadScreen"/>: what it rules out for the block's next token, it
    /// rules out for every shorter limit too).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool MayOpenCueInBlock(ReadOnlySpan<Token> tokens, int i)
    {
        ref readonly var token = ref tokens[i];
        // An anchor is kept whatever its classes only where its anchored cue may start: "in" with a "words" four tokens
        // on or later (the walk from the block's end has passed every "words" after it), "according" before "to",
        // "quoted". The anchors differ in length (a test holds CueAnchorWords.FirstWords to it), and "quoted" and
        // "according" in their first letter (one beyond ASCII is let through): any other token, most "in"s among them,
        // is a candidate only as a cue phrase's start, which the lead screen rules out for most without the classes'
        // lookup (this walk's lookups on 200 bulk articles 6,522 -> 3,548: 2,018 "in"s there open no cue).
        bool anchorMayHold = token.Length == CueAnchorWords.In.Length ? LastWords() >= i + 4
            : token.Length == CueAnchorWords.Quoted.Length ? StartsWithOrBeyondAscii(token, 'q')
            : token.Length == CueAnchorWords.According.Length && StartsWithOrBeyondAscii(token, 'a') && i + 1 < tokens.Length && t.Is(i + 1, CueAnchorWords.To);
        if (!anchorMayHold)
        {
            if (_k.CueLeads.OpensNone(_s, tokens, i, tokens.Length)) return false;
            return (t.Classes(i) & WordClass.CueStart) != 0;
        }
        var classes = t.Classes(i);
        if ((classes & WordClass.CueAnchor) != 0) return true;
        if ((classes & WordClass.CueStart) == 0) return false;
        return !_k.CueLeads.OpensNone(_s, tokens, i, tokens.Length);
    }

    /// <summary>True when the token's first character is the ASCII letter <paramref name="lower"/> in either case, or beyond ASCII.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool StartsWithOrBeyondAscii(in Token token, char lower)
    {
        char c = _s[token.Start];
        return (c | 0x20) == lower || c > 0x7F;
    }

    /// <summary>
    /// The cues read at the current sentence's first 64 candidates, by their place from its first (valid where Read's
    /// <c>cueRead</c> mask is set): the two passes over a sentence's candidates ask the same candidates for the same
    /// limit, and the second takes the first's cues from here instead of from the cue cache. The thread's, made once.
    /// </summary>
    /// <remarks>
    /// The cue cache kept each of these readings (about 2,600 cues found per 200 bulk articles, and the slots made and
    /// cleared per block) for the few other asks of the same token and limit, which now read again: 101.48 -> 101.19 M
    /// instructions on 200 bulk articles, 172.28 -> 171.72 M on small500.
    /// </remarks>
    private readonly CueHit[] sentenceCues = cueCache.SentenceCues;

    public void Read(ref StatementDraft? last, StatementDraft? carry)
    {
        // Every reading below starts at a cue candidate or at a quote (a sentence opening with punctuation is read after
        // a quote only, a colon's quote and a sentence of quotes need one): a block of neither reads none, and is not
        // split into sentences (BlockText splits when asked): 858 of the 3,025 blocks read of 200 bulk articles, 0.4 M
        // instructions (0.3 %).
        if (t.CueCandidates.Count == 0 && t.Quotes.Count == 0) return;
        int previousSentenceEnd = -1;
        // The sentences and the candidates as spans: neither list changes while the block is read (the candidates are
        // chosen when the block is started, the sentences split once).
        var sentences = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Sentences);
        var candidates = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.CueCandidates);
        // A candidate's cue slot is its place among the block's cue-marked tokens, found by a walk from the slot of the
        // candidate asked before it (the passes ask them in order), not by BlockText.CueSlot's search.
        var marked = t.CueMarkedRun;
        // The first cue candidate of the sentence: sentences are in order, so it moves on from the sentence before.
        // The slot last walked to (SlotOf), for the block: only a candidate past a sentence's 64th asks for its slot (the
        // cue cache's), and a sentence's slot is no longer walked to at its start. Each pass walks from it over no more
        // than the block's marked tokens before the sentence and the sentence's own.
        int first = 0, slot = 0;
        for (int n = 0; n < sentences.Length; n++)
        {
            // A paragraph of a million sentences is one block: its garbage is checked for sentence by sentence.
            ctx.CheckMemory();
            var (ss, se) = sentences[n];
            bool any = false;
            // The first 64 candidates of the sentence that the post-posed pass found no cue at, and those it read a cue
            // at (kept in sentenceCues), by their place from the first: the pre-posed pass asks the same candidates for
            // the same limit, and takes these answers without the cue cache.
            ulong noCue = 0, cueRead = 0;
            int consumed = ss;
            // Most sentences open with a word outside quotes: neither a quote answered after it nor a sentence of quotes
            // alone can be read there, and both are ruled out without their calls.
            bool opensWithQuote = t.QuoteOf[ss] >= 0 || t.TokenAt(ss).Kind == TokenKind.Punct;
            // "\"…,\" came the minister's reply": the noun names the quote's owner before "reply" can read as a verb.
            // The quotes and marks that open the sentence, as the answer's test walked them: the pure quote's test reads them.
            int lead = ss;
            bool leadQuoted = false;
            if (opensWithQuote && TryAnswerAfterQuote(ss, se, out lead, out leadQuoted) is { } answer)
            {
                Commit(answer, ref last, ref carry);
                any = true;
                consumed = se;
            }
            // An attribution in the next sentence needs this one to end with a quote's close: most sentences are ruled
            // out inline, before the call.
            if (n + 1 < sentences.Length && se - 1 > ss && IsQuoteClose(se - 1) && TryAttributionAfterQuote(ss, se, sentences[n + 1]) is { } after)
            {
                // "\"Who will pay?\" Hart asked.": the quote's own mark ended the sentence before its attribution.
                Commit(after, ref last, ref carry);
                previousSentenceEnd = sentences[++n].End;
                carry = null;
                continue;
            }
            // An attribution anchored on what precedes it ("…, X said", "\"…,\" said X") wins over a pre-posed
            // reading of an earlier verb: in wire copy that verb is far more often part of the reported clause.
            while (first < candidates.Length && candidates[first] < ss) first++;
            for (int c = first; c < candidates.Length && candidates[c] < se; c++)
            {
                // A post-posed reading needs a break between the consumed words and its cue (TryPostposed's first test):
                // a candidate with none before it is not read here. The pre-posed pass reads it if it asks.
                if (!HasBreakBetween(consumed, candidates[c])) continue;
                CueHit cue;
                if ((uint)(c - first) < 64)
                {
                    // Read here, not kept in the cue cache: the pre-posed pass below takes the answer from the masks.
                    if (!ReadCue(candidates[c], se, out cue, candidate: true))
                    {
                        noCue |= 1UL << (c - first);
                        continue;
                    }
                    cueRead |= 1UL << (c - first);
                    sentenceCues[c - first] = cue;
                }
                else
                {
                    slot = SlotOf(marked, candidates[c], slot);
                    if (!TryCueAt(candidates[c], slot, se, out cue, candidate: true)) continue;
                }
                if (TryPostposed(se, consumed, cue) is not { } reading) continue;
                Commit(reading, ref last, ref carry);
                consumed = se;
                any = true;
                break;
            }
            // A reading after a quote or a post-posed one took the whole sentence: no candidate is left in it.
            for (int c = consumed == ss ? first : consumed >= se ? candidates.Length : t.FirstCandidateAt(consumed); c < candidates.Length && candidates[c] < se; c++)
            {
                CueHit cue;
                if ((uint)(c - first) < 64)
                {
                    ulong bit = 1UL << (c - first);
                    if ((noCue & bit) != 0) continue;
                    if ((cueRead & bit) != 0)
                    {
                        cue = sentenceCues[c - first];
                    }
                    else
                    {
                        if (!ReadCue(candidates[c], se, out cue, candidate: true))
                        {
                            noCue |= bit;
                            continue;
                        }
                        cueRead |= bit;
                        sentenceCues[c - first] = cue;
                    }
                }
                else
                {
                    slot = SlotOf(marked, candidates[c], slot);
                    if (!TryCueAt(candidates[c], slot, se, out cue, candidate: true)) continue;
                }
                int before = consumed;
                if (TryPreposed(ss, se, ref consumed, cue) is not { } reading) continue;
                if (IsUnquotedAct(reading.Draft) && reading.Second is null)
                {
                    // "A woman who accused him of fraud said …": an act is no statement, and the cues after it are read
                    // with the words before it still in reach.
                    consumed = before;
                    continue;
                }
                Commit(reading, ref last, ref carry);
                any = true;
                c = CandidateAt(candidates, consumed, c) - 1;
            }
            // The places of sentenceCues written, for the cue cache's Release to clear.
            if (cueRead != 0) NoteSentenceCues(cueRead);
            // A colon-introduced quote needs a quote in the block and a colon before one of its quotes: a block of neither
            // is ruled out without the call.
            if (!any && t.Quotes.Count > 0 && MayHoldColonQuote() && ColonQuote(ss, se) is { } introduced)
            {
                Commit(new Reading(introduced, null), ref last, ref carry);
                any = true;
            }
            if (!any && opensWithQuote && IsPureQuote(ss, se, lead, leadQuoted, out var pieces, out bool open))
            {
                // Only a direct quote runs on into the next sentence; after reported speech a quote is a new statement.
                var target = carry ?? (last is not null && (last.LastBlock ?? last.Block) == t.Block && EndsWithQuote(last) && previousSentenceEnd == ss ? last : null);
                if (target is not null)
                {
                    target.Pieces.AddRange(pieces);
                    if (target.Kind == StatementKind.Indirect) target.Kind = StatementKind.Mixed;
                    target.OpenAtEnd = open;
                    target.LastBlock = t.Block;
                    last = target;
                }
                else if (last is not null && t.Block.Where == StatementLocation.Body && !IsPullQuote(ss, se, open))
                {
                    var follow = new StatementDraft { Block = t.Block, Kind = StatementKind.Direct, InheritFrom = last, Inherited = true, OpenAtEnd = open };
                    follow.Pieces.AddRange(pieces);
                    Add(follow);
                    last = follow;
                }
                carry = null;
                any = true;
            }
            previousSentenceEnd = any ? se : -1;
            carry = null;
        }
    }

    /// <summary>
    /// Whether a quote of the block opens right after a colon (<see cref="ColonNotSought"/> until first asked, then 0 or
    /// 1): a colon-introduced quote (<see cref="ColonQuote"/>) opens at the token after its colon, so a block of none
    /// reads none.
    /// </summary>
    private int colonBeforeQuote;

    private const int ColonNotSought = -1;

    /// <summary>
    /// False when <see cref="ColonQuote"/> reads nothing in the block: no quote of it opens right after a colon. Asked
    /// once a block, where each sentence left without a reading searched its own for a quote and a colon (1,066 calls on
    /// 200 bulk articles, 914 of them in blocks with no colon before any quote).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool MayHoldColonQuote() => colonBeforeQuote != 0 && (colonBeforeQuote > 0 || SeekColonBeforeQuote());

    /// <summary>
    /// True when a quote of the block opens right after a colon: the characters between two tokens are all spaces
    /// (<see cref="Chars.IsSpace"/>, as the tokenizer passes them), so the colon token before a quote's opening token is
    /// the first character back from the opening mark that is no space.
    /// </summary>
    private bool SeekColonBeforeQuote()
    {
        var quotes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Quotes);
        int start = t.Block.Start;
        bool found = false;
        foreach (ref readonly var quote in quotes)
        {
            int p = quote.Open - 1;
            while (p >= start && Chars.IsSpace(_s[p])) p--;
            if (p >= start && _s[p] == ':')
            {
                found = true;
                break;
            }
        }
        colonBeforeQuote = found ? 1 : 0;
        return found;
    }

    private void NoteSentenceCues(ulong read)
    {
        int used = 64 - System.Numerics.BitOperations.LeadingZeroCount(read);
        if (used > cueCache.SentenceCuesUsed) cueCache.SentenceCuesUsed = used;
    }

    /// <summary>
    /// The index of the first of <paramref name="candidates"/> at or after token <paramref name="i"/>, as
    /// <see cref="BlockText.FirstCandidateAt"/> finds it, walked to from index <paramref name="from"/>: the reading just
    /// made ends a few candidates on, where the search cost more than the walk.
    /// </summary>
    private static int CandidateAt(ReadOnlySpan<int> candidates, int i, int from)
    {
        int k = Math.Min(from, candidates.Length);
        while (k > 0 && candidates[k - 1] >= i) k--;
        while (k < candidates.Length && candidates[k] < i) k++;
        return k;
    }

    /// <summary>
    /// The cue slot of the cue candidate <paramref name="i"/>: its place among the block's cue-marked tokens
    /// <paramref name="marked"/>, walked to from slot <paramref name="from"/> (a candidate's asked before it). The walk
    /// passes the marked tokens between the two candidates: a pass over a sentence's candidates walks its marked tokens
    /// once, and back only as far as the pass itself goes back.
    /// </summary>
    private static int SlotOf(ReadOnlySpan<int> marked, int i, int from)
    {
        int k = from;
        while (marked[k] < i) k++;
        while (marked[k] > i) k--;
        return k;
    }

    /// <summary>True for reported words of a verb that speaks only with a quote ("accused Y of lying"): an act, not a statement.</summary>
    private static bool IsUnquotedAct(StatementDraft draft) =>
        (draft.CueOptions & CueOptions.QuoteRequired) != 0 && draft.Kind == StatementKind.Indirect;

    /// <summary>
    /// True when the statement's words end with a quote ("\"A,\" she said", "X is \"B,\" he said") or with its
    /// attribution ("A, she said."): a quote in the next sentence goes on with it. After reported speech with the cue
    /// before it ("She said A. \"B.\"") a quote is a new statement.
    /// </summary>
    private bool EndsWithQuote(StatementDraft draft)
    {
        if (draft.Kind == StatementKind.Direct) return true;
        if (draft.Pieces.Count == 0) return false;
        var piece = draft.Pieces[draft.Pieces.Count - 1];
        // "Prices will rise this year, she said. \"…\"": a quote right after a post-posed attribution goes on with the
        // statement before it; after "She said prices will rise." it is a new one.
        if (draft.Cue is { } after && after.Start >= piece.End && draft.Block == t.Block) return true;
        if (draft.Kind != StatementKind.Mixed) return false;
        int q = t.FirstQuoteAt(piece.Start) - 1;
        return q >= 0 && t.Quotes[q].ContentStart <= piece.Start && t.Quotes[q].ContentEnd >= piece.End && t.Quotes[q].Closed
            && draft.Cue is { } cue && cue.Start >= t.Quotes[q].End;
    }

    /// <summary>
    /// A sentence that ends with a closed quote, and a next sentence that is only its attribution ("Hart asked.",
    /// "the mayor said on Monday."): read as one post-posed statement.
    /// </summary>
    private Reading? TryAttributionAfterQuote(int ss, int se, (int Start, int End) next)
    {
        var (ns, ne) = next;
        if (ns != se || se - 1 <= ss || !IsQuoteClose(se - 1) || ne - ns > MaxNounPhraseTokens || t.InQuote(ns)) return null;
        var candidates = t.CueCandidates;
        for (int c = t.FirstCandidateAt(ns); c < candidates.Count && candidates[c] < ne; c++)
        {
            if (!TryCue(candidates[c], ne, out var cue)) continue;
            return TryPostposed(ne, ss, cue) is { } reading && reading.Draft.Cue is { } span && span.Start >= t.TokenAt(ns).Start ? reading : null;
        }
        return null;
    }

    /// <summary>
    /// True when the sentence is a whole paragraph that is only a short closed quote with no cue and no clause of its
    /// own ("'A really tough decision.'", "\"Related:\""): a pull quote, caption or heading set off by itself, not the
    /// next words of the speaker before it. A quote left open runs on from the paragraph before, and one with a subject
    /// or a finite verb ("\"We will meet again.\"") goes on with the speaker before it.
    /// </summary>
    private bool IsPullQuote(int ss, int se, bool open)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        if (open || ss != 0 || se != t.Tokens.Count || WordsIn(ss, se) > MaxPullQuoteWords) return false;
        for (int i = ss; i < se; i++)
        {
            if (tokens[i].Kind == TokenKind.Punct && Chars.IsApostrophe(_s[tokens[i].Start]) && i > ss && IsWord(tokens[i - 1]) && i + 1 < se && IsWord(tokens[i + 1])) return false;
            if (!IsWord(tokens[i])) continue;
            if (t.IsIn(i, WordClass.SubjectPronoun | WordClass.BeForm | WordClass.FiniteAuxiliary) || Spells(tokens[i], "do")) return false;
        }
        return true;
    }

    private void Commit(Reading reading, ref StatementDraft? last, ref StatementDraft? carry)
    {
        var draft = reading.Draft;
        if (IsUnquotedAct(draft))
        {
            // "X accused Y of lying, saying …": the act is no statement, but a second act after it keeps X.
            if (reading.Second is { } kept && !IsUnquotedAct(kept))
            {
                kept.SpeakerSpan ??= draft.SpeakerSpan;
                if (kept.SpeakerSpan is null && !reading.SecondStandsAlone) kept.InheritFrom ??= draft.InheritFrom;
                kept.Inherited = kept.SpeakerSpan is null && kept.InheritFrom is not null;
                Add(kept);
                last = kept;
            }
            carry = null;
            return;
        }
        if (carry is not null && draft.Kind == StatementKind.Direct && draft.Pieces.Count > 0 && t.Quotes.Count > 0 && draft.Pieces[0].Start == t.Quotes[0].ContentStart)
        {
            // The quote continues the one left open in the paragraph before.
            carry.Pieces.AddRange(draft.Pieces);
            carry.OpenAtEnd = draft.OpenAtEnd;
            carry.SpeakerSpan ??= draft.SpeakerSpan;
            carry.LastBlock = t.Block;
            last = carry;
        }
        else
        {
            Add(draft);
            last = draft;
        }
        carry = null;
        if (reading.Second is { } second && !IsUnquotedAct(second))
        {
            var first = last;
            if (!reading.SecondStandsAlone) second.InheritFrom ??= last;
            second.Inherited = second.SpeakerSpan is null && second.InheritFrom is not null;
            Add(second);
            last = reading.FirstGoesOn ? first : second;
        }
    }

    private void Add(StatementDraft draft)
    {
        // The drafts of a huge input: a full list grows to about the drafts the text read so far predicts, not to
        // twice what it holds (its unused room is resident at the stage's peak).
        var drafts = ctx.Statements;
        if (drafts.Count == drafts.Capacity) drafts.Capacity = BoundedGrowth.ProportionalCapacity(drafts.Count, drafts.Capacity, Reached(draft), _s.Length);
        drafts.Add(draft);
        Found = true;
    }

    /// <summary>How far into the source the text of <paramref name="draft"/> reaches.</summary>
    private static int Reached(StatementDraft draft) =>
        Math.Max(draft.Cue?.End ?? 0, draft.Pieces.Count > 0 ? draft.Pieces[draft.Pieces.Count - 1].End : (draft.LastBlock ?? draft.Block).Start);

    private StatementDraft NewDraft(in CueHit cue) => new()
    {
        Block = t.Block,
        Cue = TextSpan.FromBounds(t.TokenAt(cue.Start).Start, t.TokenAt(cue.End - 1).End),
        CueText = cue.Text,
        CueOptions = cue.Options,
    };

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private TextSpan SpanOf(int start, int end) => TextSpan.FromBounds(t.TokenAt(start).Start, t.TokenAt(end - 1).End);
}
