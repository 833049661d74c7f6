using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsModel.Parsing.Pipeline;

/// <summary>
/// Finds, in one pass over an input, the first control character that is not a line or tab break (U+0000-U+0008,
/// U+000E-U+001F: the tab, line feed, vertical tab, form feed and carriage return are whitespace, not odd) and the
/// first unpaired surrogate (a high surrogate not followed by a low one, or a low one not preceded by a high one).
/// </summary>
/// <remarks>
/// Every parse asks this of its whole input, and well-formed text holds neither; surrogates appear only where emoji or
/// rare scripts are written. So the pass tests sixteen units at a time whether any is an odd control or a surrogate,
/// each range by one signed compare after a bias (a unit in the range lands at the bottom of the signed range), and
/// looks unit by unit only at a step where one is. Two searches (a set of controls, then surrogates) read every
/// unit twice and cost about twice as much in ahead-of-time code.
/// </remarks>
internal static class OddCharacters
{
    /// <summary>The offset of the first odd control character and of the first unpaired surrogate in <paramref name="s"/>; -1 when none.</summary>
    public static (int Control, int LoneSurrogate) Find(string s)
    {
        int control = -1, surrogate = -1;
        int length = s.Length;
        ref char start = ref MemoryMarshal.GetReference(s.AsSpan());
        int i = 0;
        while (i < length)
        {
            i = Vector128.IsHardwareAccelerated ? PlainUpTo(ref start, length, i) : i;
            int stepEnd = Math.Min(i + Step, length);
            while (i < stepEnd) i = Look(ref start, length, i, ref control, ref surrogate);
            if (control >= 0 && surrogate >= 0) break;
        }
        return (control, surrogate);
    }

    /// <summary>The units a vector step tests: two vectors, whose tests are joined before one branch.</summary>
    private const int Step = 2 * 8;

    /// <summary>
    /// Where, from <paramref name="i"/>, the first step of <see cref="Step"/> units that holds an odd control or a
    /// surrogate starts; the end of the last whole step when none does.
    /// </summary>
    private static int PlainUpTo(ref char start, int length, int i)
    {
        ref short units = ref Unsafe.As<char, short>(ref start);
        // unit - low + 0x8000, compared as signed, is below 0x8000 + (high - low) exactly for low <= unit < high.
        var tabBias = Vector128.Create(unchecked((short)0x8000));
        var tabBelow = Vector128.Create(unchecked((short)(0x8000 + 0x09)));
        var spaceBias = Vector128.Create(unchecked((short)(0x8000 - 0x0E)));
        var spaceBelow = Vector128.Create(unchecked((short)(0x8000 + 0x20 - 0x0E)));
        var surrogateBias = Vector128.Create(unchecked((short)(0x8000 - 0xD800)));
        var surrogateBelow = Vector128.Create(unchecked((short)(0x8000 + 0x800)));
        for (; i <= length - Step; i += Step)
        {
            var a = Vector128.LoadUnsafe(ref units, (nuint)i);
            var b = Vector128.LoadUnsafe(ref units, (nuint)i + 8);
            // The smaller of the two vectors' biased units, lane by lane, is in a range when either unit is.
            var odd = Vector128.LessThan(Vector128.Min(a + tabBias, b + tabBias), tabBelow)
                | Vector128.LessThan(Vector128.Min(a + spaceBias, b + spaceBias), spaceBelow)
                | Vector128.LessThan(Vector128.Min(a + surrogateBias, b + surrogateBias), surrogateBelow);
            if (odd != Vector128<short>.Zero) break;
        }
        return i;
    }

    /// <summary>Looks at the unit at <paramref name="i"/>, noting it if it is the first odd control or lone surrogate; returns where to look next (past a surrogate pair).</summary>
    private static int Look(ref char start, int length, int i, ref int control, ref int surrogate)
    {
        char c = Unsafe.Add(ref start, i);
        if (c < ' ')
        {
            if (control < 0 && c is not (>= '\t' and <= '\r')) control = i;
            return i + 1;
        }
        if (!char.IsSurrogate(c)) return i + 1;
        if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(Unsafe.Add(ref start, i + 1))) return i + 2;
        if (surrogate < 0) surrogate = i;
        return i + 1;
    }
}
