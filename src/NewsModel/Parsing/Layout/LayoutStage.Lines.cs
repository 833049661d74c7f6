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
/// with such a unit (a break, a tab, a curly quote) are looked at closer: for the five breaks, and, until both are
/// found, for odd units, which are looked at unit by unit only where the sixteen hold one (well-formed text holds none;
/// surrogates appear only where emoji or rare scripts are written). Over bulk200 the two walks cost 1.44 M (odd units)
/// and 1.34 M instructions (lines), the one 1.99 M.
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
        int i = 0;
        while (true)
        {
            int found = NextLineBreak(s, i, ref odd);
            int end = found < 0 ? s.Length : found;
            int ts = Chars.TrimStart(s, i, end);
            int te = Chars.TrimEnd(s, ts, end);
            lines.Add(new Line(ts, te));
            if (found < 0) break;
            i = end;
            // \r\n is one break
            if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
            i++;
        }
        control = odd.Control;
        surrogate = odd.Surrogate;
    }

    /// <summary>The first odd control and unpaired surrogate found so far (-1: none yet).</summary>
    private record struct OddUnits(int Control, int Surrogate)
    {
        /// <summary>Whether units are still looked at for either.</summary>
        public readonly bool Open => (Control | Surrogate) < 0;
    }

    /// <summary>
    /// The first line break (<see cref="Chars.IsLineBreak"/>) in <paramref name="s"/> from <paramref name="i"/> on, -1
    /// when none; the odd units before it are noted in <paramref name="odd"/>.
    /// </summary>
    /// <remarks>Inlined into the line loop: a call per line cost its frame's set-up (about 84,000 instructions over bulk200).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextLineBreak(string s, int i, ref OddUnits odd)
    {
        int n = s.Length;
        if (Vector128.IsHardwareAccelerated)
        {
            ref short units = ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(s.AsSpan()));
            while ((i = NextMarked(ref units, i, n)) <= n - 16)
            {
                var a = Vector128.LoadUnsafe(ref units, (nuint)i);
                var b = Vector128.LoadUnsafe(ref units, (nuint)i + 8);
                uint breaks = Bits(BreakLanes(a), BreakLanes(b));
                // The sixteen's units before the break, or all of them.
                uint before = ((breaks & (0u - breaks)) - 1) & 0xFFFF;
                // Odd units are among the marked ones: most sixteen hold no marked unit before their break but it.
                if (odd.Open && (Bits(MarkedLanes(a), MarkedLanes(b)) & before) != 0 && (Bits(OddLanes(a), OddLanes(b)) & before) != 0)
                {
                    int stop = i + System.Numerics.BitOperations.PopCount(before);
                    int j = i;
                    while (j < stop) j = Look(s, j, ref odd);
                    // A pair whose low half is past the sixteen: the next sixteen start after it.
                    if (breaks == 0)
                    {
                        i = j;
                        continue;
                    }
                }
                if (breaks != 0) return i + System.Numerics.BitOperations.TrailingZeroCount(breaks);
                i += 16;
            }
        }
        while (i < n)
        {
            char c = s[i];
            if (Chars.IsLineBreak(c)) return i;
            i = odd.Open && (c < ' ' || char.IsSurrogate(c)) ? Look(s, i, ref odd) : i + 1;
        }
        return -1;
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

    /// <summary>The units of <paramref name="v"/> that are a line break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> BreakLanes(Vector128<short> v) =>
        Vector128.Equals(v, Vector128.Create((short)'\n'))
        | Vector128.Equals(v, Vector128.Create((short)'\r'))
        | Vector128.Equals(v, Vector128.Create((short)0x85))
        // U+2028 and U+2029 differ in their lowest bit only.
        | Vector128.Equals(v | Vector128.Create((short)1), Vector128.Create((short)0x2029));

    /// <summary>The units of <paramref name="v"/> that are an odd control or a surrogate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> OddLanes(Vector128<short> v) =>
        // unit - low + 0x8000, compared as signed, is below 0x8000 + (high - low) exactly for low <= unit < high.
        Vector128.LessThan(v + Vector128.Create(unchecked((short)0x8000)), Vector128.Create(unchecked((short)(0x8000 + 0x09))))
        | Vector128.LessThan(v + Vector128.Create(unchecked((short)(0x8000 - 0x0E))), Vector128.Create(unchecked((short)(0x8000 + 0x20 - 0x0E))))
        | Vector128.LessThan(v + Vector128.Create(unchecked((short)(0x8000 - 0xD800))), Vector128.Create(unchecked((short)(0x8000 + 0x800))));

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
