using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// Compares a word with a key held in ASCII upper case, ignoring case exactly as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> does, four characters at a time. <see cref="WordTable{TValue}"/>
/// and <see cref="PhraseIndex{T}"/> keep their ASCII keys in that form, so a compare needs no case table.
/// </summary>
/// <remarks>
/// An ASCII word equals an ASCII key ignoring case exactly when its letters upper-cased equal the key. A word with a
/// character beyond ASCII is left to .NET's comparison, so the answer is .NET's for any word.
/// </remarks>
internal static class AsciiUpper
{
    /// <summary>Whether <paramref name="word"/> equals <paramref name="upper"/>, an ASCII key in upper case, ignoring case.</summary>
    public static bool EqualsUpper(ReadOnlySpan<char> word, string upper) =>
        word.Length == upper.Length && (word.Length == 0 || EqualsUpper(word, ref Unsafe.AsRef(in upper.GetPinnableReference())));

    /// <summary>
    /// Whether <paramref name="word"/> (at least one character) equals the ASCII upper-case key of the same length that
    /// starts at <paramref name="upper"/>. While four characters are ASCII, each lower-case letter among them is
    /// upper-cased in place (its bit 0x20 cleared) and the four are compared with the key's as one 64-bit value; the last
    /// step overlaps the one before. A word of two or three characters is read as two overlapping pairs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualsUpper(ReadOnlySpan<char> word, ref char upper)
    {
        int n = word.Length;
        ref char w = ref MemoryMarshal.GetReference(word);
        if (n >= 4)
        {
            int last = n - 4;
            for (int i = 0; ; i += 4)
            {
                if (i > last) i = last;
                ulong x = Read64(ref Unsafe.Add(ref w, i));
                if ((x & 0xFF80_FF80_FF80_FF80UL) != 0) return OtherEquals(word, ref upper);
                if (UpperAscii64(x) != Read64(ref Unsafe.Add(ref upper, i))) return false;
                if (i == last) return true;
            }
        }
        if (n >= 2)
        {
            uint a = Read32(ref w), b = Read32(ref Unsafe.Add(ref w, n - 2));
            if (((a | b) & 0xFF80_FF80u) != 0) return OtherEquals(word, ref upper);
            return UpperAscii32(a) == Read32(ref upper) && UpperAscii32(b) == Read32(ref Unsafe.Add(ref upper, n - 2));
        }
        uint c = w;
        if (c >= 0x80) return OtherEquals(word, ref upper);
        return c - ((c - 'a') <= 'z' - 'a' ? 32u : 0u) == upper;
    }

    /// <summary>
    /// Writes <paramref name="word"/> (at least one character) upper-cased from <paramref name="into"/> on, four
    /// characters at a time (the last step overlapping the one before), and returns true; false, with part of it
    /// written, when it has a character beyond ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryCopyUpper(ReadOnlySpan<char> word, ref char into)
    {
        int n = word.Length;
        ref char w = ref MemoryMarshal.GetReference(word);
        if (n >= 4)
        {
            int last = n - 4;
            for (int i = 0; ; i += 4)
            {
                if (i > last) i = last;
                ulong x = Read64(ref Unsafe.Add(ref w, i));
                if ((x & 0xFF80_FF80_FF80_FF80UL) != 0) return false;
                Unsafe.WriteUnaligned(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref into, i)), UpperAscii64(x));
                if (i == last) return true;
            }
        }
        for (int i = 0; i < n; i++)
        {
            uint c = Unsafe.Add(ref w, i);
            if (c >= 0x80) return false;
            Unsafe.Add(ref into, i) = (char)(c - ((c - 'a') <= 'z' - 'a' ? 32u : 0u));
        }
        return true;
    }

    // A word with a character beyond ASCII: .NET's comparison answers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool OtherEquals(ReadOnlySpan<char> word, ref char upper) =>
        word.Equals(MemoryMarshal.CreateReadOnlySpan(ref upper, word.Length), StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read64(ref char at) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref at));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Read32(ref char at) => Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref at));

    /// <summary>Four characters read as one value, each below 0x80, with their lower-case letters upper-cased.</summary>
    /// <remarks>
    /// For 16-bit lanes below 0x80: adding 0x1F sets a lane's bit 0x80 from 'a' up, adding 0x05 from '{' up, so the two
    /// sums differ in that bit exactly for 'a'..'z'; shifted down to 0x20 it clears the letter's lower-case bit. No
    /// lane carries into the next.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong UpperAscii64(ulong x) =>
        x ^ ((((x + 0x001F_001F_001F_001FUL) ^ (x + 0x0005_0005_0005_0005UL)) & 0x0080_0080_0080_0080UL) >> 2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint UpperAscii32(uint x) => x ^ ((((x + 0x001F_001Fu) ^ (x + 0x0005_0005u)) & 0x0080_0080u) >> 2);
}
