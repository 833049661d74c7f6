using System.Globalization;
using NewsModel.Knowledge;
using NewsModel.Model;

namespace NewsModel.Parsing.Internal;

/// <summary>
/// Finds the treaties an article names: catalog names, acronyms and aliases (hyphens and spaces alike),
/// anaphora ("the Treaty", "the pact") bound to the treaty in scope, and article references
/// ("Article 14 of the Treaty", "Article XIV", "paragraph 2 of Article 5") as values.
/// Organisations named after a treaty ("… Treaty Organization") are not treaties.
/// </summary>
internal static class TreatyStage
{
    private static readonly string[] AnaphoraNouns = ["treaty", "pact", "accord", "agreement", "convention", "charter"];

    private sealed class Found(TreatyEntry entry)
    {
        public TreatyEntry Entry { get; } = entry;
        public List<Mention> Mentions { get; } = [];
        public List<TreatyArticleReference> Articles { get; } = [];
    }

    public static void Run(ParseContext ctx)
    {
        var s = ctx.Source;
        var k = ctx.Knowledge;
        var found = new List<Found>();
        Found? inScope = null;
        foreach (var block in ctx.Blocks)
        {
            var tokens = Tokenizer.Of(s, block);
            for (int i = 0; i < tokens.Count; i++)
            {
                if (k.Treaties.TryMatch(s, tokens, i, tokens.Count, out var entry, out int end))
                {
                    // "Comprehensive Nuclear-Test-Ban Treaty Organization" is a body, not the treaty.
                    if (k.Gazetteer.TryMatch(s, tokens, i, tokens.Count, out _, out int orgEnd) && orgEnd > end) { i = orgEnd - 1; continue; }
                    if (end < tokens.Count && IsWordAt(s, tokens[end], "Organization", "Organisation")) { i = end; continue; }
                    var f = FindById(found, entry.Id);
                    if (f is null)
                    {
                        f = new Found(entry);
                        found.Add(f);
                    }
                    f.Mentions.Add(MentionOf(s, tokens, i, end));
                    inScope = f;
                    i = end - 1;
                    continue;
                }
                if (IsWordAt(s, tokens[i], "Article") && i + 1 < tokens.Count && TryArticleNumber(s, tokens[i + 1], out int number))
                {
                    int refEnd = i + 2;
                    int? paragraph = null;
                    int refStart = i;
                    if (i >= 3 && IsWordAt(s, tokens[i - 1], "of") && tokens[i - 2].Kind == TokenKind.Number && IsWordAt(s, tokens[i - 3], "paragraph", "Paragraph"))
                    {
                        paragraph = int.Parse(s.AsSpan(tokens[i - 2].Start, tokens[i - 2].Length), CultureInfo.InvariantCulture);
                        refStart = i - 3;
                    }
                    var target = inScope;
                    // "Article 14 of the Treaty" / "Article VI of the NPT"
                    if (refEnd + 1 < tokens.Count && IsWordAt(s, tokens[refEnd], "of"))
                    {
                        int q = refEnd + 1;
                        if (k.Treaties.TryMatch(s, tokens, q, tokens.Count, out var named, out int namedEnd)
                            || (IsWordAt(s, tokens[q], "the") && q + 1 < tokens.Count && k.Treaties.TryMatch(s, tokens, q + 1, tokens.Count, out named, out namedEnd)))
                        {
                            target = FindById(found, named.Id) ?? Add(found, named);
                            refEnd = namedEnd;
                        }
                        else if (IsWordAt(s, tokens[q], "the") && q + 1 < tokens.Count && IsAnaphoraNoun(s, tokens[q + 1]) && inScope is not null)
                        {
                            inScope.Mentions.Add(MentionOf(s, tokens, q, q + 2));
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
                        inScope = target;
                    }
                    i = refEnd - 1;
                    continue;
                }
                // "the Treaty", "the treaty", "the pact" — bound to the treaty in scope.
                if (inScope is not null && IsWordAt(s, tokens[i], "the", "The") && i + 1 < tokens.Count && IsAnaphoraNoun(s, tokens[i + 1]))
                {
                    int after = i + 2;
                    bool describes = after < tokens.Count && (IsWordAt(s, tokens[after], "on", "between", "with") || Text.IsCapitalized(s, tokens[after]) && tokens[after].Kind == TokenKind.Word);
                    if (!describes && CompatibleAnaphora(s, tokens[i + 1], inScope.Entry))
                    {
                        inScope.Mentions.Add(MentionOf(s, tokens, i, i + 2));
                        i++;
                    }
                }
            }
        }
        foreach (var f in found)
        {
            var aliases = new List<string>();
            foreach (var m in f.Mentions)
            {
                if (!string.Equals(m.Text, f.Entry.Name, StringComparison.OrdinalIgnoreCase)
                    && !(f.Entry.Acronyms.Count > 0 && m.Text == f.Entry.Acronyms[0])
                    && !aliases.Contains(m.Text, StringComparer.Ordinal))
                {
                    aliases.Add(m.Text);
                }
            }
            ctx.Treaties.Add(new Treaty
            {
                Id = f.Entry.Id,
                Name = f.Entry.Name,
                Acronym = f.Entry.Acronyms.Count > 0 ? f.Entry.Acronyms[0] : null,
                Kind = f.Entry.Kind,
                Aliases = aliases.ToEquatableArray(),
                Mentions = f.Mentions.ToEquatableArray(),
                Articles = f.Articles.ToEquatableArray(),
            });
        }
    }

    // Not found.Find with a lambda: a lambda capturing the loop's `out var entry` makes the compiler allocate
    // its closure at the top of the loop body, once per token, whether or not a treaty matched.
    private static Found? FindById(List<Found> found, string id)
    {
        foreach (var f in found)
        {
            if (f.Entry.Id == id) return f;
        }
        return null;
    }

    private static Found Add(List<Found> found, TreatyEntry entry)
    {
        var f = new Found(entry);
        found.Add(f);
        return f;
    }

    private static bool CompatibleAnaphora(string s, Token noun, TreatyEntry entry)
    {
        var word = s.AsSpan(noun.Start, noun.Length);
        // "the agreement" does not stand for a treaty whose name says Convention, and so on; "treaty" fits any treaty.
        if (word.Equals("treaty", StringComparison.OrdinalIgnoreCase) || word.Equals("pact", StringComparison.OrdinalIgnoreCase)) return entry.Kind == TreatyKind.Treaty;
        return entry.Name.Contains(word, StringComparison.OrdinalIgnoreCase) || entry.Kind == TreatyKind.PoliticalAgreement && word.Equals("accord", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAnaphoraNoun(string s, Token t)
    {
        if (t.Kind != TokenKind.Word) return false;
        var w = s.AsSpan(t.Start, t.Length);
        foreach (var noun in AnaphoraNouns)
        {
            if (w.Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool IsWordAt(string s, Token t, params ReadOnlySpan<string> words)
    {
        if (t.Kind != TokenKind.Word) return false;
        var w = s.AsSpan(t.Start, t.Length);
        foreach (var word in words)
        {
            if (w.SequenceEqual(word)) return true;
        }
        return false;
    }

    private static Mention MentionOf(string s, List<Token> tokens, int start, int end)
    {
        var span = TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End);
        return new Mention(Text.Collapse(s.AsSpan(span.Start, span.Length)), span);
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
