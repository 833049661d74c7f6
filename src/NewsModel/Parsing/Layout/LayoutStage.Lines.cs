using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Layout;

/// <summary>
/// The text's lines, split in the parse's first walk over the text, which also finds the units the parse reports or
/// replaces before any stage runs: the first control character that is not a line or tab break (U+0000-U+0008,
/// U+000E-U+001F: the tab, line feed, vertical tab, form feed and carriage return are whitespace, not odd) and the
/// first unpaired surrogate (a high surrogate not followed by a low one, or a low one not preceded by a high one).
/// </summary>
/// <remarks>
/// Every parse asked both of its whole input in two walks, the odd units first (about 1.9 instructions a unit) and the
/// lines in the layout stage. One walk now tests sixteen units at a time, by one signed compare after a bias, for a
/// unit below U+0020 or from U+0085 up: the only ranges that hold a break, an odd control or a surrogate. Only sixteen
/// with such a unit (a break, a tab, a curly quote) are looked at closer, each such unit in turn: a break ends the
/// line, and until both are found an odd unit is noted (well-formed text holds none; surrogates appear only where
/// emoji or rare scripts are written). Over bulk200 the two walks cost 1.44 M (odd units) and 1.34 M instructions
/// (lines), the one 1.99 M. The marked units are then looked at one by one, and every line that ends in a sixteen is
/// taken from it, instead of testing all sixteen for breaks and odd units once per line: 1.72 -> 1.30 M.
/// </remarks>
internal static partial class LayoutStage
{
    /// <summary>
    /// Splits the source of <paramref name="ctx"/> into lines for <see cref="Run"/> (kept in the parse's scratch until
    /// the layout stage ends) and returns the first odd control and the first unpaired surrogate, -1 when none.
    /// </summary>
    public static (int Control, int LoneSurrogate) ReadLines(ParseContext ctx)
    {
        var lines = ctx.Scratch.Get<LinesAndParagraphs>().Lines;
        lines.Clear();
        ReadLines(ctx.Source, lines, out int control, out int surrogate);
        return (control, surrogate);
    }

