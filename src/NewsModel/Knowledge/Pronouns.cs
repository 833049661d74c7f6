namespace NewsModel.Knowledge;

/// <summary>The personal pronouns the stages read, in one place: which can name a speaker, and what each can stand for.</summary>
internal static class Pronouns
{
    /// <summary>Subject pronouns that can stand for a speaker ("he said").</summary>
    public static readonly string[] Subject = ["he", "she", "they", "it", "we", "i"];

    /// <summary>Object pronouns that can stand for a speaker after a preposition ("according to him").</summary>
    public static readonly string[] Object = ["him", "her", "them"];

    /// <summary>Pronouns that stand for a person.</summary>
    public static readonly string[] Person = ["he", "she", "him", "her"];

    /// <summary>Pronouns that stand for an organisation or a country.</summary>
    public static readonly string[] Body = ["it"];

    /// <summary>Pronouns that stand for a group.</summary>
    public static readonly string[] Group = ["they", "them"];

    /// <summary>True when <paramref name="lower"/>, already in lower case, is in <paramref name="list"/>.</summary>
    public static bool In(string[] list, ReadOnlySpan<char> lower)
    {
        foreach (var p in list)
        {
            if (lower.SequenceEqual(p)) return true;
        }
        return false;
    }
}
