using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    /// <summary>The most tokens a parenthetical between dashes may hold between a subject and its cue.</summary>
    private const int MaxDashParentheticalTokens = 24;

    /// <summary>
    /// "Officials — including two senators — said …", "Lena Hart -- a baker from Bergen -- says …": a parenthetical set
    /// off by a pair of dashes stands between the subject and its cue; the subject is the noun phrase before the first
    /// dash, which must open the clause (after at most a connective, focus word or determiner), so that a dash inside the writer's own clause
    /// ("The plan failed — as critics — said") is never read as one.
    /// </summary>
    private (int Start, int End)? DashParentheticalSubject(int floor, int c0)
    {
        int close = SkipAuxiliariesBack(c0, floor);
        if (close <= floor || t.InQuote(close) || !IsParentheticalDash(close)) return null;
        // "--" is two tokens: the pair's first one closes the parenthetical.
        int inner = t.IsPunct(close, '-') && t.IsPunct(close - 1, '-') ? close - 2 : close - 1;
        int open = -1;
        for (int j = inner; j > floor && inner - j < MaxDashParentheticalTokens; j--)
        {
            if (t.InQuote(j) || t.IsPunct(j, '.') && !IsInnerMark(j, inner + 1) || t.IsPunct(j, ';') || t.IsPunct(j, ':')) return null;
            if (IsParentheticalDash(j))
            {
                open = t.IsPunct(j, '-') && t.IsPunct(j - 1, '-') ? j - 1 : j;
                break;
            }
        }
        if (open <= floor || inner < open + 1 || !HasWords(open + 1, inner + 1)) return null;
        int start = BackwardNounPhrase(open, floor, out int end);
        if (end != open) return null;
        if (!(start < end && IsSpeakerLike(start, end)))
        {
            if (PlainSubjectBefore(floor, open) is not { } plain || plain.End != open) return null;
            (start, end) = plain;
        }
        // "The plan failed — badly — …": a phrase that ends in a past form is a clause, not a subject.
        if (!t.IsCapitalized(end - 1) && t.Word(end - 1).EndsWith("ed", StringComparison.Ordinal)) return null;
        int from = floor;
        while (from < start && from < floor + LeadingConnectiveWindow && t.IsWord(from) && !t.InQuote(from) && t.IsIn(from, WordClass.Connective | WordClass.Focus | WordClass.Determiner)
            && !IsPreposition(from)) from++;
        return from == start ? (start, end) : null;
    }

    /// <summary>
    /// True when the token at <paramref name="i"/> is a dash of a parenthetical: an em or en dash, either token of "--",
    /// or a hyphen with a space on both sides.
    /// </summary>
    private bool IsParentheticalDash(int i)
    {
        if (t.Tokens[i].Kind != TokenKind.Punct) return false;
        if (IsDashToken(i) || t.IsPunct(i, '-') && i > 0 && t.IsPunct(i - 1, '-')) return true;
        var tok = t.Tokens[i];
        return t.IsPunct(i, '-') && tok.Start > 0 && tok.End < _s.Length && Chars.IsSpace(_s[tok.Start - 1]) && Chars.IsSpace(_s[tok.End]);
    }
}
