using NewsModel.Model;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Text;

/// <summary>
/// Pairs quote marks in one block: typographic “ ” ‘ ’ « » „, straight " and ' (told from apostrophes by context),
/// nested quotes, and an unclosed quote that runs to the end of its paragraph. Linear in the block length;
/// nesting is bounded so hostile input cannot grow the stack.
/// </summary>
internal static class QuoteScanner
{
    private const int MaxDepth = 32;

    internal enum Family : byte { Double, Single, Guillemet, Doubled }

    /// <summary>How many characters a mark of <paramref name="family"/> takes: two for <c>''</c> and <c>``</c>, else one.</summary>
    private static int MarkLength(Family family) => family == Family.Doubled ? 2 : 1;

    /// <summary>The open-mark stack, kept by the caller's scratch (<see cref="BlockText"/>) so that a block allocates none.</summary>
    internal sealed class OpenMarks
    {
        internal (Family Family, int Pos, int Token)[] Stack { get; } = new (Family Family, int Pos, int Token)[MaxDepth];
    }

    /// <summary>True for every character the scanner acts on: the quotation marks and apostrophes it pairs.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsMark(char c) => c is '"' or '\'' or '`' or '\u201C' or '\u201E' or '\u201F' or '\u201D' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019';

    /// <summary>
    /// Fills <paramref name="result"/> (cleared first) with the top-level quotes of <paramref name="block"/>, in order.
    /// <paramref name="marks"/> has a bit per token of <paramref name="tokens"/>, set at each token that is a character
    /// <see cref="IsMark"/> takes; every such character of the block is such a token. Unless <paramref name="quoteOf"/>
    /// is null (it then has a slot per token, each -1), the slots of the tokens each quote spans, its marks included,
    /// are set to the quote's index.
    /// </summary>
    public static void Scan(ParseContext ctx, Block block, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> marks, OpenMarks openMarks, List<Quote> result, int[]? quoteOf = null)
    {
        var s = ctx.Source;
        result.Clear();
        var stack = openMarks.Stack;
        int depth = 0;
        bool overflowReported = false;
        // i is the first position the scan may act on: a doubled mark ("``", "''") moves it past its second character.
        int i = block.Start;
        // The marks' bits are walked a 64-bit word at a time, each set bit cleared as it is taken, rather than searched
        // for from the last mark's place on (the search masked its word anew for every mark).
        for (int w = 0; w < marks.Length; w++)
        {
            for (ulong bits = marks[w]; bits != 0; bits &= bits - 1)
            {
                int k = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                if (tokens[k].Start < i) continue;
                i = tokens[k].Start;
                char c = s[i];
                switch (c)
                {
                    case '\u201C' or '\u201E' or '\u201F':
                        if (c == '\u201C' && depth > 0 && stack[depth - 1].Family == Family.Double && s[stack[depth - 1].Pos] == '\u201E')
                        {
                            Close(ref depth, Family.Double, i, k);
                        }
                        else
                        {
                            Push(ref depth, Family.Double, i, k);
                        }
                        break;
                    case '\u201D':
                        if (!Close(ref depth, Family.Double, i, k)) Unopened(i);
                        break;
                    case '\u00AB':
                        Push(ref depth, Family.Guillemet, i, k);
                        break;
                    case '\u00BB':
                        if (!Close(ref depth, Family.Guillemet, i, k)) Unopened(i);
                        break;
                    case '"':
                        if (depth == 1 && Top(depth, Family.Double) && IsOpeningContext(s, i, block) && AfterSentenceEnd(s, i, block))
                        {
                            // The news convention for a quote running on: the opening mark is repeated on the next
                            // paragraph (or sentence, where paragraphs were run together) and the first part never closes.
                            Add(new Quote(stack[0].Pos, i, false), stack[0].Token, k);
                            depth = 0;
                            Push(ref depth, Family.Double, i, k);
                        }
                        else if (Top(depth, Family.Double) && (IsClosingContext(s, i, block) || !IsOpeningContext(s, i, block)))
                        {
                            Close(ref depth, Family.Double, i, k);
                        }
                        else if (IsOpeningContext(s, i, block) || depth == 0)
                        {
                            Push(ref depth, Family.Double, i, k);
                        }
                        else
                        {
                            Close(ref depth, Family.Double, i, k);
                        }
                        break;
                    case '\u2018':
                        if (IsOpeningContext(s, i, block)) Push(ref depth, Family.Single, i, k);
                        break;
                    case '`':
                        // "``" opens a quote that "''" closes; a lone backtick is no quote mark.
                        if (i + 1 < block.End && s[i + 1] == '`' && IsOpeningContext(s, i, block))
                        {
                            Push(ref depth, Family.Doubled, i, k);
                            i++;
                        }
                        break;
                    case '\'' when i + 1 < block.End && s[i + 1] == '\'':
                        // Two apostrophes are one double quote mark, as some publishers write it throughout.
                        if (depth == 1 && Top(depth, Family.Doubled) && IsOpeningContext(s, i, block) && AfterSentenceEnd(s, i, block))
                        {
                            // A quote running on: the mark repeated after a sentence end opens its next part.
                            Add(new Quote(stack[0].Pos, i, false, MarkLength(Family.Doubled)), stack[0].Token, k);
                            depth = 0;
                            Push(ref depth, Family.Doubled, i, k);
                        }
                        else if (Open(depth, Family.Doubled) && (IsClosingContext(s, i + 1, block) || !IsOpeningContext(s, i, block)))
                        {
                            Close(ref depth, Family.Doubled, i, k);
                        }
                        else if (IsOpeningContext(s, i, block))
                        {
                            Push(ref depth, Family.Doubled, i, k);
                        }
                        i++;
                        break;
                    case '\u2019' or '\'':
                        if (Top(depth, Family.Single) && IsClosingContext(s, i, block))
                        {
                            Close(ref depth, Family.Single, i, k);
                        }
                        // An apostrophe after a letter ("don't", "Trump's": nearly every one) opens nothing: told before the call.
                        else if (c == '\'' && !Top(depth, Family.Single) && !(i > block.Start && char.IsAsciiLetter(s[i - 1])) && IsOpeningContext(s, i, block) && i + 1 < block.End && char.IsLetter(s[i + 1]))
                        {
                            Push(ref depth, Family.Single, i, k);
                        }
                        break;
                }
                i++;
            }
        }
        if (depth > 0)
        {
            // Only the outermost quote matters for statements; inner unclosed marks are dropped.
            Add(new Quote(stack[0].Pos, block.End, false, MarkLength(stack[0].Family)), stack[0].Token, tokens.Length);
            ctx.Report(DiagnosticDescriptors.UnclosedQuote, new TextSpan(stack[0].Pos, 1));
        }

        // A huge block's list grows to about the quotes its text so far predicts, not to twice what it holds.
        // Its tokens are [from, to): from its opening mark's token to the token after its closing mark (or the block's end).
        void Add(Quote quote, int from, int to)
        {
            quoteOf?.AsSpan(from, to - from).Fill(result.Count);
            BoundedGrowth.AddInProportion(result, quote, quote.Close - block.Start, block.End - block.Start);
        }

        void Push(ref int d, Family family, int pos, int token)
        {
            if (d == MaxDepth)
            {
                if (!overflowReported)
                {
                    ctx.Report(DiagnosticDescriptors.TooManyQuotes, new TextSpan(pos, 1));
                    overflowReported = true;
                }
                return;
            }
            stack[d++] = (family, pos, token);
        }

        bool Close(ref int d, Family family, int pos, int token)
        {
            // Find the nearest open mark of this family; unclosed inner marks above it are dropped.
            int k = d - 1;
            while (k >= 0 && stack[k].Family != family) k--;
            if (k < 0) return false;
            // The closing mark is its tokens from token on (two apostrophes are two tokens).
            if (k == 0) Add(new Quote(stack[0].Pos, pos, true, MarkLength(family)), stack[0].Token, token + MarkLength(family));
            d = k;
            return true;
        }

        void Unopened(int pos)
        {
            ctx.Report(DiagnosticDescriptors.UnopenedQuote, new TextSpan(pos, 1));
        }

        bool Top(int d, Family family) => d > 0 && stack[d - 1].Family == family;

        bool Open(int d, Family family)
        {
            for (int k = 0; k < d; k++)
            {
                if (stack[k].Family == family) return true;
            }
            return false;
        }
    }

