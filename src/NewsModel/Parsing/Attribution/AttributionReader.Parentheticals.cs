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
        return SubjectBeforeParenthetical(floor, open);
    }

    /// <summary>
    /// "Proponents of the bill, however, say …": a connective set off by commas stands between the subject and its cue;
    /// the subject is the noun phrase before the first comma, which must open the clause.
    /// </summary>
    private (int Start, int End)? ConnectiveParentheticalSubject(int floor, int c0)
    {
        int close = SkipAuxiliariesBack(c0, floor);
        if (close - 2 <= floor || !t.IsComma(close) || !t.IsComma(close - 2) || !t.IsWord(close - 1) || t.InQuote(close - 1)
            || !t.IsIn(close - 1, WordClass.Connective) || IsPreposition(close - 1)) return null;
        return SubjectBeforeParenthetical(floor, close - 2);
    }

    /// <summary>
    /// "The employee, a registered voter who spoke on condition of anonymity, said …", "Some voters, who had heard him
    /// for years, said …": an apposition or relative clause set off by commas stands between a plain subject and its
    /// cue; the subject is the noun phrase before the first comma, which must open the clause.
    /// </summary>
    private (int Start, int End)? CommaParentheticalSubject(int floor, int c0)
    {
        int close = SkipAuxiliariesBack(c0, floor);
        if (close <= floor || !t.IsComma(close) || t.InQuote(close)) return null;
        int open = close - 1;
        while (open > floor && close - open <= MaxDashParentheticalTokens && !t.IsComma(open))
        {
            if (t.InQuote(open) || t.Tokens[open].Kind == TokenKind.Punct && !IsInnerMark(open, close) && !t.IsPunct(open, '(') && !t.IsPunct(open, ')')) return null;
            open--;
        }
        if (open <= floor || !t.IsComma(open) || close - open < 3 || t.InQuote(open)) return null;
        int first = open + 1;
        bool apposition = t.Is(first, "a") || t.Is(first, "an") || t.Is(first, "the");
        bool relative = t.Is(first, "who");
        if (!apposition && !relative || apposition && !HasWordWithin(first, close, "who")) return null;
        return SubjectBeforeParenthetical(floor, open);
    }

    /// <summary>The noun phrase that ends at <paramref name="open"/>, the mark opening a parenthetical, when it opens the clause.</summary>
    private (int Start, int End)? SubjectBeforeParenthetical(int floor, int open)
    {
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
    /// The end of a person described with a determiner and no name after an inverted cue at <paramref name="start"/>
    /// ("said the 46-year-old.", "said a retired teacher,"): a plain noun phrase that runs to the sentence's end or a
    /// comma; else -1.
    /// </summary>
    private int DescribedPersonEnd(int start, int se)
    {
        if (start >= se || !t.IsWord(start) || t.InQuote(start) || !(t.Is(start, "the") || t.Is(start, "a") || t.Is(start, "an"))) return -1;
        int end = start + 1;
        while (end < se && end - start <= MaxDescribedPersonTokens && !t.InQuote(end) && (t.IsWord(end) || t.Tokens[end].Kind == TokenKind.Number || IsInnerMark(end, se) || IsTightHyphenAfterNumber(end, se))) end++;
        if (end - start < 2 || !(end == se || t.IsComma(end) || t.IsPunct(end, '.'))) return -1;
        return IsPlainSubject(start, end) ? end : -1;
    }

    /// <summary>A hyphen between a figure and a word, with no space ("46-year-old").</summary>
    private bool IsTightHyphenAfterNumber(int i, int limit) =>
        i > 0 && i + 1 < limit && t.IsPunct(i, '-') && t.Tokens[i - 1].Kind == TokenKind.Number && t.IsWord(i + 1)
        && t.Tokens[i - 1].End == t.Tokens[i].Start && t.Tokens[i].End == t.Tokens[i + 1].Start;

    /// <summary>The most tokens of a described person after an inverted cue ("the 46-year-old Bergen baker").</summary>
    private const int MaxDescribedPersonTokens = 8;

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
