using NewsModel.Knowledge;

namespace NewsModel.Parsing.Layout;

/// <summary>
/// The knowledge the layout stage reads, indexed: boilerplate entries by the first character of their prefix (with
/// the second beside them), and the agencies' forms by their first letter.
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

    // Beside each list of entries, each entry's SecondOf, so that a line is compared only with the entries its second
    // character may start (several prefixes share a first letter: "Read more", "Reporting by", "Reuter") in a walk
    // that reads no entry.
    private readonly char[][] _secondsByFirst = new char[Ascii][];
    private readonly char[] _allSeconds;

    // For each ASCII character, the agencies' forms of two letters or more whose first letter upper-cased is that
    // character, in the knowledge base's order; forms whose first letter upper-cased is beyond ASCII apart. Every
    // header line is tried for an agency's name at its start, and a line's first letter rules out all forms but a few.
    private readonly AgencyForm[][] _formsByFirst = new AgencyForm[Ascii][];
    private readonly AgencyForm[] _formsBeyondAscii;

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
                formLists[Math.Min((int)char.ToUpperInvariant(form[0]), Ascii)].Add(new AgencyForm(form, agency));
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
            _secondsByFirst[c] = Seconds(_byFirst[c]);
        }
        _allSeconds = Seconds(_all);
    }

    private static char[] Seconds(BoilerplateEntry[] entries)
    {
        var seconds = new char[entries.Length];
        for (int k = 0; k < entries.Length; k++) seconds[k] = SecondOf(entries[k].Prefix);
        return seconds;
    }

    /// <summary>Stands for a second character that may equal any: one beyond ASCII, or none.</summary>
    public const char AnySecond = '\uFFFF';

    /// <summary>
    /// The second character of <paramref name="text"/> with an ASCII letter's case bit set (two ASCII characters equal
    /// ignoring case only if these are equal), or <see cref="AnySecond"/> when it is beyond ASCII or there is none.
    /// </summary>
    public static char SecondOf(ReadOnlySpan<char> text) => text.Length < 2 || text[1] >= Ascii ? AnySecond : (char)(text[1] | 0x20);

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
    /// beside each its prefix's <see cref="SecondOf"/>.
    /// </summary>
    public (BoilerplateEntry[] Entries, char[] Seconds) BoilerplateFor(char first) =>
        first < Ascii ? (_byFirst[first], _secondsByFirst[first]) : (_all, _allSeconds);

    /// <summary>
    /// The first index from <paramref name="from"/> on (or the length) of <paramref name="seconds"/> whose entry a
    /// text with <see cref="SecondOf"/> <paramref name="second"/> may start with: an entry with another ASCII second
    /// character cannot match.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static int NextBoilerplate(char[] seconds, int from, char second)
    {
        // Out of line: the caller's loop spills its values around its comparisons, and this walk needs none of them.
        if (second == AnySecond) return from;
        for (; from < seconds.Length; from++)
        {
            char s = seconds[from];
            if (s == second || s == AnySecond) break;
        }
        return from;
    }

    /// <summary>Whether an agency has a form of fewer than two letters, which <see cref="AgencyFormsStartingWith"/> leaves out.</summary>
    public bool HasShortAgencyForms { get; }

    /// <summary>
    /// The agencies' forms of two letters or more, in the knowledge base's order, whose first letter upper-cased
    /// (<see cref="char.ToUpperInvariant"/>) is <paramref name="upper"/>, itself a letter so upper-cased.
    /// </summary>
    public ReadOnlySpan<AgencyForm> AgencyFormsStartingWith(char upper) => upper < Ascii ? _formsByFirst[upper] : _formsBeyondAscii;
}

/// <summary>An agency's form as written ("Associated Press"), with its agency.</summary>
internal readonly record struct AgencyForm(string Form, AgencyEntry Agency);
