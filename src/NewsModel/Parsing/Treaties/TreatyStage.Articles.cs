using System.Globalization;
using System.Text;
using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Treaties;

/// <summary>Article references ("Article 14 of the Treaty", "paragraph 2 of Article 5", "Article XIV") as values.</summary>
internal static partial class TreatyStage
{
    private static int ArticleReference(State st, List<Token> tokens, int i, int number)
    {
        var s = st.S;
        var k = st.Ctx.Knowledge;
        int refEnd = i + 2;
        int? paragraph = null;
        int refStart = i;
        if (i >= 3 && IsWord(s, tokens[i - 1], "of") && tokens[i - 2].Kind == TokenKind.Number && IsWord(s, tokens[i - 3], "paragraph", "Paragraph")
            && int.TryParse(s.AsSpan(tokens[i - 2].Start, tokens[i - 2].Length), NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p is > 0 and < 1000)
        {
            paragraph = p;
            refStart = i - 3;
        }
        var target = st.InScope;
        // "Article 14 of the Treaty" / "Article VI of the NPT"
        if (refEnd + 1 < tokens.Count && IsWord(s, tokens[refEnd], "of"))
        {
            int q = refEnd + 1;
            if (k.Treaties.TryMatch(s, tokens, q, tokens.Count, out var named, out int namedEnd)
                || (IsWord(s, tokens[q], "the") && q + 1 < tokens.Count && k.Treaties.TryMatch(s, tokens, q + 1, tokens.Count, out named, out namedEnd)))
            {
                target = st.Add(named);
                target.Mentions.Add(MentionOf(s, tokens, IsWord(s, tokens[q], "the") ? q + 1 : q, namedEnd));
                refEnd = namedEnd;
            }
            else if (IsWord(s, tokens[q], "the") && q + 1 < tokens.Count && st.InScope is { } scope && IsAnaphoraNoun(st, tokens[q + 1], scope))
            {
                scope.Mentions.Add(MentionOf(s, tokens, q, q + 2));
                refEnd = q + 2;
            }
        }
        if (target is not null)
        {
            target.Articles.Add(new TreatyArticleReference
            {
                Article = number,
                Paragraph = paragraph,
                Text = s[tokens[refStart].Start..tokens[refEnd - 1].End],
                Span = TextSpan.FromBounds(tokens[refStart].Start, tokens[refEnd - 1].End),
            });
            st.InScope = target;
        }
        return refEnd - 1;
    }


    private static bool TryArticleNumber(string s, Token t, out int number)
    {
        number = 0;
        var text = s.AsSpan(t.Start, t.Length);
        if (t.Kind == TokenKind.Number) return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number is > 0 and < 1000;
        if (t.Kind != TokenKind.Word || text.Length > 8) return false;
        number = Roman(text);
        return number > 0;
    }

    /// <summary>The value of an upper-case Roman numeral, or 0 when it is not one.</summary>
    internal static int Roman(ReadOnlySpan<char> text)
    {
        int total = 0, previous = 0;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            int v = text[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0 };
            if (v == 0) return 0;
            total += v < previous ? -v : v;
            previous = Math.Max(previous, v);
        }
        return total;
    }
}