    /// <summary>True when the mark follows a sentence end and a space: ". \"" can only open a new quote.</summary>
    private static bool AfterSentenceEnd(string s, int i, Block block)
    {
        int j = i - 1;
        if (j < block.Start || !Chars.IsSpace(s[j])) return false;
        while (j > block.Start && Chars.IsSpace(s[j])) j--;
        return Chars.IsSentenceEnd(s[j]);
    }

    private static bool IsOpeningContext(string s, int i, Block block)
    {
        if (i == block.Start) return true;
        return OpensAfter(s[i - 1]);
    }

    /// <summary>
    /// True when a quotation mark after <paramref name="prev"/> stands where a quote opens: after a space, an opening
    /// bracket, a dash or slash, an opening quotation mark or a colon. An ASCII character is read by a bit of two masks
    /// (a shift takes its count modulo 64) rather than a dozen tests.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool OpensAfter(char prev) =>
        prev < 0x80 ? (((prev < 64 ? OpensAsciiLow : OpensAsciiHigh) >> prev) & 1) != 0
            : Chars.IsSpace(prev) || prev is '\u2014' or '\u2013' or '\u201C' or '\u2018' or '\u00AB';

    /// <summary>
    /// <see cref="OpensAfter"/> of the characters 0 to 63 and 64 to 127, a bit each: the controls and the space, " ( - / :,
    /// and [ {. QuoteContextTests hold them to the rule written out.
    /// </summary>
    internal const ulong OpensAsciiLow = 0x1_FFFF_FFFFUL | 1UL << '"' | 1UL << '(' | 1UL << '-' | 1UL << '/' | 1UL << ':';

    /// <inheritdoc cref="OpensAsciiLow"/>
    internal const ulong OpensAsciiHigh = 1UL << ('[' - 64) | 1UL << ('{' - 64);

    private static bool IsClosingContext(string s, int i, Block block)
    {
        if (i + 1 >= block.End) return true;
        char next = s[i + 1];
        return !char.IsLetterOrDigit(next);
    }
}
