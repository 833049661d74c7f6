using NewsModel.Knowledge;
using NewsModel.Model;

namespace NewsModel.Parsing.Internal;

/// <summary>
/// Third stage: finds who said what in each block. For each speech cue outside quotes it tries, in order,
/// "according to X", the pre-posed "X said (that) …", the post-posed "…, X said" and the inverted "…, said X";
/// then quotes with no cue of their own continue the statement before them (split and follow-on quotes,
/// quotes running over several paragraphs). Headlines also read "CLAIM — SOURCE".
/// </summary>
internal static class AttributionStage
{
    private const int MaxNounPhraseTokens = 14;

    public static void Run(ParseContext ctx)
    {
        StatementDraft? last = null;
        int lastBody = -10;
        foreach (var block in ctx.Blocks)
        {
            var text = new BlockText(ctx, block);
            var reader = new Reader(ctx, text);
            // The statement before may continue into this paragraph when its quote was left open.
            var carry = last is { OpenAtEnd: true } && text.Quotes.Count > 0 && text.Quotes[0].Open == text.Block.Start ? last : null;
            if (block.Where == StatementLocation.Body && block.ParagraphIndex - lastBody > 2) last = null;
            reader.Read(ref last, carry);
            if (last is not null && last.Block == block) lastBody = block.ParagraphIndex;
            if (block.Where == StatementLocation.Headline && !reader.Found) reader.ReadHeadlineDash();
        }
    }

    private sealed class Reader(ParseContext ctx, BlockText t)
    {
        private readonly CompiledKnowledge _k = ctx.Knowledge;
        private readonly string _s = ctx.Source;

        public bool Found { get; private set; }

