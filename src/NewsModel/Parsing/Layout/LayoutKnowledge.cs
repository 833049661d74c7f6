using NewsModel.Knowledge;

namespace NewsModel.Parsing.Layout;

/// <summary>
/// The knowledge the layout stage reads, indexed: boilerplate entries by the first character of their prefix (with
/// the first four beside them), and the agencies' forms by their first letter.
/// </summary>
internal sealed class LayoutKnowledge
{
    private const int Ascii = 128;

    // For each ASCII character, the entries whose prefix a line starting with it may start with (an empty
    // prefix, or one whose first character equals it ignoring case), in the knowledge base's order, so the
    // first entry that matches is the same as in a walk over all of them. Every line and paragraph is tried
    // against the boilerplate; most start with a character no prefix starts with and are done in one lookup.
    private readonly BoilerplateEntry[][] _byFirst = new BoilerplateEntry[Ascii][];
    private readonly BoilerplateEntry[] _all;

    // Beside each list of entries, each entry's HeadOf, so that a line is compared only with the entries its first four
    // characters may start (several prefixes share a first letter: "Read more", "Reporting by", "Reuter"; a paragraph
    // opening "The" is no "This entry was posted in") in a walk that reads no entry.
    private readonly Head[][] _headsByFirst = new Head[Ascii][];

    // For each ASCII character, the second characters of the prefixes of its entries as bits (SecondBit): a line
    // whose first two characters no entry starts with (most paragraphs of prose: "The", "In", "He") is compared with
    // none, without its head or the walk over the heads (about 70 instructions a paragraph).
    private readonly ulong[] _boilerplateSecondsByFirst = new ulong[Ascii];
    private readonly Head[] _allHeads;

    // The entries a line starting with a character beyond ASCII that is no letter ("\u201C", "\u2014") may start
    // with: an empty prefix, or one whose first character is itself beyond ASCII. Only letters (U+0131, U+017F) have an
    // ASCII letter as their upper case, so no other character equals an ASCII one ignoring case; a paragraph opening
    // with a quotation mark then walks these few, not all the entries (~290 instructions a paragraph).
    private readonly BoilerplateEntry[] _beyondAsciiNoLetter;
    private readonly Head[] _beyondAsciiNoLetterHeads;

    // For each ASCII character, the agencies' forms of two letters or more whose first letter upper-cased is that
    // character, in the knowledge base's order; forms whose first letter upper-cased is beyond ASCII apart. Every
    // header line is tried for an agency's name at its start, and a line's first letter rules out all forms but a few.
    private readonly AgencyForm[][] _formsByFirst = new AgencyForm[Ascii][];
    private readonly AgencyForm[] _formsBeyondAscii;

    // For each ASCII first letter, the forms' second letters as bits ((c | 0x20) & 63: a letter's two cases share one),
    // every bit for a form whose second letter is beyond ASCII: a line whose first two letters no form starts with
    // need not walk the forms (the frame's byline test and the agency-first dateline reader walked them for every
    // header line, about 150 instructions a line).
    private readonly ulong[] _secondsByFirst = new ulong[Ascii];

    public LayoutKnowledge(KnowledgeBase knowledge)
    {
        // Each index is filled in one walk over the entries (an entry goes to the few characters it can start
        // with), not by a walk per character: this runs at every parser's construction, so once per tool run.
        var formLists = NewLists<AgencyForm>(Ascii + 1);
        foreach (var agency in knowledge.Agencies)
        {
            foreach (var form in agency.Forms)
            {
                if (form.Length < 2)
                {
                    HasShortAgencyForms = true;
                    continue;
                }
                int upper = char.ToUpperInvariant(form[0]);
                formLists[Math.Min(upper, Ascii)].Add(new AgencyForm(form, agency));
                if (upper < Ascii) _secondsByFirst[upper] |= form[1] < Ascii ? 1UL << (form[1] | 0x20) : ulong.MaxValue;
            }
        }
        for (int c = 0; c < Ascii; c++) _formsByFirst[c] = [.. formLists[c]];
        _formsBeyondAscii = [.. formLists[Ascii]];

        _all = [.. knowledge.Boilerplate.Where(e => !e.AtEnd)];
        BoilerplateAtEnd = [.. knowledge.Boilerplate.Where(e => e.AtEnd)];
        var entryLists = NewLists<BoilerplateEntry>(Ascii);
        foreach (var entry in _all)
        {
            if (entry.Prefix.Length == 0)
            {
                foreach (var list in entryLists) list.Add(entry);
                continue;
            }
            // An ASCII character equals the prefix's first ignoring case only if it is that character's upper case
            // or the lower case of that (a character beyond ASCII equals none), and only then is it asked.
            char upper = char.ToUpperInvariant(entry.Prefix[0]);
            char lower = char.ToLowerInvariant(upper);
            AddIfFirst(entryLists, entry, upper);
            if (lower != upper) AddIfFirst(entryLists, entry, lower);
        }
        for (int c = 0; c < Ascii; c++)
        {
            _byFirst[c] = [.. entryLists[c]];
            _headsByFirst[c] = Heads(_byFirst[c]);
            foreach (var entry in _byFirst[c]) _boilerplateSecondsByFirst[c] |= SecondBit(entry.Prefix);
        }
        _allHeads = Heads(_all);
        _beyondAsciiNoLetter = [.. _all.Where(e => e.Prefix.Length == 0 || e.Prefix[0] >= Ascii)];
        _beyondAsciiNoLetterHeads = Heads(_beyondAsciiNoLetter);
    }

