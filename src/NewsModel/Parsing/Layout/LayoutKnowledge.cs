using NewsModel.Knowledge;

namespace NewsModel.Parsing.Layout;

/// <summary>
/// The knowledge the layout stage reads, indexed: boilerplate entries by the first character of their prefix, and the
/// agencies' forms by their first letter.
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
                if (form.Length < 2) continue;
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
        for (int c = 0; c < Ascii; c++) _byFirst[c] = [.. entryLists[c]];
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

    /// <summary>The boilerplate entries, in order, whose prefix a text starting with <paramref name="first"/> may start with.</summary>
    public ReadOnlySpan<BoilerplateEntry> BoilerplateFor(char first) => first < Ascii ? _byFirst[first] : _all;

    /// <summary>
    /// The agencies' forms of two letters or more, in the knowledge base's order, whose first letter upper-cased
    /// (<see cref="char.ToUpperInvariant"/>) is <paramref name="upper"/>, itself a letter so upper-cased.
    /// </summary>
    public ReadOnlySpan<AgencyForm> AgencyFormsStartingWith(char upper) => upper < Ascii ? _formsByFirst[upper] : _formsBeyondAscii;
}

/// <summary>An agency's form as written ("Associated Press"), with its agency.</summary>
internal readonly record struct AgencyForm(string Form, AgencyEntry Agency);
