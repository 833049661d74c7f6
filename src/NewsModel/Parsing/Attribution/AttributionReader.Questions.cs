using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    /// <summary>The most words (connectives, a subordinator) before an introductory "asked" ("And when asked …").</summary>
    private const int MaxQuestionLeadWords = 2;

    /// <summary>
    /// True when the question verb at <paramref name="i"/> reports a question without its asker as subject, with an
    /// indirect question, a quote or a to-infinitive after it: a passive ("X was asked whether …"), or an opening
    /// participle or one after a subordinator that names the asker after "by" ("Asked by a reporter if …, X said").
    /// </summary>
    /// <remarks>
    /// An unnamed reporter's question that introduces the answer ("Asked whether …, X said", "…, X said when asked about
    /// …") is not read: agency copy writes it as the setting of the answer, not as a statement of its own.
    /// </remarks>
    private bool IsUnnamedAsker(int i, int end, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (end != i + 1 || !WordOf(tokens[i]).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        int after = AfterAsker(end, se, out var asker);
        bool opening = IsSentenceStart(i) || i > 0 && IsWord(tokens[i - 1]) && !(quoteOf[i - 1] >= 0) && t.IsIn(i - 1, WordClass.Subordinator);
        return (IsPassive(i) || opening && asker is not null) && QuestionStart(after, se) >= 0;
    }

    /// <summary>Past "by X" after the verb ("was asked by host Bill Maher"), with X's tokens in <paramref name="asker"/>.</summary>
    private int AfterAsker(int k, int se, out (int Start, int End)? asker)
    {
        asker = null;
        if (k + 1 >= se || !t.Is(k, "by")) return k;
        int np = ForwardNounPhrase(k + 1, se, lenient: true);
        if (np <= k + 1 || !IsSpeakerLike(k + 1, np)) return k;
        asker = (k + 1, np);
        return np;
    }

    /// <summary>Where the question after an asking verb starts ("whether …", "about …", "to …", a quote), or -1.</summary>
    private int QuestionStart(int k, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        k = SkipTimeAdverbial(k, se);
        if (k >= se) return -1;
        if ((quoteOf[k] >= 0)) return k;
        if ((IsComma(tokens[k]) || IsPunct(tokens[k], ':')) && k + 1 < se && (quoteOf[k + 1] >= 0)) return k + 1;
        if (!IsWord(tokens[k]) || k + 1 >= se) return -1;
        if (t.IsIn(k, WordClass.Interrogative)) return k;
        if (Spells(tokens[k], "about")) return k + 1;
        return Spells(tokens[k], "to") && IsWord(tokens[k + 1]) && !IsCapitalized(tokens[k + 1]) ? k : -1;
    }

    /// <summary>
    /// "Asked whether …, X said …" (the question introduces the sentence: it ends at the comma before the main clause),
    /// "X was asked if …" and "…, when asked about …" (it ends with the clause).
    /// </summary>
    private StatementDraft? TryUnnamedAsker(StatementDraft draft, int se, ref int consumed, in CueHit cue, bool mayIntroduce = true)
    {
        int content = QuestionStart(AfterAsker(cue.End, se, out var asker), se);
        if (content < 0) return null;
        bool introduction = mayIntroduce && IsQuestionIntroduction(consumed, cue.Start);
        int end = t.InQuote(content) ? QuoteRunEnd(content, se) : introduction ? IntroductionEnd(content, se) : ReportedClauseEnd(content, se);
        if (end <= content) return null;
        if (asker is { } named) draft.SpeakerSpan = SpanOf(named.Start, named.End);
        if (!SetContent(draft, content, end)) return null;
        consumed = introduction && end < se ? end + 1 : se;
        return draft;
    }

    /// <summary>"…, when asked whether …" after an attribution: the question, which is not its speaker's.</summary>
    /// <remarks>
    /// Inlined: asked at each word of a post-posed reading's tail (about 1,900 times per 200 bulk articles), where only a
    /// subordinator outside quotes before a word the screen marked as a possible cue goes on to the call. The mark is
    /// asked before the subordinator's class: a tail's words were each looked up in the word table for it (1,258
    /// lookups on 200 bulk articles), and the question's cue needs the mark first.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private StatementDraft? UnnamedQuestionAt(int j, int se) =>
        j + 1 >= se || (t.TokenAt(j + 1).Marks & TokenMarks.MayOpenCue) == 0 || !t.IsWord(j) || t.InQuote(j) || !t.IsIn(j, WordClass.Subordinator)
            ? null : UnnamedQuestionAfter(j, se);

    private StatementDraft? UnnamedQuestionAfter(int j, int se)
    {
        if (!TryCue(j + 1, se, out var cue) || cue.Form != CueForm.UnnamedAsker) return null;
        int consumed = j;
        return TryUnnamedAsker(NewDraft(cue), se, ref consumed, cue, mayIntroduce: false);
    }

    /// <summary>True when only a connective or subordinator ("And when") stands between the clause start and "asked".</summary>
    private bool IsQuestionIntroduction(int from, int cue)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        if (cue - from > MaxQuestionLeadWords) return false;
        for (int i = from; i < cue; i++)
        {
            if (!IsWord(tokens[i]) || (quoteOf[i] >= 0) || !t.IsIn(i, WordClass.Connective | WordClass.Subordinator)) return false;
        }
        return true;
    }

    /// <summary>
    /// The comma that ends an introductory question: the last one before the first speech verb with a subject of its
    /// own, or else the last one in the sentence; -1 when there is none.
    /// </summary>
    private int IntroductionEnd(int content, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        int limit = se;
        var candidates = t.CueCandidates;
        for (int c = t.FirstCandidateAt(content + 1); c < candidates.Count && candidates[c] < se; c++)
        {
            int i = candidates[c];
            if ((quoteOf[i] >= 0) || IsComma(tokens[i - 1]) || !TryCue(i, se, out var main) || main.HoldsSpeaker) continue;
            limit = i;
            break;
        }
        for (int j = limit - 1; j > content; j--)
        {
            if (IsComma(tokens[j]) && !(quoteOf[j] >= 0)) return j;
        }
        return -1;
    }
}
