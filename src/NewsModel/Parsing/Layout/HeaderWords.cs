using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsModel.Parsing.Layout;

/// <summary>
/// Counts the words of a header line as the layout tests read them: a word is a run of letters, digits and the joiners
/// <c>' - .</c> (and U+2019) that holds at least one letter or digit ("U.S.", "Jean-Luc", "10.5"; a lone "-" is none).
/// </summary>
/// <remarks>
/// Each header line is counted several times (the frame's prose test, the headline, byline and caption tests), so the
/// count reads sixteen ASCII characters at a time: their letters and digits and their joiners as two 16-bit masks, and
/// a word starts at a letter or digit whose nearest character before it that is no joiner is no letter or digit. A
/// carry through the joiners finds those (an addition ripples from the first joiner after a letter to the end of the
/// joiners), so a word's end costs no branch. A line's last few are read with its last sixteen; sixteen characters with one
/// beyond ASCII other than a general punctuation mark (U+2010 to U+2026), and the rest of the line after them, are
/// counted one by one.
/// </remarks>
internal static class HeaderWords
{
    /// <summary>
    /// The number of words of <paramref name="text"/>, or <paramref name="cap"/> + 1 when it has more than
    /// <paramref name="cap"/>: counting stops there.
    /// </summary>
    public static int Count(ReadOnlySpan<char> text, int cap)
    {
        int words = 0;
        int i = 0;
        // 1 when the last character read that is no joiner is a letter or digit: the joiners and letters that
        // follow continue its word.
        uint inWord = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + 16 <= text.Length; i += 16)
            {
                if (!Sixteen(ref units, i, 0, ref inWord, ref words)) break;
                if (words > cap) return cap + 1;
            }
            // The last few of a line of sixteen or more, read as the line's last sixteen with those already counted
            // shifted out, rather than one by one (~10 instructions a character).
            if (i < text.Length && i + 16 > text.Length && text.Length >= 16
                && Sixteen(ref units, text.Length - 16, i - (text.Length - 16), ref inWord, ref words))
            {
                return Math.Min(words, cap + 1);
            }
        }
        // The rest one character at a time, from inside a word when the last sixteen ended in one.
        if (inWord != 0)
        {
            while (i < text.Length && Class(text[i]) != Outside) i++;
        }
        while (i < text.Length)
        {
            if (Class(text[i++]) != InWord) continue;
            if (++words > cap) break;
            while (i < text.Length && Class(text[i]) != Outside) i++;
        }
        return words;
    }

    /// <summary>
    /// Counts the words that start in the sixteen characters from <paramref name="at"/> past the first
    /// <paramref name="skip"/> (already counted), from the state <paramref name="inWord"/> the character before them
    /// left; false, counting nothing, when one of the sixteen is beyond ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Sixteen(ref ushort units, int at, int skip, ref uint inWord, ref int words)
    {
        var low = Vector128.LoadUnsafe(ref units, (nuint)at);
        var high = Vector128.LoadUnsafe(ref units, (nuint)(at + 8));
        uint beyondJoiners = 0;
        if (((low | high) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            if (!OnlyGeneralPunctuation(low) || !OnlyGeneralPunctuation(high)) return false;
            beyondJoiners = Vector128.ExtractMostSignificantBits(Vector128.Narrow(
                Vector128.Equals(low, Vector128.Create((ushort)'\u2019')), Vector128.Equals(high, Vector128.Create((ushort)'\u2019'))));
        }
        // Narrowed to its low byte, a mark from U+2010 to U+2026 is a control character (0x10 to 0x26): no letter,
        // digit or joiner, as the mark itself (U+2019 is made a joiner apart).
        var bytes = Vector128.Narrow(low, high);
        uint wordChars = Vector128.ExtractMostSignificantBits(
            Vector128.LessThanOrEqual((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a')))
            | Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)9))) >> skip;
        uint joiners = (Vector128.ExtractMostSignificantBits(
            Vector128.Equals(bytes, Vector128.Create((byte)'\''))
            | Vector128.Equals(bytes, Vector128.Create((byte)'-'))
            | Vector128.Equals(bytes, Vector128.Create((byte)'.'))) | beyondJoiners) >> skip;
        // Bit p of 'after' (0 to 16): the last character before p that is no joiner is a letter or digit.
        uint afterChar = wordChars << 1 | inWord;
        uint after = afterChar | ((joiners + (afterChar & joiners)) & ~joiners);
        words += BitOperations.PopCount(wordChars & ~after);
        inWord = after >> (16 - skip);
        return true;
    }

    /// <summary>
    /// True when each of the eight characters of <paramref name="v"/> beyond ASCII is a general punctuation mark from
    /// U+2010 to U+2026 (curly quotation marks and apostrophes, dashes, the ellipsis): no letter or digit, and none a
    /// joiner but U+2019. Header lines are often whole paragraphs, and one curly quote sent the rest of such a line
    /// to the reading one character at a time (~10 instructions a character).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool OnlyGeneralPunctuation(Vector128<ushort> v)
    {
        var beyond = ~Vector128.Equals(v & Vector128.Create((ushort)0xFF80), Vector128<ushort>.Zero);
        var outside = Vector128.GreaterThan(v - Vector128.Create((ushort)0x2010), Vector128.Create((ushort)(0x2026 - 0x2010)));
        return (beyond & outside) == Vector128<ushort>.Zero;
    }

    private const byte Outside = 0, InWord = 1, Joiner = 2;

    /// <summary>ASCII characters' classes: letters and digits, the joiners ' - . and the rest.</summary>
    private static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 2, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Class(char c) => c < 0x80 ? AsciiClasses[c] : ClassBeyondAscii(c);

    /// <summary>A class beyond ASCII, out of the counting loop, which then has no call of its own to save registers around.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte ClassBeyondAscii(char c) => char.IsLetterOrDigit(c) ? InWord : c == '\u2019' ? Joiner : Outside;
}
