using System.Runtime.CompilerServices;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// The spelling of a word of one to four characters as one number (<see cref="Spelling"/>), as the sentence splitter
/// keys its short abbreviations.
/// </summary>
/// <remarks>
/// The spelling is the word's four characters read as one number, those past its end zero: a word holds no character
/// U+0000 (a space to the tokenizer), so two words of one to four characters share a number only when they are spelled alike.
/// </remarks>
internal static class ShortSpelling
{
    /// <summary>The longest word <see cref="Spelling"/> spells.</summary>
    public const int MaxLength = 4;

    /// <summary>The word's characters as one number, those past its end zero: one load from the last four of the source when the word starts closer to its end.</summary>
    /// <remarks><paramref name="source"/> has at least four characters; <paramref name="length"/> is 1 to <see cref="MaxLength"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Spelling(string source, int start, int length)
    {
        // The string's first character by its pinnable reference, not through a span: a span of a null string is empty,
        // and the span's test and empty branch were five instructions a lookup.
        ref char first = ref Unsafe.AsRef(in source.GetPinnableReference());
        int at = Math.Min(start, source.Length - 4);
        ulong four = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref first, at))) >> (16 * (start - at));
        return four & ShapeFilter.HeadMask(length);
    }
}
