using System.Runtime.CompilerServices;

namespace NewsModel.Parsing.Text;

/// <summary>
/// Tells whether a text reads as English, cheaply: from its first <see cref="SampleWords"/> words it counts those
/// written in another script than Latin, and the short function words of English against those of the other
/// languages news copy comes in (German, French, Spanish, Italian, Portuguese, Dutch). English copy uses its
/// function words in every sentence ("the", "of", "said"), so a real text decides within a few lines; names and
/// phrases from other languages in English copy ("Le Pen", "El Paso") are far outnumbered. Words English shares
/// with those languages ("was" and "will" are German, "Los" and "Van" open place and family names) are in neither list.
/// </summary>
/// <remarks>
/// Bounded work: it stops after <see cref="SampleWords"/> words, so its cost does not grow with the input, and it
/// allocates nothing. Text with
/// too few words or no function words of either kind (tables of figures, a headline alone) is given the benefit of
/// the doubt. The word lists are the screen's own, not knowledge the parser matches: they decide nothing else.
/// </remarks>
internal static class EnglishScreen
{
    /// <summary>The words looked at: the first ones of the text.</summary>
    public const int SampleWords = 200;

    /// <summary>Fewer words than this say too little to judge.</summary>
    public const int MinimumWords = 20;

    /// <summary>Function words of another language must number at least this many to count as evidence.</summary>
    private const int MinimumForeign = 5;

    internal static readonly string[] EnglishWords =
    [
        "the", "of", "and", "to", "that", "for", "with", "is", "it", "by", "from", "his", "he", "she", "has",
        "have", "are", "this", "were", "its", "who", "or", "but", "they", "had", "been", "would", "their", "which",
        "said", "says", "not", "at", "be", "we", "our", "after", "than", "more", "about", "there"
    ];

    internal static readonly string[] ForeignWords =
    [
        // German
        "der", "und", "das", "ist", "nicht", "mit", "den", "dem", "sich", "auf", "für", "eine", "ein", "auch", "wird",
        "werden", "sagte", "nach", "bei", "wie", "oder", "aber", "noch", "zum", "zur", "sind", "hat", "ich", "wir",
        // French
        "le", "les", "et", "est", "une", "du", "que", "qui", "dans", "pour", "pas", "sur", "aux", "avec", "sont",
        "été", "ont", "cette", "ces", "mais", "selon", "leur", "nous", "vous",
        // Spanish, Italian, Portuguese
        "el", "del", "por", "una", "para", "según", "il", "di", "che", "della", "sono", "não", "uma",
        // Dutch
        "het", "een", "niet", "zijn", "ook", "voor"
    ];

    /// <summary>
    /// Each listed word's key (see <see cref="Key"/>) in its own slot (<see cref="Slot"/>) of a table of <see cref="TableSize"/> slots, moved
    /// up two bytes, with its side in the low two (<see cref="EnglishSide"/> or <see cref="ForeignSide"/>; 0 is an empty
    /// slot, since no word's key is 0). The sides are the steps of a tally that counts both kinds of word in one number.
    /// A word is looked up by a number built while the scan reads it, so the screen never makes a string or compares text; a probe is a multiply and one read that answers both the key and its side, where a
    /// frozen dictionary's hashing and bucket walk cost as much as the rest of the scan.
    /// </summary>
    private static readonly ulong[] Words = BuildTable();

    /// <summary>Slots of <see cref="Words"/>: a power of two, several times the number of listed words.</summary>
    private const int TableSize = 1 << TableBits;

    /// <summary>A slot's key is kept above its side: keys hold at most <see cref="MaxWordLength"/> bytes.</summary>
    private const int KeyShift = 16;

    /// <summary>
    /// A slot's side for an English word and for another language's: the tally of a sample's words (at most
    /// <see cref="SampleWords"/>, fewer than 256) adds a word's side and holds the English words in its low byte and the
    /// others above, so the loop adds one number a word and keeps one count in a register instead of two.
    /// </summary>
    private const uint EnglishSide = 1, ForeignSide = 0x100;

