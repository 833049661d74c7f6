using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    /// <summary>Sets the statement's text from tokens [start, end): direct when it is all quotes, mixed when it holds one, else indirect.</summary>
    private bool SetContent(StatementDraft draft, int start, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        while (start < end && (Spells(tokens[start], "that") || (IsClausePunct(tokens[start]) && !(quoteOf[start] >= 0)))) start++;
        // "But \"…\"" and "And the only means …": a leading conjunction is the reporter's, not the speaker's.
        if (start + 1 < end && IsWord(tokens[start]) && !(quoteOf[start] >= 0) && (Spells(tokens[start], "but") || Spells(tokens[start], "and"))) start++;
        while (end > start && IsClausePunct(tokens[end - 1]) && !(quoteOf[end - 1] >= 0)) end--;
        if (end <= start) return false;
        // The block's quotes as a span, and the first quote opening at or after the words' start searched once: the
        // test below and the pieces' loop both start there.
        var quotes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Quotes);
        int cs = tokens[start].Start, ce = tokens[end - 1].End;
        if (quoteOf[end - 1] >= 0) ce = Math.Max(ce, quotes[quoteOf[end - 1]].End);
        int firstQuote = quotes.Length == 0 ? 0 : t.FirstQuoteAt(cs);
        bool allQuoted = true;
        bool anyQuoted = false;
        // Most reported speech holds no quote: a token inside one either stands in a quote the first token is in, or
        // follows a quote's opening inside the statement, and without either the walk over the tokens is skipped.
        if (quoteOf[start] >= 0 || firstQuote < quotes.Length && quotes[firstQuote].Open < ce)
        {
            var quoteRun = quoteOf.AsSpan(start, end - start);
            var tokenRun = tokens.Slice(start, end - start);
            // Each flag only ever turns one way: once both have, the rest of the tokens cannot change them.
            for (int k = 0; k < quoteRun.Length && (allQuoted || !anyQuoted); k++)
            {
                int q = quoteRun[k];
                if (q >= 0)
                {
                    // A quote's tokens are side by side: where the token before is in none or another, this is the
                    // quote's first token, which the naming test would otherwise search for.
                    if (!anyQuoted && !IsNamingQuote(quotes[q], start + k == 0 || quoteOf[start + k - 1] != q ? start + k : t.FirstTokenAt(quotes[q].Open))) anyQuoted = true;
                    // The quote's other tokens would answer the same: passed by one search, its naming test asked once.
                    int run = quoteRun[(k + 1)..].IndexOfAnyExcept(q);
                    k = run < 0 ? quoteRun.Length - 1 : k + run;
                }
                else if (tokenRun[k].Kind != TokenKind.Punct) allQuoted = false;
            }
        }
        else
        {
            allQuoted = false;
        }
        draft.Pieces.Clear();
        if (allQuoted && (quoteOf[start] >= 0))
        {
            draft.Kind = StatementKind.Direct;
            // Only the quotes opening inside the statement: scanning all of them made a paragraph of many quotes quadratic.
            for (int q = firstQuote; q < quotes.Length && quotes[q].Open < ce; q++)
            {
                ref readonly var quote = ref quotes[q];
                AddPiece(draft, quote.ContentStart, quote.ContentEnd);
                draft.OpenAtEnd = !quote.Closed;
            }
            return draft.Pieces.Count > 0;
        }
        draft.Kind = anyQuoted ? StatementKind.Mixed : StatementKind.Indirect;
        int from = cs;
        for (int q = firstQuote; q < quotes.Length && quotes[q].Open < ce; q++)
        {
            ref readonly var quote = ref quotes[q];
            AddPiece(draft, from, quote.Open);
            AddPiece(draft, quote.ContentStart, quote.ContentEnd);
            from = quote.End;
            draft.OpenAtEnd = !quote.Closed;
        }
        AddPiece(draft, from, ce);
        return draft.Pieces.Count > 0;
    }

    /// <summary>
    /// True for punctuation that separates a statement from the words around it (stops, commas, dashes, quote marks),
    /// not for signs that belong to the words ("2.1%", "(naturally)", "$40").
    /// </summary>
    /// <remarks>Inlined: asked at both ends of every statement's words, where its first test, a word, answers.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsClausePunct(in Token token) =>
        token.Kind == TokenKind.Punct && _s[token.Start] is not ('%' or ')' or ']' or '$' or '(' or '[' or '#' or '&');

    private void AddPiece(StatementDraft draft, int start, int end) => AddPiece(ref draft.Pieces, start, end);

    private void AddPiece(ref PieceList pieces, int start, int end)
    {
        end = Math.Min(end, t.Block.End);
        // Most pieces start and end at a word or a mark: the trims are called only at a space.
        if (start < end && Chars.IsSpace(_s[start])) start = Chars.TrimStart(_s, start, end);
        if (end > start && Chars.IsSpace(_s[end - 1])) end = Chars.TrimEnd(_s, start, end);
        while (end > start && _s[end - 1] is ',' or ';' or ':') end = Chars.TrimEnd(_s, start, end - 1);
        if (end > start) pieces.Add(TextSpan.FromBounds(start, end));
    }

    /// <summary>
    /// True when the sentence's words are all inside quotes; returns the quoted pieces. <paramref name="lead"/> and
    /// <paramref name="anyQuoted"/> are what <see cref="TryAnswerAfterQuote"/> found of the quotes and marks that open
    /// it: the sentence is all quotes and marks when they reach its end, and its tokens are not read again.
    /// </summary>
    private bool IsPureQuote(int ss, int se, int lead, bool anyQuoted, out PieceList pieces, out bool open)
    {
        pieces = default;
        open = false;
        if (lead < se || !anyQuoted) return false;
        // The pieces gathered in a list of their own, not a draft made only to hold them.
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int cs = tokens[ss].Start, ce = tokens[se - 1].End;
        for (int q = t.FirstQuoteAt(cs); q < t.Quotes.Count && t.Quotes[q].Open < ce; q++)
        {
            var quote = t.Quotes[q];
            AddPiece(ref pieces, quote.ContentStart, quote.ContentEnd);
            open = !quote.Closed;
        }
        return pieces.Count > 0;
    }

    private void PrependContent(StatementDraft draft, int start, int end)
    {
        var probe = new StatementDraft { Block = t.Block };
        if (!SetContent(probe, start, end)) return;
        draft.Pieces.InsertRange(0, probe.Pieces);
        if (probe.Kind != draft.Kind) draft.Kind = StatementKind.Mixed;
    }

    /// <summary>Where the complement starting at <paramref name="content"/> ends: a quote naming what a cue reports ends with itself.</summary>
    private int ComplementEnd(in CueHit cue, int content, int se)
    {
        if ((cue.Options & CueOptions.QuotedComplement) != 0 && content > 0 && content < se && !t.InQuote(content)
            && QuotedComplement(content, se) is var named and >= 0)
        {
            // The object and the quote naming it ("the plan \"a disaster\""), not the rest of the sentence.
            content = named;
        }
        else if ((cue.Options & CueOptions.QuotedComplement) == 0 || content <= 0 || content >= se || !t.InQuote(content)
            || t.IsComma(content - 1) || t.IsPunct(content - 1, ':')) return QuoteRunEnd(content, se);
        int q = t.QuoteOf[content];
        int j = content;
        while (j < se && t.QuoteOf[j] == q) j++;
        return QuotedComplementGoesOn(j, se) ? se : j;
    }

    /// <summary>
    /// True when the words after the quote naming what a cue reports qualify it ("called the plan \"a disaster\" because
    /// …", "\"a child\" who …"): they are said too, up to the end of the sentence.
    /// </summary>
    private bool QuotedComplementGoesOn(int k, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (k < se && IsComma(tokens[k])) k++;
        return k + 1 < se && IsWord(tokens[k]) && !(quoteOf[k] >= 0) && (Spells(tokens[k], "because") || Spells(tokens[k], "who") || Spells(tokens[k], "that") || Spells(tokens[k], "for"));
    }

    /// <summary>
    /// Where reported speech starting at <paramref name="content"/> ends: before ", but" or ";" that opens a clause of
    /// the writer's own ("… it was done without his knowledge, but Mr. Obama was furious").
    /// </summary>
    private int ReportedClauseEnd(int content, int end)
    {
        var quoteOf = t.QuoteOf;
        // The record of this walk: nothing read yet.
        (recordContent, recordTo, recordCount) = (content, content + 1, 0);
        if (content >= end || (quoteOf[content] >= 0)) return end;
        // Every test below is at a comma or a semicolon outside quotes: the tokens are read from a span, and the tokens
        // that are neither a mark nor a word where a second act may start are passed by a loop of their own.
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int j = content + 1, full = -1;
        // The block's cue candidates from the first one after the clause's comma or semicolon asked about (found by a
        // search when one is first asked): a second act with a subject of its own needs a cue outside quotes among the
        // words after the mark, and only a candidate reads one (FindCandidates), so without one in its window
        // OwnSubjectCueAt is not called (386 -> 84 calls on 200 bulk articles, 0.21 -> 0.07 M instructions).
        var candidates = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.CueCandidates);
        int mk = -1;
        for (; ; j++)
        {
            j = NextClauseMark(tokens, _s, j, end - 1);
            if (j + 1 >= end) break;
            if ((quoteOf[j] >= 0)) continue;
            ref readonly var token = ref tokens[j];
            if (token.Kind != TokenKind.Punct)
            {
                // A word where NextSecondaryStart would stop: kept for the second act's search after this walk.
                if (token.Kind == TokenKind.Word && (Spells(token, "and") || Spells(token, "but") || IsComma(tokens[j - 1]) || IsQuoteClose(j - 1)))
                {
                    if (recordCount < RecordedStarts) walks.SecondStarts[recordCount++] = j;
                    else if (full < 0) full = j;
                }
                continue;
            }
            // "…, and six in 10 said …", "…; 26 percent say …": a second act with a subject of its own, read on its own.
            if ((IsComma(token) || IsPunct(token, ';')) && MarkedWithin(candidates, ref mk, j + 2, Math.Min(end, j + 2 + ClauseSearchWindow)) && OwnSubjectCueAt(j + 1, end)) break;
            // "…, while another says …", "…, and he railed against …": the writer's clause, read on its own.
            if (IsComma(token) && (Spells(tokens[j + 1], "while") || Spells(tokens[j + 1], "and") && j + 2 < end && IsPersonalSubject(j + 2))) break;
            if (IsPunct(token, ';') || IsComma(token) && Spells(tokens[j + 1], "but") && j + 2 < end && (IsCapitalized(tokens[j + 2]) || t.IsIn(j + 2, WordClass.Determiner) || t.IsPronoun(j + 2)))
            {
                // ", but he said: …" is a second act of speech, which the reader takes apart itself.
                recordTo = full >= 0 ? full : j;
                return HasCueWithin(j + 1, end) ? end : j;
            }
        }
        recordTo = full >= 0 ? full : j;
        return j + 1 >= end ? end : j;
    }

    /// <summary>
    /// True when one of the block's tokens <paramref name="marked"/> (in order) stands in [<paramref name="from"/>,
    /// <paramref name="to"/>): <paramref name="k"/> is where the last ask left off (-1 before the first, which searches),
    /// and the asks come with <paramref name="from"/> rising, so the marked tokens are passed once.
    /// </summary>
    private static bool MarkedWithin(ReadOnlySpan<int> marked, ref int k, int from, int to)
    {
        if (k < 0)
        {
            k = marked.BinarySearch(from);
            if (k < 0) k = ~k;
        }
        while (k < marked.Length && marked[k] < from) k++;
        return k < marked.Length && marked[k] < to;
    }

    /// <summary>How many words where a second act may start one walk of <see cref="ReportedClauseEnd"/> keeps.</summary>
    internal const int RecordedStarts = 32;

    // The record of the last walk of ReportedClauseEnd, from the clause's first token recordContent: of the tokens
    // after it and before recordTo, the first recordCount of walks.SecondStarts are those where NextSecondaryStart stops.
    private int recordContent = -1, recordTo = -1, recordCount;

    /// <summary>
    /// The first token from <paramref name="j"/> on, before <paramref name="stop"/>, that is a punctuation mark or a word
    /// a second act may start at (one the screen marked as a possible cue, or of three letters opening with "a" or
    /// "b"), or <paramref name="stop"/>: the other tokens, most of a clause, are passed a few instructions each.
    /// </summary>
    private static int NextClauseMark(ReadOnlySpan<Token> tokens, string s, int j, int stop)
    {
        for (; j < stop; j++)
        {
            ref readonly var token = ref tokens[j];
            if (token.Kind == TokenKind.Punct) return j;
            // A marked word opens a second act only after a comma or a quote's close, both marks.
            if ((token.Marks & TokenMarks.MayOpenCue) != 0 && tokens[j - 1].Kind == TokenKind.Punct) return j;
            if (token.Length == 3 && (uint)((s[token.Start] | 0x20) - 'a') <= 1) return j;
        }
        return j;
    }

    /// <summary>
    /// <see cref="NextSecondaryStart"/> of the clause from <paramref name="content"/> (its floor), answered from the record
    /// <see cref="ReportedClauseEnd"/> made of it where it reaches: <paramref name="r"/> is the next recorded word, 0 at first.
    /// </summary>
    private int NextRecordedSecondaryStart(ref int r, int j, int end, int content)
    {
        if (recordContent != content) return NextSecondaryStart(j, end, content);
        var quoteOf = t.QuoteOf;
        if (j == content)
        {
            // At the floor only "and" or "but" outside quotes opens a second act.
            var token = t.TokenAt(j);
            if (token.Kind == TokenKind.Word && quoteOf[j] < 0 && (Spells(token, "and") || Spells(token, "but"))) return j;
            j++;
        }
        if (j < recordTo)
        {
            var starts = walks.SecondStarts;
            while (r < recordCount && starts[r] < j) r++;
            if (r < recordCount) return starts[r] < end ? starts[r] : end;
            j = recordTo;
        }
        // Past the record (a clause that opens with a quote has none): the tokens of the quotes there open no second
        // act, and a quote's run of tokens is passed by one search.
        while (j < end && quoteOf[j] >= 0)
        {
            int run = quoteOf.AsSpan(j, end - j).IndexOfAnyExcept(quoteOf[j]);
            j = run < 0 ? end : j + run;
        }
        return j < end ? NextSecondaryStart(j, end, content) : end;
    }

    /// <summary>
    /// True when the words from <paramref name="k"/> (after an optional "and" or "but") are a noun phrase that is not
    /// a pronoun, then a speech cue with a clause of its own: "six in 10 said they …", "but officials said those talks …".
    /// </summary>
    private bool OwnSubjectCueAt(int k, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (k < end && IsWord(tokens[k]) && !(quoteOf[k] >= 0) && (Spells(tokens[k], "and") || Spells(tokens[k], "but"))) k++;
        if (k >= end || (quoteOf[k] >= 0) || t.IsPronoun(k)) return false;
        for (int x = k + 1; x < Math.Min(end, k + ClauseSearchWindow); x++)
        {
            if (quoteOf[x] >= 0) return false;
            // The token read once, its mark's character once; a word the screen did not mark opens no cue (TryCue's
            // first test, asked inline).
            ref readonly var token = ref tokens[x];
            if (token.Kind == TokenKind.Punct)
            {
                char c = _s[token.Start];
                if (c is ',' or ';' || IsDashMark(x, c)) return false;
                continue;
            }
            if (token.Kind != TokenKind.Word || (token.Marks & TokenMarks.MayOpenCue) == 0 || !TryCue(x, end, out var cue)) continue;
            if (cue.IsParticiple || cue.PostposedOnly || cue.HoldsSpeaker || cue.End >= end) return false;
            int subjectEnd = x;
            while (subjectEnd > k && IsWord(tokens[subjectEnd - 1]) && (t.IsIn(subjectEnd - 1, WordClass.Auxiliary) || IsLyAdverb(subjectEnd - 1))) subjectEnd--;
            int np = BackwardNounPhrase(x, k, out int npEnd);
            bool subject = np == k && npEnd > np && IsSpeakerLike(np, npEnd) || IsPlainSubject(k, subjectEnd);
            return subject && ComplementStart(cue.End, end, cue.Options) > 0;
        }
        return false;
    }

    /// <summary>
    /// Where the object of a participle cue ends before a second participle joined to the cue by "and" ("urging voters to
    /// vote and promising to …"): the second act is the subject's, not part of what the first reports. A clause that
    /// already holds a participle of its own ("is hurting jobs and diverting …") goes on.
    /// </summary>
    /// <remarks>Inlined: asked of every reading's clause, where most cues are no participle.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int ParticipleObjectEnd(in CueHit cue, int content, int end) => cue.IsParticiple ? ParticipleObjectEnd(content, end) : end;

    private int ParticipleObjectEnd(int content, int end)
    {
        for (int j = content; j + 1 < end; j++)
        {
            if (t.InQuote(j)) continue;
            if (IsParticiple(j)) return end;
            if (j > content && t.Is(j, "and") && IsParticiple(j + 1)) return t.IsComma(j - 1) ? j - 1 : j;
        }
        return end;
    }

    /// <summary>"he", "she", "they", "we" or "I" as a clause's subject: after ", and" it opens the writer's own clause.</summary>
    private bool IsPersonalSubject(int i) =>
        t.IsWord(i) && t.IsIn(i, WordClass.SubjectPronoun) && !t.Is(i, "it") && !t.Is(i, "there") && !t.Is(i, "you");

    private bool HasCueWithin(int from, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        for (int x = from; x < Math.Min(end, from + ClauseSearchWindow); x++)
        {
            if (IsWord(tokens[x]) && !(quoteOf[x] >= 0) && TryCue(x, end, out _)) return true;
        }
        return false;
    }

    /// <summary>A complement that opens with a quote ends with it ("replied, \"No,\" smiled and …").</summary>
    /// <remarks>Inlined: most complements open with no quote, and are answered without the call.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int QuoteRunEnd(int content, int se) => content >= se || content == 0 || !t.InQuote(content) ? se : QuoteRunEndInQuote(content, se);

    private int QuoteRunEndInQuote(int content, int se)
    {
        if (t.TokenAt(content).Start != t.Quotes[t.QuoteOf[content]].Open) return se;
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
        while (k < se && t.TokenAt(k).Kind == TokenKind.Punct && !t.InQuote(k)) k++;
        return k >= se ? se : j;
    }

    /// <summary>True for a name or term in quotes rather than words said: "so-called \"X\"", or a quoted capitalised name.</summary>
    private bool IsNamingQuote(in Quote quote) => IsNamingQuote(quote, t.FirstTokenAt(quote.Open));

    /// <summary><see cref="IsNamingQuote(in Quote)"/> of a quote whose first token, <paramref name="first"/>, is known.</summary>
    private bool IsNamingQuote(in Quote quote, int first)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        if (first > 0 && IsWord(tokens[first - 1]) && t.IsIn(first - 1, WordClass.Naming)) return true;
        if (first > 1 && IsPunct(tokens[first - 1], '-') && Spells(tokens[first - 2], "called")) return true;
        int words = 0;
        for (int i = first + 1; i < t.Tokens.Count && tokens[i].Start < quote.ContentEnd; i++)
        {
            if (!IsWord(tokens[i])) continue;
            if (!IsCapitalized(tokens[i]) || ++words > 3) return false;
        }
        return words > 0;
    }

    private bool IsConnectivePhrase(int start, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        if (end <= start) return true;
        int words = 0;
        for (int i = start; i < end; i++)
        {
            // A fourth word decides: the words before a post-posed cue are mostly a whole quote or clause.
            if ((IsWord(tokens[i]) || tokens[i].Kind == TokenKind.Number) && ++words > 3) return false;
        }
        return IsWord(tokens[start]) && t.IsIn(start, WordClass.Connective) && !IsPreposition(start) || words == 1;
    }

    private bool HasWords(int start, int end)
    {
        // A headline verb with a bare object ("Minister backs rail plan") is not a report of speech.
        int need = t.Block.Where == StatementLocation.Headline ? 3 : 2;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int words = 0;
        for (int i = start; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Punct && ++words >= need) return true;
            if (quoteOf[i] >= 0) return true;
        }
        return false;
    }
}