    /// <summary>
    /// The bit of <see cref="_boilerplateSecondsByFirst"/> for a prefix's second character: an ASCII character's
    /// <c>(c | 0x20) &amp; 63</c> (a letter's two cases share it), every bit for a prefix of fewer than two characters or
    /// whose second is beyond ASCII.
    /// </summary>
    private static ulong SecondBit(string prefix) => prefix.Length < 2 || prefix[1] >= Ascii ? ulong.MaxValue : 1UL << ((prefix[1] | 0x20) & 63);

    private static Head[] Heads(BoilerplateEntry[] entries)
    {
        var heads = new Head[entries.Length];
        for (int k = 0; k < entries.Length; k++) heads[k] = HeadOf(entries[k].Prefix);
        return heads;
    }

    /// <summary>
    /// A text's first four characters as four 16-bit lanes, each an ASCII character with its letter case bit set
    /// (<see cref="Key"/>: two ASCII characters equal ignoring case only if these are equal), and which lanes hold one
    /// (<see cref="Mask"/>: a character beyond ASCII, or none, may equal any and is left out).
    /// </summary>
    public readonly record struct Head(ulong Key, ulong Mask)
    {
        /// <summary>False when a text of head <paramref name="text"/> cannot start with a prefix of this head ignoring case.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MayStart(Head text) => ((Key ^ text.Key) & Mask & text.Mask) == 0;
    }

    /// <summary>The <see cref="Head"/> of <paramref name="text"/>.</summary>
    public static Head HeadOf(ReadOnlySpan<char> text)
    {
        const ulong caseBits = 0x0020_0020_0020_0020UL;
        if (text.Length >= 4)
        {
            ulong four = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text)));
            // Four ASCII characters (nearly every line): taken at once, the first lowest as they lie in memory.
            if ((four & 0xFF80_FF80_FF80_FF80UL) == 0) return new Head(four | caseBits, ulong.MaxValue);
        }
        ulong key = 0, mask = 0;
        for (int k = 0; k < Math.Min(4, text.Length); k++)
        {
            if (text[k] >= Ascii) continue;
            key |= (ulong)(text[k] | 0x20) << (16 * k);
            mask |= 0xFFFFUL << (16 * k);
        }
        return new Head(key, mask);
    }

    private static void AddIfFirst(List<BoilerplateEntry>[] lists, BoilerplateEntry entry, char first)
    {
        if (first < Ascii && new ReadOnlySpan<char>(in first).Equals(entry.Prefix.AsSpan(0, 1), StringComparison.OrdinalIgnoreCase))
        {
            lists[first].Add(entry);
        }
    }

    private static List<T>[] NewLists<T>(int count)
    {
        var lists = new List<T>[count];
        for (int i = 0; i < count; i++) lists[i] = [];
        return lists;
    }

    /// <summary>The entries matched at the end of a line ("contributed to this report").</summary>
    public BoilerplateEntry[] BoilerplateAtEnd { get; }

    /// <summary>
    /// The boilerplate entries, in order, whose prefix a text starting with <paramref name="first"/> may start with, and
    /// beside each its prefix's <see cref="HeadOf"/>.
    /// </summary>
    /// <summary>
    /// False when no boilerplate prefix can start a text opening with <paramref name="first"/> and
    /// <paramref name="second"/>: both are ASCII and no entry of <see cref="BoilerplateFor"/>(<paramref name="first"/>)
    /// has a second character equal to <paramref name="second"/> ignoring case (nor fewer than two characters).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStartBoilerplate(char first, char second) =>
        (first | second) >= Ascii || ((_boilerplateSecondsByFirst[first] >> ((second | 0x20) & 63)) & 1) != 0;

    public (BoilerplateEntry[] Entries, Head[] Heads) BoilerplateFor(char first) =>
        first < Ascii ? (_byFirst[first], _headsByFirst[first])
        : char.IsLetter(first) ? (_all, _allHeads)
        : (_beyondAsciiNoLetter, _beyondAsciiNoLetterHeads);

    /// <summary>
    /// The first index from <paramref name="from"/> on (or the length) of <paramref name="heads"/> whose entry a text
    /// of head <paramref name="text"/> may start with: an entry whose first four characters differ from the text's
    /// ignoring case cannot match.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static int NextBoilerplate(Head[] heads, int from, Head text)
    {
        // Out of line: the caller's loop spills its values around its comparisons, and this walk needs none of them.
        for (; from < heads.Length; from++)
        {
            if (heads[from].MayStart(text)) break;
        }
        return from;
    }

    /// <summary>Whether an agency has a form of fewer than two letters, which <see cref="AgencyFormsStartingWith"/> leaves out.</summary>
    public bool HasShortAgencyForms { get; }

    /// <summary>
    /// False when no form of <see cref="AgencyFormsStartingWith"/>(<paramref name="upper"/>) may have
    /// <paramref name="second"/> as its second letter: both are ASCII and differ in more than a letter's case
    /// (the test of <see cref="Text.Chars.MaySameAsciiLetter"/>, asked of all the forms at once).
    /// </summary>
    public bool MayStartAgencyForm(char upper, char second) =>
        upper >= Ascii || second >= Ascii || ((_secondsByFirst[upper] >> (second | 0x20)) & 1) != 0;

    /// <summary>
    /// The agencies' forms of two letters or more, in the knowledge base's order, whose first letter upper-cased
    /// (<see cref="char.ToUpperInvariant"/>) is <paramref name="upper"/>, itself a letter so upper-cased.
    /// </summary>

    public ReadOnlySpan<AgencyForm> AgencyFormsStartingWith(char upper) => upper < Ascii ? _formsByFirst[upper] : _formsBeyondAscii;
}

/// <summary>An agency's form as written ("Associated Press"), with its agency.</summary>
internal readonly record struct AgencyForm(string Form, AgencyEntry Agency);