    /// <summary>A word's step in <see cref="AsciiWords"/>' tally, above the English and foreign counts.</summary>
    private const int WordStep = 0x10000;

    private static ulong[] BuildTable()
    {
        var slots = new ulong[TableSize];
        foreach (var (words, side) in new[] { (EnglishWords, (ulong)EnglishSide), (ForeignWords, (ulong)ForeignSide) })
        {
            foreach (var w in words)
            {
                ulong key = Key(w);
                int slot = Slot(key);
                if (slots[slot] >> KeyShift == key) continue;
                // Every word stands in its own slot (see Slot): a lookup is one read, with no probe sequence.
                if (slots[slot] != 0) throw new InvalidOperationException($"The English screen's words '{w}' and another share a slot: choose another multiplier in Slot.");
                slots[slot] = key << KeyShift | side;
            }
        }
        return slots;
    }

    /// <summary>
    /// A key's slot: the top bits of its product with a multiplier chosen so that no two listed words share a slot (of
    /// the odd multipliers tried, about one in 1,400 does for these 113 keys; the golden ratio's does not). A lookup
    /// then reads one slot and compares, with no probe loop and no branch on its answer (see AsciiWords' figures).
    /// </summary>
    private static int Slot(ulong key) => (int)((key * 0x427005F6CA2E3611UL) >> (64 - TableBits));

    /// <summary>log2 of <see cref="TableSize"/>: the bits of a key's product that pick its slot.</summary>
    private const int TableBits = 10;

    /// <summary>+1 for an English word's key, -1 for another language's, 0 for any other key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SideOf(ulong[] words, ulong key)
    {
        uint side = SideBits(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(words), key);
        return side == 0 ? 0 : side == EnglishSide ? 1 : -1;
    }

    /// <summary>
    /// <see cref="EnglishSide"/> for an English word's key, <see cref="ForeignSide"/> for another language's, 0 for any
    /// other key, the key 0 included (an empty slot's side is 0); <paramref name="first"/> is the first slot of <see cref="Words"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SideBits(ref ulong first, ulong key)
    {
        // A slot is the top TableBits of a product, within the table: no bounds check. A listed word stands in its own slot.
        ulong entry = Unsafe.Add(ref first, (nuint)Slot(key));
        // The mask by arithmetic rather than a branch on the compare, which mispredicts on the words that are listed.
        return (uint)entry & 0xFFFF & (0u - Unsafe.BitCast<bool, byte>(entry >> KeyShift == key));
    }

    /// <summary>The longest word looked up; every listed word is this short, and longer words are not function words.</summary>
    private const int MaxWordLength = 6;

    /// <summary>
    /// A word of Latin-1 letters (at most eight) as a number: its letters folded to lower case (<c>| 0x20</c> lowers
    /// ASCII and Latin-1 capitals alike), one byte each, first letter lowest, as eight characters narrowed to bytes
    /// lie in memory (<see cref="KeyOf"/> then takes them as they are, without reversing their order). Letters are
    /// never zero, so two words share a key only when equal.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Key(ReadOnlySpan<char> word)
    {
        ulong key = 0;
        for (int i = 0; i < word.Length; i++) key |= (ulong)(byte)(word[i] | 0x20) << (8 * i);
        return key;
    }

    /// <summary>
    /// The key (see <see cref="Key"/>) of the ASCII word of <paramref name="n"/> letters (2 to <see cref="MaxWordLength"/>)
    /// that <paramref name="eight"/>, eight characters read from its start, begins with: its letters narrowed to bytes,
    /// the first <paramref name="n"/> kept, instead of a step per letter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong KeyOf(System.Runtime.Intrinsics.Vector128<ushort> eight, int n)
    {
        ulong bytes = System.Runtime.Intrinsics.Vector128.ToScalar(System.Runtime.Intrinsics.Vector128.AsUInt64(System.Runtime.Intrinsics.Vector128.Narrow(eight, eight)));
        return (bytes | 0x2020_2020_2020_2020UL) & ((1UL << (8 * n)) - 1);
    }

