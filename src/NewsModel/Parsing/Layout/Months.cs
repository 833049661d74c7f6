namespace NewsModel.Parsing.Layout;

/// <summary>Month names as agencies write them: full, abbreviated, AP style ("Sept."), upper case.</summary>
internal static class Months
{
    private static readonly Dictionary<string, int> ByName = Build();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    // The dateline and time-line readers ask about many words that are no month (every capitalised word of a
    // paragraph's start): the names' shortest and longest length and their first letters (ASCII, lower case)
    // rule most out without hashing.
    private static readonly int MinLength = ByName.Keys.Min(k => k.Length);
    private static readonly int MaxLength = ByName.Keys.Max(k => k.Length);
    private static readonly bool[] Initials = BuildInitials();

    private static Dictionary<string, int> Build()
    {
        string[] full = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int m = 0; m < 12; m++)
        {
            map[full[m]] = m + 1;
            map[full[m][..3]] = m + 1;
        }
        map["Sept"] = 9;
        return map;
    }

    private static bool[] BuildInitials()
    {
        var initials = new bool[128];
        foreach (var name in ByName.Keys) initials[char.ToLowerInvariant(name[0])] = true;
        return initials;
    }

    /// <summary>False when no name starts with <paramref name="first"/> (an ASCII character that is no name's initial in either case).</summary>
    public static bool MayStartName(char first) => first >= '\u0080' || Initials[char.ToLowerInvariant(first)];

    /// <summary>The month number for a name or abbreviation (without its period), or 0.</summary>
    public static int Parse(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.Length > MaxLength) return 0;
        // A character beyond ASCII is left to the dictionary: case folding can map it onto an ASCII letter.
        char first = word[0];
        if (first < '\u0080' && !Initials[char.ToLowerInvariant(first)]) return 0;
        return Lookup.TryGetValue(word, out var m) ? m : 0;
    }
}
