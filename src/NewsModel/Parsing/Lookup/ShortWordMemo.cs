using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// The word classes of the last short words looked up (one to four characters, as written), so that "the", "said" and
/// "he", asked in block after block, are answered from one compare instead of a <see cref="WordTable{TValue}"/> probe.
/// </summary>
/// <remarks>
/// A word's classes depend on its spelling alone, so a remembered answer is exact for as long as the
/// <see cref="WordClasses"/> it came from is asked (<see cref="For"/> forgets everything when another is). The spelling
/// is the word's four characters read as one number, those past its end zero: a word holds no character U+0000 (a
/// space to the tokenizer), so two words of one to four characters share a number only when they are spelled alike.
/// Slots are direct-mapped by that number's hash; a word whose slot holds another is looked up and takes the slot.
/// Words of five to eight characters have slots of their own (<see cref="OfMid"/>): their first four and last four
/// characters, which overlap or meet, and their length spell them exactly.
/// Not thread-safe: one per thread's scratch.
/// </remarks>
internal sealed class ShortWordMemo
{
    /// <summary>The longest word remembered.</summary>
    public const int MaxLength = 4;

    private const int SlotBits = 9;
    // Slot k's spelling at 2k and its classes at 2k + 1: a lookup reads one cache line, where a spelling and its classes
    // in arrays of their own were two.
    private readonly ulong[] _short = new ulong[2 << SlotBits];
    private WordClasses? _words;

    /// <summary>The longest word <see cref="OfMid"/> remembers; it takes words from <see cref="MaxLength"/> + 1 up.</summary>
    public const int MaxMidLength = 8;

    // The words of five to eight characters, three numbers a slot (slot k's at 3k): their first four characters, their
    // last four, and their classes with their length above them; one cache line a lookup, mostly, where three arrays
    // were three.
    private readonly ulong[] _mid = new ulong[3 << SlotBits];

    /// <summary>Makes the memo answer for <paramref name="words"/>, forgetting what it holds when that is another table.</summary>
    public void For(WordClasses words)
    {
        if (ReferenceEquals(words, _words)) return;
        // Zero is no spelling of a word (nor the first four characters of one): every slot is empty.
        Array.Clear(_short);
        Array.Clear(_mid);
        _words = words;
    }

    /// <summary>
    /// The classes of the word <c>source[start..start+length)</c> (<paramref name="length"/> 1 to <see cref="MaxLength"/>,
    /// no character U+0000, <paramref name="source"/> at least four characters long), as <see cref="WordClasses.Of"/>
    /// gives them for the table last passed to <see cref="For"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass Of(string source, int start, int length)
    {
        ulong spelling = Spelling(source, start, length);
        int slot = (int)((spelling * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));
        ref ulong held = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_short), slot * 2);
        if (held == spelling) return (WordClass)(uint)Unsafe.Add(ref held, 1);
        return LookUp(source, start, length, spelling, slot);
    }

    /// <summary>
    /// As <see cref="Of"/> where the word's slot holds it: true and its <paramref name="classes"/>; false (and none) where
    /// <see cref="Of"/> would look it up.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryHeld(string source, int start, int length, out WordClass classes)
    {
        ulong spelling = Spelling(source, start, length);
        int slot = (int)((spelling * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));
        ref ulong held = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_short), slot * 2);
        if (held == spelling)
        {
            classes = (WordClass)(uint)Unsafe.Add(ref held, 1);
            return true;
        }
        classes = WordClass.None;
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WordClass LookUp(string source, int start, int length, ulong spelling, int slot)
    {
        var classes = _words!.Of(source.AsSpan(start, length));
        _short[slot * 2] = spelling;
        _short[slot * 2 + 1] = (uint)classes;
        return classes;
    }

    /// <summary>
    /// The classes of the word <c>source[start..start+length)</c> (<paramref name="length"/> from <see cref="MaxLength"/> + 1
    /// to <see cref="MaxMidLength"/>, no character U+0000), as <see cref="WordClasses.Of"/> gives them for the table last
    /// passed to <see cref="For"/>.
    /// </summary>
    /// <remarks>
    /// A word of the attribution stage's lists asked in block after block ("added", "minister", "however") is answered
    /// from two compares instead of a probe of the table and a compare of its characters (about 200 instructions).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass OfMid(string source, int start, int length)
    {
        ref char first = ref MemoryMarshal.GetReference(source.AsSpan(start, length));
        ulong head = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref first));
        ulong tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref first, length - 4)));
        // Two words of different lengths may share their first and last four characters ("abccde", "abcccde"), and
        // then their slot: the length kept with the classes tells them apart.
        int slot = (int)(((head + tail * 0xC2B2AE3D27D4EB4FUL) * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));
        ref ulong entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_mid), slot * 3);
        if (entry == head && Unsafe.Add(ref entry, 1) == tail)
        {
            ulong held = Unsafe.Add(ref entry, 2);
            if ((int)(held >> 32) == length) return (WordClass)(uint)held;
        }
        return LookUpMid(source, start, length, head, tail, slot);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WordClass LookUpMid(string source, int start, int length, ulong head, ulong tail, int slot)
    {
        var classes = _words!.Of(source.AsSpan(start, length));
        _mid[slot * 3] = head;
        _mid[slot * 3 + 1] = tail;
        _mid[slot * 3 + 2] = (uint)classes | (ulong)(uint)length << 32;
        return classes;
    }

    /// <summary>The word's characters as one number, those past its end zero: one load from the last four of the source when the word starts closer to its end.</summary>
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
