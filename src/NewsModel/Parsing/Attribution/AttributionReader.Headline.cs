using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    /// <summary>
    /// False when <see cref="FindListHeading"/> surely finds none in the block (no candidate after a possessive "s"):
    /// asked before the call, at every body paragraph with a candidate (1,969 of 200 bulk articles, few of which hold one).
    /// </summary>
    public bool MayHoldListHeading => mayHoldListHeading;

    /// <summary>The speaker of a "key statements" heading in this block ("Below are the minister's key statements"), or null.</summary>
    public TextSpan? FindListHeading()
    {
        if (!mayHoldListHeading) return null;
        var tokens = t.Tokens;
        var candidates = t.CueCandidates;
        // The candidates before token 3 are few: passed one by one rather than found by a search.
        int c = 0;
        while (c < candidates.Count && candidates[c] < 3) c++;
        var spans = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (; c < candidates.Count; c++)
        {
            int i = candidates[c];
            // The possessive first: it rules out nearly every candidate without matching a cue phrase. Its "s" is one
            // letter long, which rules out most of them without the call.
            if (spans[i - 1].Length != 1 || !IsPossessive(i - 2)) continue;
            if (!t.TryMatchCue(_k.Cues, i, tokens.Count, out CueEntry entry, out _)) continue;
            if ((entry.Options & CueOptions.List) == 0) continue;
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

    /// <summary>
    /// False when <see cref="FindFollowingTextHeading"/> surely finds none: the paragraph does not end with a colon, or
    /// holds a quote. Asked before the call at every body paragraph with no statement (1,399 of 200 bulk articles),
    /// inline: its call cost about as much as its tests.
    /// </summary>
    public bool MayIntroduceFollowingText
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get
        {
            var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
            return tokens.Length >= 5 && IsPunct(tokens[^1], ':') && t.Quotes.Count == 0;
        }
    }

    /// <summary>
    /// The speaker of a paragraph that introduces a text printed after it without quote marks, or null: "X issued the
    /// following statement:" names X as the sentence's subject, "Following is the text of X's message:" as the owner.
    /// </summary>
    public TextSpan? FindFollowingTextHeading()
    {
        var tokens = t.Tokens;
        int n = tokens.Count;
        if (n < 5 || !IsPunct(tokens[n - 1], ':') || t.Quotes.Count > 0) return null;
        int f = 0;
        while (f < n - 2 && !Spells(tokens[f], CueAnchorWords.Following)) f++;
        if (f >= n - 2) return null;
        if (f == 0)
        {
            for (int i = 2; i < n - 1; i++)
            {
                if (tokens[i].Kind != TokenKind.Punct || !Chars.IsApostrophe(_s[tokens[i].Start])) continue;
                int start = BackwardNounPhrase(i, 1, out int end);
                return start < end && IsNameLike(start, end) ? SpanOf(start, end) : null;
            }
            return null;
        }
        if (!Spells(tokens[f - 1], "the")) return null;
        int np = ForwardNounPhrase(0, f - 1, lenient: false);
        return np > 0 && IsNameLike(0, np) ? SpanOf(0, np) : null;
    }

    /// <summary>One paragraph of a text introduced by a heading (<see cref="FindFollowingTextHeading"/>): the first opens the statement, the rest extend it.</summary>
    public StatementDraft? ReadFollowingText(StatementDraft? head, TextSpan speaker)
    {
        if (t.Tokens.Count == 0) return head;
        var piece = TextSpan.FromBounds(t.TokenAt(0).Start, t.TokenAt(t.Tokens.Count - 1).End);
        if (head is not null)
        {
            head.Pieces.Add(piece);
            head.LastBlock = t.Block;
            return head;
        }
        var draft = new StatementDraft { Block = t.Block, Kind = StatementKind.Direct, SpeakerSpan = speaker };
        draft.Pieces.Add(piece);
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

    /// <summary>The most words the source of a "CLAIM — SOURCE" headline may have ("Russia's top diplomat").</summary>
    private const int MaxHeadlineSourceWords = 4;

    /// <summary>The fewest words the claim of a "CLAIM — SOURCE" headline may have ("Talks resume").</summary>
    private const int MinHeadlineClaimWords = 2;

    /// <summary>"CLAIM — SOURCE" and "CLAIM - SOURCE" headlines.</summary>
    public void ReadHeadlineDash()
    {
        var quoteOf = t.QuoteOf;
        var tokens = t.Tokens;
        // The tokens read from a span in the walk back over the headline, once per article (the list's indexer copied
        // each token after checking the list's count and the array's length: ReadHeadlineDash about 380 instructions an
        // article, most of it this walk).
        var run = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        int end = run.Length;
        while (end > 0 && run[end - 1].Kind == TokenKind.Punct && !(quoteOf[end - 1] >= 0)) end--;
        for (int i = end - 1; i > 0; i--)
        {
            ref readonly var tok = ref run[i];
            if (tok.Kind != TokenKind.Punct || (quoteOf[i] >= 0)) continue;
            // "CLAIM — SOURCE" with spaces around the dash, or "CLAIM: SOURCE".
            bool dash = Chars.IsDash(_s[tok.Start]) && tok.Start > 0 && Chars.IsSpace(_s[tok.Start - 1]) && tok.End < _s.Length && Chars.IsSpace(_s[tok.End]);
            bool colon = _s[tok.Start] == ':' && tok.End < _s.Length && Chars.IsSpace(_s[tok.End]);
            if (!dash && !colon) continue;
            if (colon && i <= MaxLabelTokens && IsLabelName(0, i) && WordsIn(i + 1, end) >= MinLabelledWords)
            {
                // "SOURCE: CLAIM" ("Ana Kowal: Talks Will Resume In June").
                var labelled = new StatementDraft { Block = t.Block, Kind = StatementKind.Indirect, Cue = new TextSpan(tok.Start, tok.Length), CueText = ":" };
                labelled.SpeakerSpan = SpanOf(0, i);
                if (SetContent(labelled, i + 1, tokens.Count)) Add(labelled);
                return;
            }
            // A source after the mark is a name or a role of a few words ("— Foreign Ministry", ": minister"), never a
            // clause ("Poll: Clinton leads in Ohio", "… – It Might Surprise You"), and the claim before it is a clause.
            if (t.IsPronoun(i + 1) || WordsIn(0, i) < MinHeadlineClaimWords) return;
            int npEnd = ForwardNounPhrase(i + 1, end, lenient: false);
            bool named = npEnd > i + 1 && IsSpeakerLike(i + 1, npEnd) && (dash || npEnd == end);
            // The source may be a role ("– embassy", ": minister"): then it is the whole rest of the headline.
            if (!named && IsPlainSubject(i + 1, end)) npEnd = end;
            else if (!named) return;
            if (WordsIn(i + 1, npEnd) > MaxHeadlineSourceWords) return;
            var draft = new StatementDraft { Block = t.Block, Kind = StatementKind.Indirect, Cue = new TextSpan(tok.Start, tok.Length), CueText = _s.Substring(tok.Start, tok.Length) };
            draft.SpeakerSpan = TextSpan.FromBounds(tokens[i + 1].Start, tokens[npEnd - 1].End);
            if (!SetContent(draft, 0, i)) return;
            Add(draft);
            return;
        }
    }
}
