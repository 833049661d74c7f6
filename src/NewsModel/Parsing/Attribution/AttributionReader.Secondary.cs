using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    /// <summary>A second act of the same speaker at <paramref name="j"/>: ", adding that …", "and warned …".</summary>
    /// <remarks>
    /// Inlined where it is asked of every token of a clause: a token that can start no second act, neither a
    /// three-letter word opening with "a" or "b" ("and", "but") nor one the screen marked as a possible cue (<see cref="TryCue"/> tests that mark first), is ruled out
    /// without the call to <see cref="ReadSecondary"/>, whose frame costs more than the tests.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool TrySecondary(int j, int floor, int se, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StatementDraft? second)
    {
        var token = t.TokenAt(j);
        // Unmarked, only "and" or "but" opens a second act: another three-letter word is ruled out by its first letter.
        if ((token.Marks & TokenMarks.MayOpenCue) == 0 && (token.Length != 3 || (_s[token.Start] | 0x20) is not ('a' or 'b')))
        {
            second = null;
            return false;
        }
        return ReadSecondary(j, floor, se, out second);
    }

    /// <summary>
    /// The first token from <paramref name="j"/> on, before <paramref name="end"/>, that neither <see cref="TrySecondary"/>
    /// rules out inline nor <see cref="ReadSecondary"/> by its first tests (a word outside quotes that is "and" or "but"
    /// or follows a comma or a quote's close after <paramref name="floor"/>), or <paramref name="end"/>: a clause's tokens
    /// are passed in a loop of their own, a few instructions each, and the call is made only where a second act may start
    /// (of about 2,400 calls on 200 bulk articles, most were ruled out by those first tests after the call's frame).
    /// </summary>
    private int NextSecondaryStart(int j, int end, int floor)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        // One test after another, each a branch: as one condition, ahead-of-time code makes a flag of each part first.
        for (; j < end; j++)
        {
            ref readonly var token = ref tokens[j];
            if ((token.Marks & TokenMarks.MayOpenCue) == 0)
            {
                if (token.Length != 3) continue;
                if ((uint)((_s[token.Start] | 0x20) - 'a') > 1) continue;
            }
            if (token.Kind != TokenKind.Word) continue;
            if (quoteOf[j] >= 0) continue;
            if (Spells(token, "and") || Spells(token, "but")) return j;
            if (j <= floor) continue;
            if (IsComma(tokens[j - 1]) || IsQuoteClose(j - 1)) return j;
        }
        return end;
    }

    private bool ReadSecondary(int j, int floor, int se, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StatementDraft? second)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        second = null;
        if (!IsWord(tokens[j]) || (quoteOf[j] >= 0)) return false;
        int c = j;
        bool conjunction = Spells(tokens[j], "and") || Spells(tokens[j], "but");
        // Without "and" or "but" a second act follows a comma (", adding …", ", cast doubt …, suggested that …") or a
        // quote's close: a cue word inside the clause is ruled out before its cue is read.
        if (!conjunction && !(j > floor && (IsComma(tokens[j - 1]) || IsQuoteClose(j - 1)))) return false;
        TextSpan? ownSubject = null;
        if (conjunction && j + 2 < se && t.IsPronoun(j + 1))
        {
            // "…, but he said: \"…\"": a second act with its own (pronoun) subject.
            ownSubject = SpanOf(j + 1, j + 2);
            j++;
        }
        if (conjunction)
        {
            c = SkipAuxiliariesForward(j + 1, se);
            if (c >= se) return false;
            if (ownSubject is null && j > floor && IsComma(tokens[j - 1]) && !TryCue(c, se, out _))
            {
                // ", and before he left on Tuesday the chancellor told reporters: \"…\"": a new act with its own subject.
                for (int x = c + 1; x < Math.Min(se, c + ClauseSearchWindow); x++)
                {
                    if ((quoteOf[x] >= 0) || IsComma(tokens[x])) return false;
                    if (!IsWord(tokens[x]) || !TryCue(x, se, out var inner) || inner.End >= se) continue;
                    int cs = ComplementStart(inner.End, se, inner.Options);
                    if (cs <= 0 || !(IsPunct(tokens[cs - 1], ':') || Spells(tokens[cs - 1], "that") || (quoteOf[cs] >= 0))) return false;
                    int np = BackwardNounPhrase(x, c, out int npEnd);
                    if (np >= npEnd || !IsSpeakerLike(np, npEnd)) return false;
                    ownSubject = SpanOf(np, npEnd);
                    c = x;
                    break;
                }
                if (ownSubject is null) return false;
            }
        }
        if (!TryCue(c, se, out var cue) || cue.PostposedOnly || cue.Form == CueForm.AccordingTo) return false;
        // After a participle ("X, explaining the decision, said that …") the finite verb is the sentence's own, not a second act.
        int opener = floor > 0 && Spells(tokens[floor - 1], "that") ? floor - 2 : floor - 1;
        bool listed = !conjunction && !cue.IsParticiple && j > floor && IsComma(tokens[j - 1]) && !IsCapitalized(tokens[j]) && !(opener >= 0 && IsParticiple(opener));
        if (!conjunction && !listed && !(cue.IsParticiple && j > floor && (IsComma(tokens[j - 1]) || IsQuoteClose(j - 1)))) return false;
        if (conjunction && cue.IsParticiple) return false;
        int content = ComplementStart(cue.End, se, cue.Options);
        if (content < 0 || content >= se || !HasWords(content, se)) return false;
        // "…, cast doubt on the figure, suggested that …": a verb in a list of the subject's acts speaks only with its
        // marked clause; a bare object after it is an act ("…, met the mayor").
        if (listed && !Spells(tokens[content - 1], "that")) return false;
        var draft = NewDraft(cue);
        draft.SpeakerSpan = ownSubject;
        if (!SetContent(draft, content, ParticipleObjectEnd(cue, content, ComplementEnd(cue, content, se)))) return false;
        second = draft;
        return true;
    }

    /// <summary>
    /// After a post-posed attribution, a relative clause on its speaker that reports a second act
    /// ("\"…,\" said Tom Reyes, the port commissioner, who conceded that …"): read with the same speaker.
    /// </summary>
    private StatementDraft? RelativeSecondary(int j, int floor, int se)
    {
        if (j <= floor || j + 1 >= se || !t.Is(j, "who") || t.InQuote(j) || !t.IsComma(j - 1)) return null;
        int c = SkipAuxiliariesForward(j + 1, se);
        if (c >= se || !TryCue(c, se, out var cue) || cue.PostposedOnly || cue.IsParticiple || cue.HoldsSpeaker || cue.Form == CueForm.AccordingTo) return null;
        int content = ComplementStart(cue.End, se, cue.Options);
        if (content < 0 || content >= se || !HasWords(content, se)) return null;
        var draft = NewDraft(cue);
        return SetContent(draft, content, ComplementEnd(cue, content, se)) ? draft : null;
    }
}