    /// <summary>
    /// Non-blank lines, trimmed; a blank line is kept as an empty marker so paragraphs can be found. Finds on the way
    /// the first odd control (<paramref name="control"/>) and unpaired surrogate (<paramref name="surrogate"/>), -1 when none.
    /// </summary>
    internal static void ReadLines(string s, List<Line> lines, out int control, out int surrogate)
    {
        var odd = new OddUnits(-1, -1);
        int n = s.Length;
        // Where the line being read starts.
        int start = 0;
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref short units = ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(s.AsSpan()));
            while (true)
            {
                i = NextMarked(ref units, i, n);
                // The text's last units, fewer than sixteen, are looked at in its last sixteen, those before i (looked
                // at already) left out, rather than one at a time (about 12 instructions a unit).
                int from = i;
                uint fresh = ~0u;
                if (i > n - 16)
                {
                    if (i >= n || n < 16) break;
                    from = n - 16;
                    fresh = ~0u << (i - from);
                }
                var a = Vector128.LoadUnsafe(ref units, (nuint)from);
                var b = Vector128.LoadUnsafe(ref units, (nuint)from + 8);
                // The sixteen's marked units, looked at one by one in order: there are few (a break, a curly quote, a
                // pound sign), and a test of each costs less than testing all sixteen for breaks and odd units. The
                // lines that end in the sixteen are all taken from it (a blank line is a second break in the same sixteen).
                uint marked = Bits(MarkedLanes(a), MarkedLanes(b)) & fresh;
                int next = from + 16;
                while (marked != 0)
                {
                    int at = from + System.Numerics.BitOperations.TrailingZeroCount(marked);
                    char c = (char)Unsafe.Add(ref units, at);
                    marked &= marked - 1;
                    if (c == '\n' || Chars.IsLineBreak(c))
                    {
                        AddLine(s, lines, start, at);
                        start = at + 1;
                        // \r\n is one break: its \n, marked too, is the next unit looked at, in this sixteen or the next.
                        if (c == '\r' && start < n && s[start] == '\n')
                        {
                            start++;
                            if (start >= next)
                            {
                                next = start;
                                break;
                            }
                            marked &= marked - 1;
                        }
                        continue;
                    }
                    if (odd.Open && (c < ' ' || char.IsSurrogate(c)))
                    {
                        // Past a surrogate pair: its low half, marked too, is not looked at again.
                        int after = Look(s, at, ref odd);
                        if (after > next)
                        {
                            next = after;
                            break;
                        }
                        marked &= ~0u << (after - from);
                    }
                }
                i = next;
            }
        }
        while (i < n)
        {
            char c = s[i];
            if (Chars.IsLineBreak(c))
            {
                AddLine(s, lines, start, i);
                if (c == '\r' && i + 1 < n && s[i + 1] == '\n') i++;
                start = ++i;
                continue;
            }
            i = odd.Open && (c < ' ' || char.IsSurrogate(c)) ? Look(s, i, ref odd) : i + 1;
        }
        AddLine(s, lines, start, n);
        control = odd.Control;
        surrogate = odd.Surrogate;
    }

    /// <summary>The line <c>s[start..end)</c>, trimmed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddLine(string s, List<Line> lines, int start, int end)
    {
        int ts = Chars.TrimStart(s, start, end);
        lines.Add(new Line(ts, Chars.TrimEnd(s, ts, end)));
    }

    /// <summary>The first odd control and unpaired surrogate found so far (-1: none yet).</summary>
    private record struct OddUnits(int Control, int Surrogate)
    {
        /// <summary>Whether units are still looked at for either.</summary>
        public readonly bool Open => (Control | Surrogate) < 0;
    }

    /// <summary>
    /// Where, from <paramref name="i"/>, the first sixteen units that hold a marked unit (<see cref="MarkedLanes"/>)
    /// start; the first place with fewer than sixteen units left when none do.
    /// </summary>
    /// <remarks>Out of line: a loop with no call keeps its constants in registers (with the calls beside it they were reloaded at every step).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NextMarked(ref short units, int i, int n)
    {
        var bias = Vector128.Create(MarkBias);
        var lastPlain = Vector128.Create(LastPlainBiased);
        // Thirty-two units a step (one compare of the four's maximum), then the sixteen that holds the mark: 19
        // instructions a step where two steps of sixteen took 26 (NextMarked 594,000 -> 501,000 on bulk200; steps of
        // sixty-four cost more: marks are often close).
        for (; i <= n - 32; i += 32)
        {
            var a = Vector128.Max(Vector128.LoadUnsafe(ref units, (nuint)i) + bias, Vector128.LoadUnsafe(ref units, (nuint)i + 8) + bias);
            var b = Vector128.Max(Vector128.LoadUnsafe(ref units, (nuint)i + 16) + bias, Vector128.LoadUnsafe(ref units, (nuint)i + 24) + bias);
            if (Vector128.GreaterThanAny(Vector128.Max(a, b), lastPlain))
            {
                return Vector128.GreaterThanAny(a, lastPlain) ? i : i + 16;
            }
        }
        for (; i <= n - 16; i += 16)
        {
            var a = Vector128.LoadUnsafe(ref units, (nuint)i);
            var b = Vector128.LoadUnsafe(ref units, (nuint)i + 8);
            if (Vector128.GreaterThanAny(Vector128.Max(a + bias, b + bias), lastPlain)) break;
        }
        return i;
    }

    /// <summary>
    /// The units of <paramref name="v"/> below U+0020 or from U+0085 up: the only ones that may be a break, an odd
    /// control or a surrogate (unit - 0x20 + 0x8000, compared as signed, is above 0x8000 + 0x64 exactly for them:
    /// the subtraction wraps the units below U+0020 to the top).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> MarkedLanes(Vector128<short> v) =>
        Vector128.GreaterThan(v + Vector128.Create(MarkBias), Vector128.Create(LastPlainBiased));

    // A unit plus MarkBias, compared as signed, is above LastPlainBiased exactly when the unit is below a space or at
    // least U+0085 (the units NextMarked stops at and MarkedLanes marks).
    private const short MarkBias = unchecked((short)(0x8000 - 0x20));
    private const short LastPlainBiased = unchecked((short)(0x8000 + 0x85 - 0x20 - 1));

    /// <summary>One bit for each unit of the two vectors where <paramref name="a"/> or <paramref name="b"/> (all ones or all zeros in each unit) is set, the first unit lowest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Bits(Vector128<short> a, Vector128<short> b) =>
        Vector128.ExtractMostSignificantBits(Vector128.Narrow(a, b));

    /// <summary>Looks at the unit at <paramref name="i"/>, noting it if it is the first odd control or lone surrogate; returns where to look next (past a surrogate pair).</summary>
    private static int Look(string s, int i, ref OddUnits odd)
    {
        char c = s[i];
        if (c < ' ')
        {
            if (odd.Control < 0 && c is not (>= '\t' and <= '\r')) odd.Control = i;
            return i + 1;
        }
        if (!char.IsSurrogate(c)) return i + 1;
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) return i + 2;
        if (odd.Surrogate < 0) odd.Surrogate = i;
        return i + 1;
    }
}
