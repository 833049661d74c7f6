namespace NewsModel.Parsing.Internal;

/// <summary>Month names as agencies write them: full, abbreviated, AP style ("Sept."), upper case.</summary>
internal static class Months
{
    private static readonly Dictionary<string, int> ByName = Build();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

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

    /// <summary>The month number for a name or abbreviation (without its period), or 0.</summary>
    public static int Parse(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var m) ? m : 0;
}
