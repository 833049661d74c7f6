using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

/// <summary>
/// Third stage: finds who said what in each block. For each speech cue outside quotes it tries, in order,
/// "according to X", the pre-posed "X said (that) …", the post-posed "…, X said" and the inverted "…, said X";
/// then quotes with no cue of their own continue the statement before them (split and follow-on quotes,
/// quotes running over several paragraphs). Headlines also read "CLAIM — SOURCE".
/// </summary>
internal static class AttributionStage
{
    private const int MaxNounPhraseTokens = 14;

    /// <summary>How far back the appositive and clause searches look, so that no sentence costs more than linear time.</summary>
    private const int Window = 48;

    public static void Run(ParseContext ctx)
    {
        var text = BlockText.Rent();
        var cueCache = t_cueCache ?? new CueCache();
        t_cueCache = null;
        try
        {
            Read(ctx, text, cueCache);
        }
        finally
        {
            BlockText.Return(text);
            // Kept for the thread's next parse unless a huge block grew it.
            if (cueCache.Limits.Length <= 1 << 16) t_cueCache = cueCache;
        }
    }

    /// <summary>The reader's per-token cue cache, kept per thread so that a parse allocates none.</summary>
    private sealed class CueCache
    {
        public int[] Limits = [];
        public CueHit[] Hits = [];
    }

    [ThreadStatic]
    private static CueCache? t_cueCache;

    private static void Read(ParseContext ctx, BlockText text, CueCache cueCache)
    {
        StatementDraft? last = null;
        int lastBody = -10;
        StatementDraft? listHead = null;
        StatementDraft? pendingHeadline = null;
        TextSpan? listSpeaker = null;
        // One reader for the parse: it reads whichever block the BlockText holds.
        var reader = new Reader(ctx, text, cueCache);
        foreach (var block in ctx.Blocks)
        {
            text.Load(ctx, block);
            reader.Reset();
            if (block.Where == StatementLocation.Body && listSpeaker is not null)
            {
                // A "key statements" list: each paragraph after the heading is one statement of its speaker.
                var item = reader.ReadListItem(listHead, listSpeaker.Value);
                if (item is not null)
                {
                    listHead ??= item;
                    last = item;
                    lastBody = block.ParagraphIndex;
                }
                continue;
            }
            // The statement before may continue into this paragraph when its quote was left open.
            var carry = last is { OpenAtEnd: true } && text.Quotes.Count > 0 && text.Quotes[0].Open == text.Block.Start ? last : null;
            if (block.Where == StatementLocation.Body && block.ParagraphIndex - lastBody > 2) last = null;
            reader.Read(ref last, carry);
            if (last is not null && (last.LastBlock ?? last.Block) == block) lastBody = block.ParagraphIndex;
            if (block.Where == StatementLocation.Headline && !reader.Found) reader.ReadHeadlineDash();
            if (block.Where == StatementLocation.Headline && !reader.Found && reader.ReadHeadlineQuote() is { } quoted) pendingHeadline = quoted;
            else if (pendingHeadline is not null && ctx.Statements.Count > 1 && ctx.Statements[^1] != pendingHeadline)
            {
                // A quoted headline claim ("UK 'discriminated against Roma'") is the story's first speaker's.
                pendingHeadline.InheritFrom = ctx.Statements[ctx.Statements.IndexOf(pendingHeadline) + 1];
                pendingHeadline = null;
            }
            if (block.Where == StatementLocation.Body && reader.FindListHeading() is { } heading) listSpeaker = heading;
        }
    }

    private readonly record struct CueHit(int Start, int End, string Text, CueOptions Options)
    {
        public bool Recipient => (Options & CueOptions.Recipient) != 0;
        public bool PostposedOnly => (Options & CueOptions.PostposedOnly) != 0;
    }

    private sealed class Reader(ParseContext ctx, BlockText t, CueCache cueCache)
    {
        private readonly CompiledKnowledge _k = ctx.Knowledge;
        private readonly string _s = ctx.Source;
        private StatementDraft? _second;

        public bool Found { get; private set; }

        /// <summary>Forgets the block before: call after loading the next block into the BlockText.</summary>
        public void Reset()
        {
            Found = false;
            _second = null;
            int n = t.Tokens.Count + 1;
            if (cueCache.Limits.Length < n)
            {
                int size = Math.Max(n, cueCache.Limits.Length * 2);
                cueCache.Limits = new int[size];
                cueCache.Hits = new CueHit[size];
            }
            _cueLimits = cueCache.Limits;
            _cues = cueCache.Hits;
            Array.Clear(_cueLimits, 0, n);
        }

        // The cue read at each token, for the sentence limit it was read with (stored plus one, so 0 is "not read",
        // and negated when there was none): the passes over a sentence ask about the same tokens several times.
        private int[] _cueLimits = [];
        private CueHit[] _cues = [];

