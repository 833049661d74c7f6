namespace NewsModel.Parsing.Layout;

/// <summary>Month names as agencies write them: full, abbreviated, AP style ("Sept."), upper case.</summary>
internal static class Months
{
    private static readonly Dictionary<string, int> ByName = Build();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    // The dateline and time-line readers ask about many words that are no month (every capitalised word of a
    // paragraph's start): the names' shortest and longest length and their first letters (ASCII, either case)
    // rule most out without hashing.
    private static readonly int MinLength = ByName.Keys.Min(k => k.Length);
    private static readonly int MaxLength = ByName.Keys.Max(k => k.Length);
    private static readonly bool[] Initials = BuildInitials();

    // The names' first two letters, either case: for each first letter's five low bits, a bit per second letter's.
    // Two ASCII characters no name starts with (most capitalised words: "Moscow", "Sergey") rule a word out in one
    // read, before its letters are packed.
    private static readonly uint[] Prefixes = BuildPrefixes();

    // The names packed (PackedKey) in an open-addressed table of 64 slots, with their numbers beside them: an ASCII
    // word is looked up without hashing its characters twice or comparing them again (Parse was about 119 instructions
    // a call over bulk200, half of them the dictionary's: 249 -> 155 K with the prefixes before it).
    private const int SlotBits = 6;
    private static readonly ulong[] Keys = new ulong[1 << SlotBits];
    private static readonly byte[] Numbers = BuildTable();

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
        foreach (var name in ByName.Keys)
        {
            initials[char.ToLowerInvariant(name[0])] = true;
            initials[char.ToUpperInvariant(name[0])] = true;
        }
        return initials;
    }

    private static uint[] BuildPrefixes()
    {
        var prefixes = new uint[32];
        foreach (var name in ByName.Keys) prefixes[name[0] & 31] |= 1u << (name[1] & 31);
        return prefixes;
    }

    private static byte[] BuildTable()
    {
        var numbers = new byte[1 << SlotBits];
        foreach (var (name, month) in ByName)
        {
            ulong key = PackedKey(name);
            int slot = SlotOf(key);
            while (Keys[slot] != 0) slot = (slot + 1) & ((1 << SlotBits) - 1);
            Keys[slot] = key;
            numbers[slot] = (byte)month;
        }
        return numbers;
    }

    /// <summary>
    /// <paramref name="word"/>'s ASCII letters folded to 1-26, five bits each from the first up (nine letters at most
    /// fill 45 bits); 0 for a word with a character that is no ASCII letter, which <paramref name="beyondAscii"/> says
    /// is one beyond ASCII.
    /// </summary>
    private static ulong PackedKey(ReadOnlySpan<char> word, out bool beyondAscii)
    {
        ulong key = 0;
        for (int i = 0; i < word.Length; i++)
        {
            uint c = word[i];
            // (c | 0x20) - 'a' is 0-25 for an ASCII letter of either case alone: a character beyond ASCII stays beyond.
            uint letter = (c | 0x20) - 'a';
            if (letter > 'z' - 'a')
            {
                beyondAscii = c >= '\u0080';
                return 0;
            }
            key |= (ulong)(letter + 1) << (5 * i);
        }
        beyondAscii = false;
        return key;
    }

    private static ulong PackedKey(string name) => PackedKey(name, out _);

    private static int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));

    /// <summary>False when no name starts with <paramref name="first"/> (an ASCII character that is no name's initial in either case).</summary>
    public static bool MayStartName(char first) => first >= '\u0080' || Initials[first];

    /// <summary>
    /// False when no name starts with <paramref name="first"/> and <paramref name="second"/> (both ASCII, either case):
    /// then <see cref="Parse"/> finds no name in a word that starts with them.
    /// </summary>
    public static bool MayStartWith(char first, char second) =>
        (first | second) >= '\u0080' || ((Prefixes[first & 31] >> (second & 31)) & 1) != 0;

    /// <summary>The month number for a name or abbreviation (without its period), or 0.</summary>
    public static int Parse(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.Length > MaxLength) return 0;
        // Every name has three letters or more (MinLength).
        char first = word[0], second = word[1];
        if ((first | second) < '\u0080' && ((Prefixes[first & 31] >> (second & 31)) & 1) == 0) return 0;
        ulong key = PackedKey(word, out bool beyondAscii);
        // A character beyond ASCII is left to the dictionary: case folding can map it onto an ASCII letter. An ASCII
        // character that is no letter is in no name.
        if (key == 0) return beyondAscii && Lookup.TryGetValue(word, out var m) ? m : 0;
        for (int slot = SlotOf(key); ; slot = (slot + 1) & ((1 << SlotBits) - 1))
        {
            ulong held = Keys[slot];
            if (held == key) return Numbers[slot];
            if (held == 0) return 0;
        }
    }
}