    /// <summary>True when the text has enough words to judge and they are not English.</summary>
    /// <remarks>
    /// Words of ASCII letters followed by an ASCII character, nearly every word of English copy, and the ASCII
    /// characters between them are read by <see cref="AsciiWords"/>, a loop that makes no call and so keeps its counts
    /// in registers; this loop reads what that one leaves, one word or character at a time: a word with a letter beyond
    /// ASCII, a character beyond ASCII between words (<see cref="ReadOther"/>), a word too close to the text's end
    /// for a read of eight.
    /// </remarks>
    public static bool LooksNotEnglish(ReadOnlySpan<char> text)
    {
        var words = Words;
        var counts = new Counts();
        int n = text.Length;
        ref char first = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text);
        // The last start from which eight characters can be read; -1 leaves every word to the scalar search.
        int vectorEnd = System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated ? n - 8 : -1;
        int i = 0;
        while (true)
        {
            i = AsciiWords(ref first, i, n, vectorEnd, words, ref counts);
            if (i < 0 || i >= n) break;
            char c = Unsafe.Add(ref first, i);
            int side;
            if (char.IsAsciiLetter(c))
            {
                // A word the loop above left: one near the end, or one that goes on beyond ASCII or ends at a character there.
                int end = Tokenizer.AsciiLetterRunEnd(text, i + 1);
                if (end < n && Unsafe.Add(ref first, end) >= 0x80)
                {
                    long read = ReadOther(text, i, words);
                    i = (int)read;
                    side = (int)(read >> 32);
                }
                else
                {
                    side = (uint)(end - i - 2) <= MaxWordLength - 2 ? SideOf(words, Key(text.Slice(i, end - i))) : 0;
                    // The character at the end is no letter: the loop steps past it.
                    i = end + 1;
                }
            }
            else
            {
                long read = ReadOther(text, i, words);
                i = (int)read;
                side = (int)(read >> 32);
                if (side == NoWord) continue;
            }
            if (counts.Add(side)) break;
        }
        if (counts.Words < MinimumWords) return false;
        return counts.InOtherScript * 2 > counts.Words || (counts.Foreign >= MinimumForeign && counts.Foreign > 2 * counts.English);
    }

    /// <summary>The words read so far and how many were English, of another language, or in another script.</summary>
    private struct Counts
    {
        public int Words, English, Foreign, InOtherScript;

        /// <summary>Counts a word of side <paramref name="side"/>; true when the sample is read or the verdict settled.</summary>
        public bool Add(int side)
        {
            Words++;
            if (side > 0) English++;
            else if (side == -1) Foreign++;
            else if (side == OtherScript) InOtherScript++;
            return Done(Words, InOtherScript, English, Foreign);
        }
    }

    /// <summary>True when the screen has read enough: the whole sample, or enough to settle the verdict.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Done(int words, int otherScript, int english, int foreign) =>
        // Nothing is settled before half the sample (see SettledEnglish): the test is not made for the first half.
        words >= SampleWords / 2 && (words == SampleWords || SettledEnglish(words, otherScript, english, foreign));

    /// <summary>
    /// Reads from <paramref name="i"/> on the ASCII characters that are no letter and the words of ASCII letters that
    /// start at least eight characters before the text's end and are followed by an ASCII character (or the end),
    /// counting the words in <paramref name="counts"/>; returns where it stopped (at a character it leaves, or the
    /// end), or -1 when the screen has read enough (<see cref="Done"/>). <paramref name="i"/> is never inside a word.
    /// </summary>
    /// <remarks>
    /// 32 characters of ASCII are read at once: their letters as a 32-bit mask, each word that ends within them found
    /// by bit scans (its start where a letter follows no letter, its length the letters from there), and a short word's
    /// key taken from the 32 narrowed to bytes and folded, stored once. The word that runs to the end of the 32 is read
    /// by the next 32, which start at it. A general punctuation mark among them is no letter narrowed either
    /// (<see cref="OnlyGeneralPunctuation"/>). A stretch with another character beyond ASCII, the text's last 31
    /// characters and a word of 32 letters or more are read a word at a time as before: eight characters at once, the
    /// letters among them giving its end and a short word's key (<see cref="KeyOf"/>). The screen's loop went from
    /// about 75 instructions a word to about 58 on the bulk sample (sixteen at once: about 68); with one tally for the
    /// words and both sides, the table's address taken once and the sample's end asked once per 32, about 55 (bulk200:
    /// 1.516 -> 1.443 M for 26,376 words). Each word's end read from a second mask (the n-th end is the n-th start's
    /// word's) instead of a shift by its start, the sample's last 16 words left to the word-at-a-time reading (so the
    /// loop makes no call and keeps its values in registers) and a lookup of one read with no branch on its answer:
    /// 1.426 -> 1.251 M, the simulated mispredicted branches 37.0 -> 25.9 K.
    /// </remarks>
    private static int AsciiWords(ref char first, int i, int n, int vectorEnd, ulong[] table, ref Counts counts)
    {
        // English words in the low byte, other languages' in the next (see EnglishSide), all words above: one register.
        int tally = counts.English + counts.Foreign * (int)ForeignSide + counts.Words * WordStep;
        // The table's first slot, taken once: no null check and address per lookup.
        ref ulong slots = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(table);
        int otherScript = counts.InOtherScript;
        // A word's bytes by its length (2 to MaxWordLength), one read where the mask was three shifts and a subtraction.
        ref ulong masks = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(LengthMasks);
        // The letter test's constants, made once for the loop rather than loaded again for each word.
        var caseBit = System.Runtime.Intrinsics.Vector128.Create((ushort)0x20);
        var move = System.Runtime.Intrinsics.Vector128.Create((ushort)(0x8000 - 'a'));
        var below = System.Runtime.Intrinsics.Vector128.Create((short)(short.MinValue + 26));
        // The same for bytes: a letter folded to lower case and moved by 0x80 - 'a' is one of the 26 lowest signed bytes.
        var caseBits = System.Runtime.Intrinsics.Vector128.Create((byte)0x20);
        var moveBytes = System.Runtime.Intrinsics.Vector128.Create((byte)(0x80 - 'a'));
        var belowBytes = System.Runtime.Intrinsics.Vector128.Create((sbyte)(sbyte.MinValue + 26));
        var beyondAscii = System.Runtime.Intrinsics.Vector128.Create((ushort)0xFF80);
        // The 32 characters narrowed and folded, and room for a read of eight from the last of them.
        // A local's address, not a span's: the loop reaches it from the frame and keeps no register for it.
        Unsafe.SkipInit(out Folded folded);
        ref ushort units = ref Unsafe.As<char, ushort>(ref first);
        // 32 can be read from i up to here; below scalarUntil the loop reads a word at a time.
        int wideEnd = System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated ? n - Wide : -1;
        int scalarUntil = 0;
        while (i < n)
        {
            // The sample's last words are read one at a time: 32 characters hold at most 16 words, and a word past the
            // sample's end must not be counted (a verdict settled stays settled up to it, see SettledEnglish, so
            // whether the screen has read enough is asked once per 32).
            if (i <= wideEnd && i >= scalarUntil && tally <= (SampleWords - Wide / 2) * WordStep + 0xFFFF)
            {
                var a = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)i);
                var b = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)i + 8);
                var c = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)i + 16);
                var d = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)i + 24);
                if (((a | b | c | d) & beyondAscii) != System.Runtime.Intrinsics.Vector128<ushort>.Zero
                    && !(OnlyGeneralPunctuation(a) && OnlyGeneralPunctuation(b) && OnlyGeneralPunctuation(c) && OnlyGeneralPunctuation(d)))
                {
                    // Read a word at a time up to the first character beyond ASCII, where the loop leaves.
                    int beyond = i;
                    while (Unsafe.Add(ref first, beyond) < 0x80) beyond++;
                    scalarUntil = beyond + 1;
                    goto Scalar;
                }
                var low = System.Runtime.Intrinsics.Vector128.Narrow(a, b) | caseBits;
                var high = System.Runtime.Intrinsics.Vector128.Narrow(c, d) | caseBits;
                System.Runtime.Intrinsics.Vector128.StoreUnsafe(low, ref Unsafe.As<Folded, byte>(ref folded));
                System.Runtime.Intrinsics.Vector128.StoreUnsafe(high, ref Unsafe.As<Folded, byte>(ref folded), 16);
                uint letters = System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(
                        System.Runtime.Intrinsics.Vector128.LessThan(System.Runtime.Intrinsics.Vector128.AsSByte(low + moveBytes), belowBytes))
                    | System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(
                        System.Runtime.Intrinsics.Vector128.LessThan(System.Runtime.Intrinsics.Vector128.AsSByte(high + moveBytes), belowBytes)) << 16;
                // A word starts where a letter follows no letter: i is never inside a word.
                uint starts = letters & ~(letters << 1);
                // And ends at a letter no letter follows: the n-th start and the n-th end are one word's.
                uint ends = letters & ~(letters >> 1);
                int next = i + Wide;
                if ((int)letters < 0)
                {
                    // The word that runs to the end of the 32 is left to the next 32, which start at it.
                    int last = System.Numerics.BitOperations.Log2(starts);
                    if (last == 0)
                    {
                        scalarUntil = i + 1;
                        goto Scalar;
                    }
                    starts ^= 1u << last;
                    next = i + last;
                }
                while (starts != 0)
                {
                    int p = System.Numerics.BitOperations.TrailingZeroCount(starts);
                    starts &= starts - 1;
                    // The word's last letter, within the 32 (the one whose end is the 32's last was dropped from the starts).
                    int shorter = System.Numerics.BitOperations.TrailingZeroCount(ends) - p;
                    ends &= ends - 1;
                    if ((uint)(shorter - 1) <= MaxWordLength - 2)
                    {
                        tally += (int)SideBits(ref slots, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref Unsafe.As<Folded, byte>(ref folded), p)) & Unsafe.Add(ref masks, shorter + 1));
                    }
                    tally += WordStep;
                }
                if (Done(tally >> 16, otherScript, tally & 0xFF, (tally >> 8) & 0xFF))
                {
                    i = -1;
                    goto Leave;
                }
                i = next;
                continue;
            }
        Scalar:
            char at = Unsafe.Add(ref first, i);
            if (!char.IsAsciiLetter(at))
            {
                if (at >= 0x80) break;
                i++;
                continue;
            }
            if (i > vectorEnd) break;
            var eight = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)i);
            int count = Tokenizer.AsciiLetterCount(eight, caseBit, move, below);
            int end = i + count;
            for (int later = i + 8; end == later && later <= vectorEnd; later += 8)
            {
                end = later + Tokenizer.AsciiLetterCount(System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)later), caseBit, move, below);
            }
            if (count == 8)
            {
                while (end < n && char.IsAsciiLetter(Unsafe.Add(ref first, end))) end++;
            }
            // A word that goes on beyond ASCII, or ends at a character there, is read one character at a time.
            if (end < n && Unsafe.Add(ref first, end) >= 0x80) break;
            if ((uint)(count - 2) <= MaxWordLength - 2)
            {
                tally += (int)SideBits(ref slots, KeyOf(eight, count));
            }
            // The character at the end is no letter: the loop steps past it.
            i = end + 1;
            tally += WordStep;
            if (Done(tally >> 16, otherScript, tally & 0xFF, (tally >> 8) & 0xFF))
            {
                i = -1;
                break;
            }
        }
    Leave:
        counts.Words = tally >> 16;
        counts.English = tally & 0xFF;
        counts.Foreign = (tally >> 8) & 0xFF;
        return i;
    }

    /// <summary>
    /// True when each of the eight characters <paramref name="v"/> beyond ASCII is a general punctuation mark (U+2010 to
    /// U+2027: curly quotation marks and apostrophes, dashes), no letter: narrowed to its low byte, U+0010 to U+0027,
    /// it is none there either, and ends a word as it does in the text (a word before one is read as far as it, and
    /// keyed alike).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool OnlyGeneralPunctuation(System.Runtime.Intrinsics.Vector128<ushort> v)
    {
        var beyond = ~System.Runtime.Intrinsics.Vector128.Equals(v & System.Runtime.Intrinsics.Vector128.Create((ushort)0xFF80), System.Runtime.Intrinsics.Vector128<ushort>.Zero);
        var offset = v - System.Runtime.Intrinsics.Vector128.Create((ushort)0x2010);
        var outside = System.Runtime.Intrinsics.Vector128.Equals(System.Runtime.Intrinsics.Vector128.Min(offset, System.Runtime.Intrinsics.Vector128.Create((ushort)0x18)), System.Runtime.Intrinsics.Vector128.Create((ushort)0x18));
        return (beyond & outside) == System.Runtime.Intrinsics.Vector128<ushort>.Zero;
    }

    /// <summary>The low <c>n</c> bytes set, at index <c>n</c> (0 to 8).</summary>
    private static ReadOnlySpan<ulong> LengthMasks =>
    [
        0, 0xFF, 0xFFFF, 0xFF_FFFF, 0xFFFF_FFFF, 0xFF_FFFF_FFFF, 0xFFFF_FFFF_FFFF, 0xFF_FFFF_FFFF_FFFF, ulong.MaxValue
    ];

    /// <summary>Room for <see cref="Wide"/> characters narrowed to bytes and a read of eight from the last of them.</summary>
    [InlineArray(Wide + 8)]
    private struct Folded
    {
        private byte _first;
    }

    /// <summary>The characters <see cref="AsciiWords"/> reads at once.</summary>
    private const int Wide = 32;

    // What ReadOther found besides +1 (English), -1 (another language) and 0 (a word on neither list).
    private const int NoWord = int.MinValue, OtherScript = -2;

    /// <summary>
    /// Reads the word (a run of letters, beyond ASCII by <see cref="char.IsLetter(char)"/>) that starts at
    /// <c>text[start]</c>, one character at a time: returns where it ends in the low half and in the high half its
    /// side (+1, -1 or 0), <see cref="OtherScript"/> for a word with a letter of another script than Latin, or
    /// <see cref="NoWord"/> (the position then one past <paramref name="start"/>) when that character is no letter.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long ReadOther(ReadOnlySpan<char> text, int start, ulong[] words)
    {
        int i = start;
        ulong key = 0;
        bool latin = true, keyable = true;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (!(c < 0x80 ? char.IsAsciiLetter(c) : char.IsLetter(c))) break;
            if (c > 0xFF)
            {
                keyable = false;
                latin &= IsLatin(c);
            }
            // Past eight letters the word is too long to look up, and its key is not read.
            key |= (ulong)(byte)(c | 0x20) << (8 * (i - start));
        }
        int length = i - start;
        int side;
        if (length == 0)
        {
            side = NoWord;
            i++;
        }
        else if (!latin) side = OtherScript;
        else side = keyable && length >= 2 && length <= MaxWordLength ? SideOf(words, key) : 0;
        return (long)side << 32 | (uint)i;
    }

    /// <summary>
    /// True when the verdict can no longer be "not English" whatever the rest of the sample holds: even if every word
    /// left were a foreign function word, or in another script, neither test could pass. English copy settles
    /// this after about 120 of the 200 words, so the screen reads fewer. Never true before half the sample: the
    /// words left would then outnumber the words read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SettledEnglish(int words, int otherScript, int english, int foreign)
    {
        int left = SampleWords - words;
        return foreign + left <= 2 * english && 2 * otherScript + left <= words;
    }

    /// <summary>Latin letters: ASCII, Latin-1, Latin Extended-A and -B, and Latin Extended Additional (Vietnamese and the like).</summary>
    private static bool IsLatin(char c) => c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF');
}