        public void Read(ref StatementDraft? last, StatementDraft? carry)
        {
            int previousSentenceEnd = -1;
            foreach (var (ss, se) in t.Sentences)
            {
                bool any = false;
                int consumed = ss;
                // An attribution anchored on what precedes it ("…, X said", "\"…,\" said X") wins over a pre-posed
                // reading of an earlier verb: in wire copy that verb is far more often part of the reported clause.
                var candidates = t.CueCandidates;
                for (int c = t.FirstCandidateAt(ss); c < candidates.Count && candidates[c] < se; c++)
                {
                    if (!TryCue(candidates[c], se, out var cue)) continue;
                    var draft = TryPostposed(ss, se, consumed, cue, out int end);
                    if (draft is null) continue;
                    Commit(draft, ref last, ref carry);
                    consumed = end;
                    any = true;
                    break;
                }
                for (int c = t.FirstCandidateAt(consumed); c < candidates.Count && candidates[c] < se; c++)
                {
                    if (!TryCue(candidates[c], se, out var cue)) continue;
                    var draft = TryAttribute(ss, se, ref consumed, cue);
                    if (draft is null) continue;
                    Commit(draft, ref last, ref carry);
                    any = true;
                    c = t.FirstCandidateAt(consumed) - 1;
                }
                if (!any && IsPureQuote(ss, se, out var pieces, out bool open))
                {
                    // Only a direct quote runs on into the next sentence; after reported speech a quote is a new statement.
                    var target = carry ?? (last is not null && (last.LastBlock ?? last.Block) == t.Block && last.Kind == StatementKind.Direct && previousSentenceEnd == ss ? last : null);
                    if (target is not null)
                    {
                        target.Pieces.AddRange(pieces);
                        target.OpenAtEnd = open;
                        target.LastBlock = t.Block;
                        last = target;
                    }
                    else if (last is not null && t.Block.Where == StatementLocation.Body)
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

        private void Commit(StatementDraft draft, ref StatementDraft? last, ref StatementDraft? carry)
        {
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
            if (_second is { } second)
            {
                _second = null;
                second.InheritFrom ??= last;
                second.Inherited = second.SpeakerSpan is null;
                Add(second);
                last = second;
            }
        }

        private void Add(StatementDraft draft)
        {
            ctx.Statements.Add(draft);
            Found = true;
        }

        /// <summary>The speaker of a "key statements" heading in this block ("Below are the minister's key statements"), or null.</summary>
        public TextSpan? FindListHeading()
        {
            var tokens = t.Tokens;
            var candidates = t.CueCandidates;
            for (int c = t.FirstCandidateAt(3); c < candidates.Count; c++)
            {
                int i = candidates[c];
                if (!t.TryMatchCue(_k.Cues, i, tokens.Count, out CueEntry entry, out _)) continue;
                if ((entry.Options & CueOptions.List) == 0) continue;
                if (!(t.Is(i - 1, "s") && Chars.IsApostrophe(_s[tokens[i - 2].Start]))) continue;
                int start = BackwardNounPhrase(i - 2, 0, out int end);
                if (start < end && IsSpeakerLike(start, end)) return SpanOf(start, end);
            }
            return null;
        }

        /// <summary>One paragraph of a "key statements" list as a statement; the first carries the heading's speaker.</summary>
        public StatementDraft? ReadListItem(StatementDraft? head, TextSpan speaker)
        {
            if (t.Tokens.Count == 0) return null;
            var draft = new StatementDraft { Block = t.Block };
            if (!SetContent(draft, 0, t.Tokens.Count)) return null;
            if (head is null) draft.SpeakerSpan = speaker;
            else
            {
                draft.InheritFrom = head;
                draft.Inherited = true;
            }
            Add(draft);
            return draft;
        }

        /// <summary>A headline holding a quoted claim and no cue; its speaker is settled by the statement after it.</summary>
        public StatementDraft? ReadHeadlineQuote()
        {
            if (t.Quotes.Count == 0 || t.Tokens.Count == 0) return null;
            int words = 0;
            for (int i = 0; i < t.Tokens.Count; i++)
            {
                if (t.InQuote(i) && t.IsWord(i)) words++;
            }
            // A quoted claim is a clause fragment ("UK 'discriminated against Roma'"); a short or capitalised quote is a name.
            int first = t.FirstTokenAt(t.Quotes[0].ContentStart);
            if (words < 3 || IsNamingQuote(t.Quotes[0]) || first >= t.Tokens.Count || t.IsCapitalized(first)) return null;
            var draft = new StatementDraft { Block = t.Block, Inherited = true };
            if (!SetContent(draft, 0, t.Tokens.Count)) return null;
            Add(draft);
            return draft;
        }

        /// <summary>"CLAIM — SOURCE" and "CLAIM - SOURCE" headlines.</summary>
        public void ReadHeadlineDash()
        {
            var tokens = t.Tokens;
            for (int i = tokens.Count - 2; i > 0; i--)
            {
                var tok = tokens[i];
                if (tok.Kind != TokenKind.Punct || !Chars.IsDash(_s[tok.Start]) || t.InQuote(i)) continue;
                if (!(tok.Start > 0 && Chars.IsSpace(_s[tok.Start - 1]) && tok.End < _s.Length && Chars.IsSpace(_s[tok.End]))) continue;
                int npEnd = ForwardNounPhrase(i + 1, tokens.Count, lenient: false);
                if (npEnd == i + 1 || !IsSpeakerLike(i + 1, npEnd)) return;
                var draft = new StatementDraft { Block = t.Block, Kind = StatementKind.Indirect, Cue = new TextSpan(tok.Start, tok.Length), CueText = _s.Substring(tok.Start, tok.Length) };
                draft.SpeakerSpan = TextSpan.FromBounds(tokens[i + 1].Start, tokens[npEnd - 1].End);
                if (!SetContent(draft, 0, i)) return;
                Add(draft);
                return;
            }
        }

        private bool TryCue(int i, int se, out CueHit cue)
        {
            cue = default;
            // Most words open no cue: one cached table lookup rules them out before any of the tests below.
            if (!t.MayOpenCue(i)) return false;
            int known = _cueLimits[i];
            if (known == se + 1)
            {
                cue = _cues[i];
                return true;
            }
            if (known == -(se + 1)) return false;
            bool found = ReadCue(i, se, out cue);
            _cueLimits[i] = found ? se + 1 : -(se + 1);
            _cues[i] = cue;
            return found;
        }

        private bool ReadCue(int i, int se, out CueHit cue)
        {
            cue = default;
            // "according to", "in X's words" and "quoted X as saying" carry their speaker inside the cue.
            if (t.IsIn(i, WordClass.CueAnchor))
            {
                if (t.Is(i, "according") && i + 1 < se && t.Is(i + 1, "to"))
                {
                    cue = new CueHit(i, i + 2, "according to", CueOptions.None);
                    return true;
                }
                // "in X's words": the speaker stands inside the cue, as with "according to".
                if (t.Is(i, "in") && i + 4 < se && MayHaveWordsAhead(i + 4, se))
                {
                    int w = ForwardNounPhrase(i + 1, se, lenient: true) - 1;
                    if (w - 3 > i && t.Is(w, "words") && t.Is(w - 1, "s") && Chars.IsApostrophe(_s[t.Tokens[w - 2].Start]))
                    {
                        cue = new CueHit(i, w + 1, "in " + _s[t.Tokens[i + 1].Start..t.Tokens[w].End], CueOptions.None);
                        return true;
                    }
                }
                // "quoted X as saying": the speaker stands inside the cue.
                if (t.Is(i, "quoted") && !t.IsCapitalized(i))
                {
                    int np = ForwardNounPhrase(i + 1, se, lenient: true);
                    if (np > i + 1 && np + 1 < se && t.Is(np, "as") && t.Is(np + 1, "saying"))
                    {
                        cue = new CueHit(i, np + 2, "quoted as saying", CueOptions.None);
                        return true;
                    }
                }
            }
            // A capitalised verb form inside a sentence is a name ("the United States", "Secretary of State").
            if (t.IsCapitalized(i) && !Chars.IsAllCaps(_s, t.Tokens[i]) && i > 0 && !IsSentenceStart(i)) return false;
            if (!t.TryMatchCue(_k.Cues, i, se, out CueEntry entry, out int cueEnd)) return false;
            if ((entry.Options & CueOptions.List) != 0) return false;
            cue = new CueHit(i, cueEnd, CueText(entry, t.Tokens[i].Start, t.Tokens[cueEnd - 1].End), entry.Options);
            return true;
        }

        /// <summary>False when no token "words" follows within reach, so "in X's words" cannot start here.</summary>
        private bool MayHaveWordsAhead(int from, int se)
        {
            // Most paragraphs have no "words" at all: one scan per block answers for every "in" in it.
            if (t.LastTokenSpelled("words") < from) return false;
            int stop = Math.Min(se, from + 64);
            for (int j = from; j < stop; j++)
            {
                if (t.Is(j, "words")) return true;
            }
            // Past 64 tokens the noun phrase walk decides, as it always did.
            return stop < se;
        }

        /// <summary>The cue as written: the table's own string when the text spells it the same way, so hits share one string.</summary>
        private string CueText(CueEntry entry, int start, int end)
        {
            var written = _s.AsSpan(start, end - start);
            foreach (var form in entry.Forms)
            {
                if (written.SequenceEqual(form)) return form;
            }
            return written.ToString();
        }

        private bool IsSentenceStart(int i) => t.StartsSentence(i);

        private static bool IsParticipleCue(CueHit cue) => cue.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

        /// <summary>"…, X said" and "\"…,\" said X" where nothing after the attribution but an adjunct remains.</summary>
        private StatementDraft? TryPostposed(int ss, int se, int consumed, CueHit cue, out int end)
        {
            end = se;
            if (cue.Text == "according to" || cue.Text == "quoted as saying" || cue.Text.StartsWith("in ", StringComparison.Ordinal)) return null;
            int c0 = cue.Start, c1 = cue.End;
            int npStart = BackwardNounPhrase(c0, consumed, out int npEnd);
            bool hasSubject = npStart < npEnd && IsSpeakerLike(npStart, npEnd);
            if (!hasSubject && AppositiveSubject(consumed, c0) is { } app)
            {
                (npStart, npEnd) = app;
                hasSubject = true;
            }
            if (hasSubject)
            {
                int before = npStart - 1;
                if (before > consumed && (t.IsComma(before) || t.IsQuoteClose(before) || IsDashToken(before))
                    && TailOk(c1, se, cue.Recipient, t.IsQuoteClose(before), false, out int tail) && !IsConnectivePhrase(consumed, before)
                    && !HasThatClauseCue(consumed, before))
                {
                    var draft = NewDraft(cue);
                    draft.SpeakerSpan = SpanOf(npStart, npEnd);
                    int contentEnd = t.IsQuoteClose(before) ? before + 1 : before;
                    if (!SetContent(draft, consumed, contentEnd)) return null;
                    end = Tail(draft, tail, se);
                    return draft;
                }
            }
            int prev = c0 - 1;
            if (prev > consumed && (t.IsComma(prev) || t.IsQuoteClose(prev)) && c1 < se && !cue.Recipient)
            {
                int np = ForwardNounPhrase(c1, se, lenient: true);
                bool ok = np > c1 && IsSpeakerLike(c1, np) && !t.IsPronoun(c1) || np == c1 + 1 && t.IsPronoun(c1);
                if (ok && TailOk(np, se, false, t.IsQuoteClose(prev), true, out int tail) && !HasThatClauseCue(consumed, prev))
                {
                    var draft = NewDraft(cue);
                    draft.SpeakerSpan = SpanOf(c1, np);
                    if (!SetContent(draft, consumed, t.IsComma(prev) ? prev : prev + 1)) return null;
                    end = Tail(draft, tail, se);
                    return draft;
                }
            }
            return null;
        }

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

        private StatementDraft NewDraft(CueHit cue) => new()
        {
            Block = t.Block,
            Cue = TextSpan.FromBounds(t.Tokens[cue.Start].Start, t.Tokens[cue.End - 1].End),
            CueText = cue.Text,
        };

        /// <summary>True when only an adjunct follows position <paramref name="k"/> ("in a statement", "answering a question", ", adding …").</summary>
        private bool TailOk(int k, int se, bool recipient, bool quoteBefore, bool appositiveAllowed, out int tail)
        {
            if (recipient && k < se && t.IsWord(k) && !t.InQuote(k))
            {
                int np = ForwardNounPhrase(k, se, lenient: true);
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
                if (TryCue(n, se, out _)) return true;
                return appositiveAllowed;
            }
            return t.IsWord(k) && !t.InQuote(k) && (t.IsIn(k, WordClass.AdjunctStart) || IsParticiple(k) || SkipTimeAdverbial(k, se) > k);
        }

        /// <summary>After a post-posed attribution: the rest of a split quote (", \"B.\"") or a second act (", adding that …").</summary>
        private int Tail(StatementDraft draft, int k, int se)
        {
            for (int j = k; j < se; j++)
            {
                if (t.InQuote(j))
                {
                    if (j > k && t.IsComma(j - 1) && draft.Kind == StatementKind.Direct)
                    {
                        var quote = t.Quotes[t.QuoteOf[j]];
                        AddPiece(draft, quote.ContentStart, quote.ContentEnd);
                        draft.OpenAtEnd = !quote.Closed;
                        return se;
                    }
                    return se;
                }
                if (TrySecondary(j, k, se)) return se;
            }
            return se;
        }

        /// <summary>A second act of the same speaker at <paramref name="j"/>: ", adding that …", "and warned …".</summary>
        private bool TrySecondary(int j, int floor, int se)
        {
            if (!t.IsWord(j) || t.InQuote(j)) return false;
            int c = j;
            bool conjunction = t.Is(j, "and") || t.Is(j, "but");
            TextSpan? ownSubject = null;
            if (conjunction && j + 2 < se && t.IsPronoun(j + 1))
            {
                // "…, but he said: \"…\"": a second act with its own (pronoun) subject.
                ownSubject = SpanOf(j + 1, j + 2);
                j++;
            }
            if (conjunction)
            {
                c = j + 1;
                while (c < se && c < j + 6 && t.IsWord(c) && (t.IsIn(c, WordClass.Auxiliary) || IsLyAdverb(c))) c++;
                if (c >= se) return false;
                if (ownSubject is null && j > floor && t.IsComma(j - 1) && !TryCue(c, se, out _))
                {
                    // ", and before he left on Tuesday the chancellor told reporters: \"…\"": a new act with its own subject.
                    for (int x = c + 1; x < Math.Min(se, c + 16); x++)
                    {
                        if (t.InQuote(x) || t.IsComma(x)) return false;
                        if (!t.IsWord(x) || !TryCue(x, se, out var inner) || inner.End >= se) continue;
                        int cs = ComplementStart(inner.End, se, inner.Recipient);
                        if (cs <= 0 || !(t.IsPunct(cs - 1, ':') || t.Is(cs - 1, "that") || t.InQuote(cs))) return false;
                        int np = BackwardNounPhrase(x, c, out int npEnd);
                        if (np >= npEnd || !IsSpeakerLike(np, npEnd)) return false;
                        ownSubject = SpanOf(np, npEnd);
                        c = x;
                        break;
                    }
                    if (ownSubject is null) return false;
                }
            }
            if (!TryCue(c, se, out var cue) || cue.PostposedOnly || cue.Text == "according to") return false;
            if (!conjunction && !(IsParticipleCue(cue) && j > floor && (t.IsComma(j - 1) || t.IsQuoteClose(j - 1)))) return false;
            if (conjunction && IsParticipleCue(cue)) return false;
            int content = ComplementStart(cue.End, se, cue.Recipient);
            if (content < 0 || content >= se || !HasWords(content, se)) return false;
            var second = NewDraft(cue);
            second.SpeakerSpan = ownSubject;
            if (!SetContent(second, content, QuoteRunEnd(content, se))) return false;
            _second = second;
            return true;
        }

        private StatementDraft? TryAttribute(int ss, int se, ref int consumed, CueHit cue)
        {
            int c0 = cue.Start, c1 = cue.End;
            var draft = NewDraft(cue);
            if (cue.Text.StartsWith("in ", StringComparison.Ordinal) && cue.Text.EndsWith("words", StringComparison.Ordinal))
            {
                draft.SpeakerSpan = SpanOf(c0 + 1, c1 - 3);
                if (c0 > consumed && t.IsComma(c0 - 1))
                {
                    if (!SetContent(draft, consumed, c0 - 1)) return null;
                    consumed = c1 < se && t.IsComma(c1) ? c1 + 1 : c1;
                    return draft;
                }
                if (c0 == consumed && c1 < se && t.IsComma(c1))
                {
                    if (!SetContent(draft, c1 + 1, se)) return null;
                    consumed = se;
                    return draft;
                }
                return null;
            }
            if (cue.Text == "according to")
            {
                if (c1 >= se) return null;
                int npEnd = t.IsWord(c1) && (t.Is(c1, "him") || t.Is(c1, "her") || t.Is(c1, "them")) ? c1 + 1 : ForwardNounPhrase(c1, se, lenient: true);
                if (npEnd == c1 || !(npEnd == c1 + 1 && t.IsWord(c1) && (t.Is(c1, "him") || t.Is(c1, "her") || t.Is(c1, "them")) || IsSpeakerLike(c1, npEnd))) return null;
                int npFrom = c1;
                if (npEnd + 1 < se && (t.Is(npEnd, "by") || t.Is(npEnd, "from") || t.Is(npEnd, "of"))
                    && IsDocument(npEnd - 1))
                {
                    // "according to a joint statement by X": the document stands for its author.
                    int author = ForwardNounPhrase(npEnd + 1, se, lenient: true);
                    if (author > npEnd + 1 && IsSpeakerLike(npEnd + 1, author)) (npFrom, npEnd) = (npEnd + 1, author);
                }
                draft.SpeakerSpan = SpanOf(npFrom, npEnd);
                if (c0 > consumed && (t.IsComma(c0 - 1) || t.IsQuoteClose(c0 - 1)))
                {
                    if (!SetContent(draft, consumed, t.IsComma(c0 - 1) ? c0 - 1 : c0)) return null;
                    consumed = npEnd < se && t.IsComma(npEnd) ? npEnd + 1 : npEnd;
                    return draft;
                }
                if (c0 == consumed && npEnd < se && t.IsComma(npEnd))
                {
                    if (!SetContent(draft, npEnd + 1, se)) return null;
                    consumed = se;
                    return draft;
                }
                return null;
            }
            // Only the "quoted X as saying" form carries its speaker inside the cue; the table's plain
            // "quoted as saying" has none there and is read like any other cue.
            if (cue.Text == "quoted as saying" && c1 - 2 > c0 + 1)
            {
                draft.SpeakerSpan = SpanOf(c0 + 1, c1 - 2);
                int content = ComplementStart(c1, se, false);
                if (content < 0 || !SetContent(draft, content, QuoteRunEnd(content, se))) return null;
                consumed = se;
                return draft;
            }

            int npStart = BackwardNounPhrase(c0, consumed, out int npEndBack);
            bool hasSubject = npStart < npEndBack && IsSpeakerLike(npStart, npEndBack);
            if (AppositiveSubject(consumed, c0) is { } app && (!hasSubject || t.IsComma(npStart - 1)))
            {
                (npStart, npEndBack) = app;
                hasSubject = true;
            }
            else if (!hasSubject && RelativeSubject(c0, consumed) is { } rel)
            {
                (npStart, npEndBack) = rel;
                hasSubject = true;
            }
            else if (!hasSubject && ConjoinedOrParticiple(c0, consumed, cue) && SentenceSubjectRange(ss, c0) is { } subject)
            {
                // "The Tory leader … and has said …", "The newspaper … expressed …, stating that …".
                (npStart, npEndBack) = subject;
                hasSubject = true;
            }
            else if (!hasSubject && ReducedRelativeSubject(consumed, c0, se, cue) is { } reduced)
            {
                // "An EC negotiator taking part in the talks said: …", "A joint statement issued after the talks said …".
                (npStart, npEndBack) = reduced;
                hasSubject = true;
            }
            else if (!hasSubject && npStart == npEndBack)
            {
                // "A Western diplomatic observer said …": the sentence's own subject runs up to the cue.
                int from = consumed;
                while (from < c0 && from < consumed + 6 && t.IsWord(from) && t.IsIn(from, WordClass.Connective) && from + 1 < c0 && t.IsComma(from + 1)) from += 2;
                int np = ForwardNounPhrase(from, c0, lenient: true);
                int aux = np;
                while (aux < c0 && aux < np + 6 && t.IsWord(aux) && (t.IsIn(aux, WordClass.Auxiliary) || IsLyAdverb(aux))) aux++;
                if (np > from && aux == c0 && IsSpeakerLike(from, np))
                {
                    (npStart, npEndBack) = (from, np);
                    hasSubject = true;
                }
            }
            if (hasSubject)
            {
                int content = cue.PostposedOnly ? -1 : ComplementStart(c1, se, cue.Recipient);
                int before = npStart - 1;
                bool parenthetical = before > consumed && t.IsComma(before) && c1 < se && t.IsComma(c1) && !(c1 + 1 < se && t.InQuote(c1 + 1));
                if (parenthetical && HasWords(c1 + 1, se) && (content < 0 || !t.Is(content - 1, "that")))
                {
                    // "However, X said, CLAUSE" / "At current prices, it said, CLAUSE".
                    draft.SpeakerSpan = SpanOf(npStart, npEndBack);
                    if (!SetContent(draft, c1 + 1, se)) return null;
                    if (!IsConnectivePhrase(consumed, before)) PrependContent(draft, consumed, before);
                    consumed = se;
                    return draft;
                }
                if (content >= 0 && content < se && HasWords(content, se))
                {
                    draft.SpeakerSpan = SpanOf(npStart, npEndBack);
                    int end = QuoteRunEnd(content, se);
                    int split = end;
                    for (int j = content; j < end; j++)
                    {
                        if (TrySecondary(j, content, end))
                        {
                            split = j;
                            break;
                        }
                    }
                    if (!SetContent(draft, content, split))
                    {
                        _second = null;
                        return null;
                    }
                    if (_second is { SpeakerSpan: null } second && !(npStart == consumed || npStart == ss) && SentenceSubject(ss, c0) is { } subject)
                    {
                        // "Ms Lind dismissed the figures …, saying …": the participle belongs to the sentence's subject.
                        second.SpeakerSpan = subject;
                    }
                    consumed = se;
                    return draft;
                }
                int prior = npStart - 1;
                if (prior > consumed && (t.IsComma(prior) || t.IsQuoteClose(prior) || IsDashToken(prior)))
                {
                    int contentEnd = t.IsComma(prior) || IsDashToken(prior) ? prior : prior + 1;
                    draft.SpeakerSpan = SpanOf(npStart, npEndBack);
                    if (!SetContent(draft, consumed, contentEnd)) return null;
                    consumed = se;
                    return draft;
                }
            }
            int prev = c0 - 1;
            if (prev > consumed && (t.IsComma(prev) || t.IsQuoteClose(prev)) && c1 < se && !cue.Recipient)
            {
                int npEnd = ForwardNounPhrase(c1, se, lenient: true);
                if ((npEnd > c1 && IsSpeakerLike(c1, npEnd) && !t.IsPronoun(c1) || npEnd == c1 + 1 && t.IsPronoun(c1)) && TailOk(npEnd, se, false, t.IsQuoteClose(prev), true, out _))
                {
                    draft.SpeakerSpan = SpanOf(c1, npEnd);
                    if (!SetContent(draft, consumed, t.IsComma(prev) ? prev : prev + 1)) return null;
                    consumed = se;
                    return draft;
                }
            }
            return null;
        }

        private TextSpan? SentenceSubject(int ss, int limit) => SentenceSubjectRange(ss, limit) is { } r ? SpanOf(r.Start, r.End) : null;

        private bool ConjoinedOrParticiple(int c0, int floor, CueHit cue)
        {
            int j = c0 - 1;
            while (j >= floor && j > c0 - 6 && t.IsWord(j) && !t.InQuote(j) && (t.IsIn(j, WordClass.Auxiliary) || IsLyAdverb(j))) j--;
            if (j < floor) return false;
            if (t.Is(j, "and") || t.Is(j, "but")) return true;
            return IsParticipleCue(cue) && j == c0 - 1 && t.IsComma(j);
        }

        private (int Start, int End)? ReducedRelativeSubject(int floor, int c0, int se, CueHit cue)
        {
            int from = floor;
            if (c0 - from > 14 || c0 - from < 3) return null;
            int participle = -1;
            for (int i = from; i < c0; i++)
            {
                if (t.InQuote(i) || t.IsComma(i)) return null;
                if (participle < 0 && i > from && t.IsWord(i) && !t.IsCapitalized(i) && t.Tokens[i].Length > 4
                    && (t.Word(i).EndsWith("ing", StringComparison.Ordinal) || t.Word(i).EndsWith("ed", StringComparison.Ordinal)))
                {
                    participle = i;
                }
            }
            if (participle < 0) return null;
            int np = ForwardNounPhrase(from, participle, lenient: false);
            if (np != participle || !IsSpeakerLike(from, np)) return null;
            bool strong = cue.End < se && (t.IsPunct(cue.End, ':') || t.Is(cue.End, "that") || t.InQuote(cue.End));
            bool document = IsDocument(np - 1);
            return strong || document ? (from, np) : null;
        }

        private (int Start, int End)? SentenceSubjectRange(int ss, int limit)
        {
            if (ss < limit && t.IsWord(ss) && (IsPreposition(ss) || IsParticiple(ss) || t.IsIn(ss, WordClass.Connective)))
            {
                // "In a statement, he said …": the subject follows the introductory phrase.
                int c = ss;
                int stop = Math.Min(limit, ss + MaxNounPhraseTokens);
                while (c < stop && !t.IsComma(c)) c++;
                if (c >= stop) return null;
                ss = c + 1;
            }
            if (ss >= limit || t.IsWord(ss) && t.IsClosedClass(ss) && !t.Is(ss, "the")) return null;
            int np = ForwardNounPhrase(ss, limit, lenient: false);
            return np > ss && IsSpeakerLike(ss, np) ? (ss, np) : null;
        }

        private bool IsConnectivePhrase(int start, int end)
        {
            if (end <= start) return true;
            int words = 0;
            for (int i = start; i < end; i++)
            {
                if (t.IsWord(i) || t.Tokens[i].Kind == TokenKind.Number) words++;
            }
            return words <= 3 && t.IsWord(start) && t.IsIn(start, WordClass.Connective) && !IsPreposition(start)
                || words == 1;
        }

        private void PrependContent(StatementDraft draft, int start, int end)
        {
            var probe = new StatementDraft { Block = t.Block };
            if (!SetContent(probe, start, end)) return;
            draft.Pieces.InsertRange(0, probe.Pieces);
            if (probe.Kind != draft.Kind) draft.Kind = StatementKind.Mixed;
        }

        /// <summary>A complement that opens with a quote ends with it ("replied, \"No,\" smiled and …").</summary>
        private int QuoteRunEnd(int content, int se)
        {
            if (content >= se || content == 0 || !t.InQuote(content) || t.Tokens[content].Start != t.Quotes[t.QuoteOf[content]].Open) return se;
            if (!(t.IsComma(content - 1) || t.IsPunct(content - 1, ':'))) return se;
            int q = t.QuoteOf[content];
            int j = content;
            while (j < se && t.QuoteOf[j] == q)
            {
                j++;
                // A quote left open and taken up by the next opening mark runs on ("…mailings. \"For example …").
                if (j < se && t.QuoteOf[j] == q + 1 && !t.Quotes[q].Closed) q++;
            }
            int k = j;
            while (k < se && t.Tokens[k].Kind == TokenKind.Punct && !t.InQuote(k)) k++;
            return k >= se ? se : j;
        }

        /// <summary>"X, APPOSITIVE, said": the first comma-delimited segment of the sentence that is a speaker's noun phrase.</summary>
        private (int Start, int End)? AppositiveSubject(int floor, int cue)
        {
            int j = cue - 1;
            while (j >= floor && j > cue - 6 && t.IsWord(j) && !t.InQuote(j) && (t.IsIn(j, WordClass.Auxiliary) || IsLyAdverb(j))) j--;
            if (j <= floor) return null;
            bool comma = t.IsComma(j) || (t.IsQuoteClose(j) && j > floor && t.IsComma(j - 1));
            if (!comma) return null;
            if (j - floor > Window) return null;
            int segStart = floor;
            int segments = 0;
            for (int p = floor; p <= j && segments < 5; p++)
            {
                if (t.InQuote(p))
                {
                    if (t.IsQuoteClose(p)) segStart = p + 1;
                    continue;
                }
                if (!t.IsComma(p)) continue;
                segments++;
                int s0 = segStart;
                segStart = p + 1;
                if (p - s0 < 1 || p - s0 > MaxNounPhraseTokens) continue;
                if (!t.IsWord(s0) || IsPreposition(s0) || IsParticiple(s0) || t.IsIn(s0, WordClass.Connective)
                    || t.Word(s0).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || t.Word(s0).EndsWith("ed", StringComparison.Ordinal)) continue;
                int np = ForwardNounPhrase(s0, p, lenient: true);
                if (np == p && IsSpeakerLike(s0, np) && IsNameLike(s0, np)) return (s0, np);
            }
            return null;
        }

        /// <summary>True when the phrase holds a capitalised name or a group ("Officials"), not only a description.</summary>
        private bool IsNameLike(int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (t.IsWord(i) && (t.IsCapitalized(i) && !t.Is(i, "the") && !t.Is(i, "a") || t.IsIn(i, WordClass.GroupNoun))) return true;
            }
            return end - start == 1 && t.IsPronoun(start);
        }

        /// <summary>"Tory leader Michael Howard who said …": the noun phrase before a relative pronoun.</summary>
        private (int Start, int End)? RelativeSubject(int cue, int floor)
        {
            int j = cue - 1;
            while (j >= floor && j > cue - 6 && t.IsWord(j) && !t.InQuote(j) && (t.IsIn(j, WordClass.Auxiliary) || IsLyAdverb(j))) j--;
            if (j <= floor || !(t.Is(j, "who") || t.Is(j, "which"))) return null;
            int k = j;
            if (k - 1 > floor && t.IsComma(k - 1)) k--;
            int start = BackwardNounPhrase(k, floor, out int end);
            return start < end && IsSpeakerLike(start, end) ? (start, end) : null;
        }

        private bool IsDashToken(int i) =>
            t.Tokens[i].Kind == TokenKind.Punct && _s[t.Tokens[i].Start] is '\u2014' or '\u2013'
            || t.IsPunct(i, '-') && i + 1 < t.Tokens.Count && t.IsPunct(i + 1, '-');

        private bool IsParticiple(int k) =>
            t.IsWord(k) && !t.IsCapitalized(k) && t.Tokens[k].Length > 4 && t.Word(k).EndsWith("ing", StringComparison.Ordinal);

        private bool IsLyAdverb(int k) =>
            t.IsWord(k) && !t.IsCapitalized(k) && t.Tokens[k].Length >= 5 && t.Word(k).EndsWith("ly", StringComparison.Ordinal) && !t.IsIn(k, WordClass.NotAdverb);

        /// <summary>Where the reported clause starts after a pre-posed cue, or -1 when there is none.</summary>
        private int ComplementStart(int k, int se, bool recipient)
        {
            if (k >= se) return -1;
            if (t.Is(k, "to") || t.IsPunct(k, '.')) return -1;
            if (t.IsPunct(k, ':') || (t.IsComma(k) && k + 1 < se && t.InQuote(k + 1))) return k + 1;
            if (t.InQuote(k)) return k;
            k = SkipTimeAdverbial(k, se);
            if (k >= se) return -1;
            if (t.Is(k, "that")) return k + 1;
            if (recipient && k + 1 < se && t.IsWord(k) && !t.InQuote(k + 1) && (t.IsCapitalized(k) || t.Word(k).EndsWith('s'))
                && (t.Is(k + 1, "the") || t.Is(k + 1, "a") || t.Is(k + 1, "his") || t.Is(k + 1, "her") || t.Is(k + 1, "its") || t.Is(k + 1, "their")
                    || !t.IsCapitalized(k) && t.IsCapitalized(k + 1) && !t.IsClosedClass(k + 1) && !IsWeekday(k + 1)))
            {
                // "told reporters the talks were useful", "told Reuters Russia was ready": a one-word hearer, then the clause.
                return k + 1;
            }
            if (recipient || IsPreposition(k) || t.IsComma(k) || IsDashToken(k))
            {
                for (int j = k; j < Math.Min(se, k + 16); j++)
                {
                    if (IsDashToken(j))
                    {
                        // A parenthetical between dashes ("-- as he had told … --") is skipped whole.
                        int d = j + 2;
                        while (d < se && !IsDashToken(d)) d++;
                        if (d >= se) return -1;
                        j = t.IsPunct(d, '-') ? d + 1 : d;
                        continue;
                    }
                    if (t.InQuote(j)) return j > k && (t.IsComma(j - 1) || t.IsPunct(j - 1, ':')) ? j : -1;
                    if (t.Is(j, "that")) return j + 1;
                    if (t.IsPunct(j, ':')) return j + 1;
                    if (t.IsPunct(j, '.')) return -1;
                    if (recipient && j > k && t.IsWord(j) && t.IsIn(j, WordClass.SubjectPronoun) && !t.IsCapitalized(j) && !IsPreposition(j - 1)) return j;
                }
                return -1;
            }
            if (t.Tokens[k].Kind == TokenKind.Punct) return -1;
            return k;
        }

        private int SkipTimeAdverbial(int k, int se)
        {
            if (k < se && (t.Is(k, "yesterday") || t.Is(k, "today") || t.Is(k, "tonight") || IsWeekday(k))) return k + 1;
            if (k + 1 < se && (t.Is(k, "on") || t.Is(k, "last") || t.Is(k, "this") || t.Is(k, "earlier") || t.Is(k, "late")))
            {
                if (IsWeekday(k + 1) || t.Is(k + 1, "week") || t.Is(k + 1, "month") || t.Is(k + 1, "year") || t.Is(k + 1, "night")) return k + 2;
                if (Months.Parse(t.Word(k + 1)) != 0 && k + 2 < se && t.Tokens[k + 2].Kind == TokenKind.Number) return k + 3;
            }
            return k;
        }

        private bool IsWeekday(int k) =>
            t.IsWord(k) && t.Word(k) is var w && (w.EndsWith("day", StringComparison.Ordinal) && char.IsUpper(w[0]) && w.Length is >= 6 and <= 9);

        private bool IsPreposition(int k) => t.IsWord(k) && t.IsIn(k, WordClass.Preposition);

        /// <summary>Walks back from a cue over a speaker's noun phrase; returns its first token, and its end in <paramref name="npEnd"/>.</summary>
        private int BackwardNounPhrase(int cue, int floor, out int npEnd)
        {
            int j = cue - 1;
            while (j >= floor && j > cue - 6 && t.IsWord(j) && !t.InQuote(j) && (t.IsIn(j, WordClass.Auxiliary) || IsLyAdverb(j) && j - 1 >= floor && (t.IsCapitalized(j - 1) || t.IsPronoun(j - 1) || t.IsIn(j - 1, WordClass.Auxiliary)))) j--;
            npEnd = j + 1;
            if (j >= floor && t.IsPronoun(j) && !t.InQuote(j)) return j;
            int count = 0;
            while (j >= floor && count < MaxNounPhraseTokens && !t.InQuote(j))
            {
                var tok = t.Tokens[j];
                if (tok.Kind == TokenKind.Punct)
                {
                    char c = _s[tok.Start];
                    bool abbreviation = c == '.' && j - 1 >= floor && t.IsWord(j - 1) && t.IsCapitalized(j - 1) && t.Tokens[j - 1].Length <= 4 && j + 1 < npEnd;
                    bool possessive = Chars.IsApostrophe(c) && j + 1 < npEnd && t.Is(j + 1, "s");
                    bool hyphen = Chars.IsHyphen(c) && j + 1 < npEnd && j - 1 >= floor && t.IsWord(j - 1);
                    // "O'Connor", "D'Alema": an apostrophe inside a surname.
                    bool inName = Chars.IsApostrophe(c) && j + 1 < npEnd && t.IsCapitalized(j + 1) && j - 1 >= floor && t.IsCapitalized(j - 1) && t.Tokens[j - 1].Length == 1;
                    if (!(abbreviation || possessive || hyphen || inName)) break;
                }
                else if (tok.Kind == TokenKind.Word)
                {
                    bool possessiveS = t.Is(j, "s") && j - 1 >= floor && Chars.IsApostrophe(_s[t.Tokens[j - 1].Start]);
                    if (!possessiveS)
                    {
                        if (t.IsCapitalized(j))
                        {
                            if (t.IsClosedClass(j) && !t.Is(j, "the")) break;
                            // "on Thursday Ms Lind said": a day name is not part of the speaker.
                            if (IsWeekday(j) && j + 1 < npEnd) break;
                        }
                        else if (!t.IsIn(j, WordClass.NounPhraseWord))
                        {
                            // "Ambassador to Oslo Maria Keller", "the UN in Geneva": a place inside a title.
                            bool inner = (t.Is(j, "to") || t.Is(j, "in") || t.Is(j, "at")) && j + 1 < npEnd && t.IsCapitalized(j + 1)
                                && j - 1 >= floor && t.IsWord(j - 1) && (t.IsCapitalized(j - 1) || t.IsIn(j - 1, WordClass.NounPhraseWord));
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
            if (start < npEnd && j >= floor && t.IsWord(npEnd - 1) && t.IsIn(npEnd - 1, WordClass.GroupNoun))
            {
                // "trade union officials", "foreign ministry sources": lower-case modifiers of a group noun.
                int x = j, n = 0;
                while (x >= floor && n < 3 && t.IsWord(x) && !t.InQuote(x) && !t.IsCapitalized(x) && !t.IsClosedClass(x) && !IsPreposition(x) && !t.IsIn(x, WordClass.Auxiliary))
                {
                    x--;
                    n++;
                }
                if (n > 0 && (x < floor || t.IsComma(x) || t.IsQuoteClose(x))) start = x + 1;
                else if (n > 0 && x == floor && t.IsWord(x) && t.IsClosedClass(x)) start = x;
            }
            while (start < npEnd && (t.Is(start, "and") || t.Is(start, "of") || t.Is(start, "for") || t.Is(start, "to") || t.Is(start, "in") || t.Is(start, "at") || t.Tokens[start].Kind == TokenKind.Punct)) start++;
            return start;
        }

        /// <summary>Walks forward over a noun phrase ("according to the president", "said Jonas Weber, …"); returns its end.</summary>
        private int ForwardNounPhrase(int k, int limit, bool lenient)
        {
            int j = k;
            int count = 0;
            while (j < limit && count < MaxNounPhraseTokens && !t.InQuote(j))
            {
                var tok = t.Tokens[j];
                if (tok.Kind == TokenKind.Word && KnownUnitEnd(j, limit) is int dEnd && dEnd > j + 1)
                {
                    // A known multi-word description or title ("head of state", "Secretary of State") is one unit.
                    count += dEnd - j;
                    j = dEnd;
                    continue;
                }
                if (tok.Kind == TokenKind.Punct)
                {
                    char c = _s[tok.Start];
                    bool abbreviation = c == '.' && j > k && t.IsCapitalized(j - 1) && t.Tokens[j - 1].Length <= 4 && j + 1 < limit && t.IsWord(j + 1);
                    bool possessive = Chars.IsApostrophe(c) && j + 1 < limit && t.Is(j + 1, "s");
                    bool hyphen = Chars.IsHyphen(c) && j > k && j + 1 < limit && t.IsWord(j + 1) && Chars.IsSpace(_s[tok.Start - 1]) == false;
                    if (!(abbreviation || possessive || hyphen)) break;
                }
                else if (tok.Kind == TokenKind.Word)
                {
                    bool possessiveS = t.Is(j, "s") && j > k && Chars.IsApostrophe(_s[t.Tokens[j - 1].Start]);
                    if (!possessiveS && !t.IsCapitalized(j) && !t.Is(j, "the") && !t.Is(j, "a") && !t.Is(j, "and"))
                    {
                        bool inner = (t.Is(j, "of") || t.Is(j, "to")) && j > k && j + 1 < limit && t.IsCapitalized(j - 1) && t.IsCapitalized(j + 1);
                        if (!inner && (lenient ? t.IsClosedClass(j) || t.IsIn(j, WordClass.Preposition) || t.IsPronoun(j) : !t.IsIn(j, WordClass.NounPhraseWord))) break;
                    }
                    else if (t.IsCapitalized(j) && t.IsClosedClass(j) && j > k)
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
            while (j > k && (t.Is(j - 1, "and") || t.Is(j - 1, "the") || t.Is(j - 1, "of") || t.Tokens[j - 1].Kind == TokenKind.Punct)) j--;
            return j;
        }

        /// <summary>True when the one-token description at <paramref name="i"/> names a document ("statement"), which stands for its author.</summary>
        private bool IsDocument(int i) =>
            t.IsIn(i, WordClass.DescriptionStart) && _k.Descriptions.TryMatch(_s, t.Tokens, i, i + 1, out var d, out _) && d.Kind is null;

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
            if (end - start == 1 && t.IsPronoun(start)) return true;
            for (int i = start; i < end; i++)
            {
                if (t.IsWord(i) && t.IsCapitalized(i) && !t.IsClosedClass(i)) return true;
                if (t.IsWord(i) && t.IsIn(i, WordClass.GroupNoun)) return true;
                if (t.IsWord(i) && t.IsIn(i, WordClass.DescriptionStart) && _k.Descriptions.TryMatch(_s, t.Tokens, i, end, out _, out int dEnd) && dEnd == end) return true;
            }
            return false;
        }

        private bool HasWords(int start, int end)
        {
            int words = 0;
            for (int i = start; i < end; i++)
            {
                // A headline verb with a bare object ("Minister backs rail plan") is not a report of speech.
                if (t.Tokens[i].Kind != TokenKind.Punct && ++words >= (t.Block.Where == StatementLocation.Headline ? 3 : 2)) return true;
                if (t.InQuote(i)) return true;
            }
            return false;
        }

        private TextSpan SpanOf(int start, int end) => TextSpan.FromBounds(t.Tokens[start].Start, t.Tokens[end - 1].End);

        /// <summary>True for a name or term in quotes rather than words said: "so-called \"X\"", or a quoted capitalised name.</summary>
        private bool IsNamingQuote(Quote quote)
        {
            int first = t.FirstTokenAt(quote.Open);
            if (first > 0 && t.IsWord(first - 1) && t.IsIn(first - 1, WordClass.Naming)) return true;
            if (first > 1 && t.IsPunct(first - 1, '-') && t.Is(first - 2, "called")) return true;
            int words = 0;
            for (int i = first + 1; i < t.Tokens.Count && t.Tokens[i].Start < quote.ContentEnd; i++)
            {
                if (!t.IsWord(i)) continue;
                if (!t.IsCapitalized(i) || ++words > 3) return false;
            }
            return words > 0;
        }

        /// <summary>Sets the statement's text from tokens [start, end): direct when it is all quotes, mixed when it holds one, else indirect.</summary>
        private bool SetContent(StatementDraft draft, int start, int end)
        {
            while (start < end && (t.Is(start, "that") || (t.Tokens[start].Kind == TokenKind.Punct && !t.InQuote(start)))) start++;
            // "But \"…\"" and "And the only means …": a leading conjunction is the reporter's, not the speaker's.
            if (start + 1 < end && t.IsWord(start) && !t.InQuote(start) && (t.Is(start, "but") || t.Is(start, "and"))) start++;
            while (end > start && t.Tokens[end - 1].Kind == TokenKind.Punct && !t.InQuote(end - 1)) end--;
            if (end <= start) return false;
            int cs = t.Tokens[start].Start, ce = t.Tokens[end - 1].End;
            if (t.QuoteOf[end - 1] >= 0) ce = Math.Max(ce, t.Quotes[t.QuoteOf[end - 1]].End);
            bool allQuoted = true;
            bool anyQuoted = false;
            for (int i = start; i < end; i++)
            {
                if (t.InQuote(i))
                {
                    if (!anyQuoted && !IsNamingQuote(t.Quotes[t.QuoteOf[i]])) anyQuoted = true;
                }
                else if (t.Tokens[i].Kind != TokenKind.Punct) allQuoted = false;
            }
            draft.Pieces.Clear();
            if (allQuoted && t.InQuote(start))
            {
                draft.Kind = StatementKind.Direct;
                // Only the quotes opening inside the statement: scanning all of them made a paragraph of many quotes quadratic.
                for (int q = t.FirstQuoteAt(cs); q < t.Quotes.Count && t.Quotes[q].Open < ce; q++)
                {
                    var quote = t.Quotes[q];
                    AddPiece(draft, quote.ContentStart, quote.ContentEnd);
                    draft.OpenAtEnd = !quote.Closed;
                }
                return draft.Pieces.Count > 0;
            }
            draft.Kind = anyQuoted ? StatementKind.Mixed : StatementKind.Indirect;
            int from = cs;
            for (int q = t.FirstQuoteAt(cs); q < t.Quotes.Count && t.Quotes[q].Open < ce; q++)
            {
                var quote = t.Quotes[q];
                AddPiece(draft, from, quote.Open);
                AddPiece(draft, quote.ContentStart, quote.ContentEnd);
                from = quote.Closed ? quote.Close + 1 : quote.Close;
                draft.OpenAtEnd = !quote.Closed;
            }
            AddPiece(draft, from, ce);
            return draft.Pieces.Count > 0;
        }

        private void AddPiece(StatementDraft draft, int start, int end)
        {
            end = Math.Min(end, t.Block.End);
            start = Chars.TrimStart(_s, start, end);
            end = Chars.TrimEnd(_s, start, end);
            while (end > start && _s[end - 1] is ',' or ';' or ':') end = Chars.TrimEnd(_s, start, end - 1);
            if (end > start) draft.Pieces.Add(TextSpan.FromBounds(start, end));
        }

        /// <summary>True when the sentence's words are all inside quotes; returns the quoted pieces.</summary>
        private bool IsPureQuote(int ss, int se, out List<TextSpan> pieces, out bool open)
        {
            pieces = [];
            open = false;
            bool any = false;
            for (int i = ss; i < se; i++)
            {
                if (t.InQuote(i)) any = true;
                else if (t.Tokens[i].Kind != TokenKind.Punct) return false;
            }
            if (!any) return false;
            var probe = new StatementDraft { Block = t.Block };
            int cs = t.Tokens[ss].Start, ce = t.Tokens[se - 1].End;
            for (int q = t.FirstQuoteAt(cs); q < t.Quotes.Count && t.Quotes[q].Open < ce; q++)
            {
                var quote = t.Quotes[q];
                AddPiece(probe, quote.ContentStart, quote.ContentEnd);
                open = !quote.Closed;
            }
            pieces = probe.Pieces;
            return pieces.Count > 0;
        }
    }
}