        public void Read(ref StatementDraft? last, StatementDraft? carry)
        {
            int previousSentenceEnd = -1;
            foreach (var (ss, se) in t.Sentences)
            {
                bool any = false;
                int consumed = ss;
                for (int i = ss; i < se; i++)
                {
                    if (i < consumed || t.InQuote(i) || !t.IsWord(i)) continue;
                    if (!TryCue(i, se, out var cueText, out int cueEnd)) continue;
                    var draft = TryAttribute(ss, se, ref consumed, i, cueEnd, cueText);
                    if (draft is null) continue;
                    if (carry is not null && draft.Kind == StatementKind.Direct && draft.Pieces.Count > 0 && t.Quotes.Count > 0 && draft.Pieces[0].Start == t.Quotes[0].ContentStart)
                    {
                        // The quote continues the one left open in the paragraph before.
                        carry.Pieces.AddRange(draft.Pieces);
                        carry.OpenAtEnd = draft.OpenAtEnd;
                        carry.SpeakerSpan ??= draft.SpeakerSpan;
                        last = carry;
                    }
                    else
                    {
                        Add(draft);
                        last = draft;
                    }
                    carry = null;
                    any = true;
                    i = consumed - 1;
                }
                if (!any && IsPureQuote(ss, se, out var pieces, out bool open))
                {
                    var target = carry ?? (last is not null && last.Block == t.Block && last.Kind != StatementKind.Indirect && previousSentenceEnd == ss ? last : null);
                    if (target is not null)
                    {
                        target.Pieces.AddRange(pieces);
                        target.OpenAtEnd = open;
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

        private void Add(StatementDraft draft)
        {
            ctx.Statements.Add(draft);
            Found = true;
        }

        /// <summary>"CLAIM — SOURCE" and "CLAIM - SOURCE" headlines.</summary>
        public void ReadHeadlineDash()
        {
            var tokens = t.Tokens;
            for (int i = tokens.Count - 2; i > 0; i--)
            {
                var tok = tokens[i];
                if (tok.Kind != TokenKind.Punct || !Text.IsDash(_s[tok.Start]) || t.InQuote(i)) continue;
                if (!(tok.Start > 0 && Text.IsSpace(_s[tok.Start - 1]) && tok.End < _s.Length && Text.IsSpace(_s[tok.End]))) continue;
                int npEnd = ForwardNounPhrase(i + 1, tokens.Count, lenient: false);
                if (npEnd == i + 1 || !IsSpeakerLike(i + 1, npEnd)) return;
                var draft = new StatementDraft { Block = t.Block, Kind = StatementKind.Indirect, Cue = new TextSpan(tok.Start, tok.Length), CueText = _s.Substring(tok.Start, tok.Length) };
                draft.SpeakerSpan = TextSpan.FromBounds(tokens[i + 1].Start, tokens[npEnd - 1].End);
                if (!SetContent(draft, 0, i)) return;
                Add(draft);
                return;
            }
        }

        private bool TryCue(int i, int se, out string cueText, out int cueEnd)
        {
            cueText = "";
            cueEnd = i;
            if (t.Is(i, "according") && i + 1 < se && t.Is(i + 1, "to"))
            {
                cueText = "according to";
                cueEnd = i + 2;
                return true;
            }
            if (!_k.Cues.TryMatch(_s, t.Tokens, i, se, out CueEntry _, out cueEnd)) return false;
            cueText = _s[t.Tokens[i].Start..t.Tokens[cueEnd - 1].End];
            return true;
        }

        private StatementDraft? TryAttribute(int ss, int se, ref int consumed, int c0, int c1, string cueText)
        {
            var cueSpan = TextSpan.FromBounds(t.Tokens[c0].Start, t.Tokens[c1 - 1].End);
            var draft = new StatementDraft { Block = t.Block, Cue = cueSpan, CueText = cueText };
            if (cueText == "according to")
            {
                int npEnd = ForwardNounPhrase(c1, se, lenient: true);
                if (npEnd == c1 || !IsSpeakerLike(c1, npEnd)) return null;
                draft.SpeakerSpan = SpanOf(c1, npEnd);
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

            bool recipient = _k.Cues.TryMatch(_s, t.Tokens, c0, se, out CueEntry entry, out _) && entry.Options.HasFlag(CueOptions.Recipient);
            int npStart = BackwardNounPhrase(c0, consumed, out int npEndBack);
            bool hasSubject = npStart < npEndBack && IsSpeakerLike(npStart, npEndBack);
            if (hasSubject)
            {
                int content = ComplementStart(c1, se, recipient);
                if (content >= 0 && content < se && HasWords(content, se))
                {
                    draft.SpeakerSpan = SpanOf(npStart, npEndBack);
                    if (!SetContent(draft, content, se)) return null;
                    consumed = se;
                    return draft;
                }
                // "…, X said" / "\"…,\" X said"
                int before = npStart - 1;
                if (before > consumed && (t.IsComma(before) || t.IsQuoteClose(before) || IsDashToken(before)))
                {
                    int contentEnd = t.IsComma(before) || IsDashToken(before) ? before : before + 1;
                    draft.SpeakerSpan = SpanOf(npStart, npEndBack);
                    if (!SetContent(draft, consumed, contentEnd)) return null;
                    consumed = se;
                    return draft;
                }
            }
            // "…, said X"
            int prev = c0 - 1;
            if (prev > consumed && (t.IsComma(prev) || t.IsQuoteClose(prev)) && c1 < se)
            {
                int npEnd = ForwardNounPhrase(c1, se, lenient: true);
                if (npEnd > c1 && IsSpeakerLike(c1, npEnd) && !t.IsPronoun(c1) || npEnd == c1 + 1 && t.IsPronoun(c1))
                {
                    draft.SpeakerSpan = SpanOf(c1, npEnd);
                    if (!SetContent(draft, consumed, t.IsComma(prev) ? prev : prev + 1)) return null;
                    consumed = se;
                    return draft;
                }
            }
            return null;
        }

        private bool IsDashToken(int i) =>
            t.Tokens[i].Kind == TokenKind.Punct && _s[t.Tokens[i].Start] is '\u2014' or '\u2013';

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
            if (recipient || IsPreposition(k))
            {
                for (int j = k; j < Math.Min(se, k + 12); j++)
                {
                    if (t.InQuote(j)) return -1;
                    if (t.Is(j, "that")) return j + 1;
                    if (t.IsPunct(j, ':')) return j + 1;
                    if (t.IsPunct(j, '.')) return -1;
                }
                return -1;
            }
            if (t.IsComma(k) || t.Tokens[k].Kind == TokenKind.Punct) return -1;
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

        private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
        {
            "in", "on", "at", "during", "after", "before", "with", "for", "of", "by", "from", "through", "via", "about", "while",
            "when", "as", "ahead", "following", "amid", "without", "under", "over", "earlier", "later", "late", "again", "repeatedly",
        };

        private bool IsPreposition(int k) => t.IsWord(k) && Prepositions.Contains(t.Word(k).ToString());

        /// <summary>Walks back from a cue over a speaker's noun phrase; returns its first token, and its end in <paramref name="npEnd"/>.</summary>
        private int BackwardNounPhrase(int cue, int floor, out int npEnd)
        {
            int j = cue - 1;
            while (j >= floor && t.IsWord(j) && !t.InQuote(j) && _k.IsAuxiliary(t.Word(j))) j--;
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
                    bool possessive = Text.IsApostrophe(c) && j + 1 < npEnd && t.Is(j + 1, "s");
                    bool hyphen = Text.IsHyphen(c) && j + 1 < npEnd && j - 1 >= floor && t.IsWord(j - 1);
                    if (!(abbreviation || possessive || hyphen)) break;
                }
                else if (tok.Kind == TokenKind.Word)
                {
                    bool possessiveS = t.Is(j, "s") && j - 1 >= floor && Text.IsApostrophe(_s[t.Tokens[j - 1].Start]);
                    if (!possessiveS)
                    {
                        if (t.IsCapitalized(j))
                        {
                            if (t.IsClosedClass(j) && !t.Is(j, "the")) break;
                        }
                        else if (!_k.IsNounPhraseWord(t.Word(j)))
                        {
                            break;
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
            while (start < npEnd && (t.Is(start, "and") || t.Is(start, "of") || t.Is(start, "for") || t.Tokens[start].Kind == TokenKind.Punct)) start++;
            return start;
        }

        /// <summary>Walks forward over a noun phrase ("according to the president", "said Paul Laxalt, …"); returns its end.</summary>
        private int ForwardNounPhrase(int k, int limit, bool lenient)
        {
            int j = k;
            int count = 0;
            while (j < limit && count < MaxNounPhraseTokens && !t.InQuote(j))
            {
                var tok = t.Tokens[j];
                if (tok.Kind == TokenKind.Punct)
                {
                    char c = _s[tok.Start];
                    bool abbreviation = c == '.' && j > k && t.IsCapitalized(j - 1) && t.Tokens[j - 1].Length <= 4 && j + 1 < limit && t.IsWord(j + 1);
                    bool possessive = Text.IsApostrophe(c) && j + 1 < limit && t.Is(j + 1, "s");
                    bool hyphen = Text.IsHyphen(c) && j > k && j + 1 < limit && t.IsWord(j + 1) && Text.IsSpace(_s[tok.Start - 1]) == false;
                    if (!(abbreviation || possessive || hyphen)) break;
                }
                else if (tok.Kind == TokenKind.Word)
                {
                    bool possessiveS = t.Is(j, "s") && j > k && Text.IsApostrophe(_s[t.Tokens[j - 1].Start]);
                    if (!possessiveS && !t.IsCapitalized(j) && !t.Is(j, "the") && !t.Is(j, "a") && !t.Is(j, "and"))
                    {
                        if (lenient ? t.IsClosedClass(j) || Prepositions.Contains(t.Word(j).ToString()) : !_k.IsNounPhraseWord(t.Word(j))) break;
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

        /// <summary>A noun phrase can name a speaker: a pronoun, a capitalised name, or a known description or group.</summary>
        private bool IsSpeakerLike(int start, int end)
        {
            if (end - start == 1 && t.IsPronoun(start)) return !t.Is(start, "it") || true;
            for (int i = start; i < end; i++)
            {
                if (t.IsWord(i) && t.IsCapitalized(i) && !t.IsClosedClass(i)) return true;
                if (t.IsWord(i) && _k.IsGroupNoun(t.Word(i))) return true;
                if (t.IsWord(i) && _k.Descriptions.TryMatch(_s, t.Tokens, i, end, out _, out int dEnd) && dEnd == end) return true;
            }
            return false;
        }

        private bool HasWords(int start, int end)
        {
            int words = 0;
            for (int i = start; i < end; i++)
            {
                if (t.Tokens[i].Kind != TokenKind.Punct && ++words >= 2) return true;
                if (t.InQuote(i)) return true;
            }
            return false;
        }

        private TextSpan SpanOf(int start, int end) => TextSpan.FromBounds(t.Tokens[start].Start, t.Tokens[end - 1].End);

        /// <summary>Sets the statement's text from tokens [start, end): direct when it is all quotes, mixed when it holds one, else indirect.</summary>
        private bool SetContent(StatementDraft draft, int start, int end)
        {
            while (start < end && (t.Is(start, "that") || (t.Tokens[start].Kind == TokenKind.Punct && !t.InQuote(start)))) start++;
            while (end > start && t.Tokens[end - 1].Kind == TokenKind.Punct && !t.InQuote(end - 1)) end--;
            if (end <= start) return false;
            int cs = t.Tokens[start].Start, ce = t.Tokens[end - 1].End;
            if (t.QuoteOf[end - 1] >= 0) ce = Math.Max(ce, t.Quotes[t.QuoteOf[end - 1]].End);
            bool allQuoted = true;
            bool anyQuoted = false;
            for (int i = start; i < end; i++)
            {
                if (t.InQuote(i)) anyQuoted = true;
                else if (t.Tokens[i].Kind != TokenKind.Punct) allQuoted = false;
            }
            if (allQuoted && anyQuoted)
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
            start = Text.TrimStart(_s, start, end);
            end = Text.TrimEnd(_s, start, end);
            while (end > start && _s[end - 1] is ',' or ';' or ':') end = Text.TrimEnd(_s, start, end - 1);
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
