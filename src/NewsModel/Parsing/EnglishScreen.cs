using System.Collections.Frozen;

namespace NewsModel.Parsing;

/// <summary>
/// Tells whether a text reads as English, cheaply: from its first <see cref="SampleWords"/> words it counts those
/// written in another script than Latin, and the short function words of English against those of the other
/// languages news copy comes in (German, French, Spanish, Italian, Portuguese, Dutch). English copy uses its
/// function words in every sentence ("the", "of", "said"), so a real text decides within a few lines; names and
/// phrases from other languages in English copy ("Le Pen", "El Paso") are far outnumbered. Words English shares
/// with those languages ("was" and "will" are German, "Los" and "Van" open place and family names) are in neither list.
/// </summary>
/// <remarks>
/// Bounded work: it stops after <see cref="SampleWords"/> words, so its cost does not grow with the input. Text with
/// too few words or no function words of either kind (tables of figures, a headline alone) is given the benefit of
/// the doubt. The word lists are the screen's own, not knowledge the parser matches: they decide nothing else.
/// </remarks>
internal static class EnglishScreen
{
    /// <summary>The words looked at: the first ones of the text.</summary>
    public const int SampleWords = 400;

    /// <summary>Fewer words than this say too little to judge.</summary>
    public const int MinimumWords = 20;

    /// <summary>Function words of another language must number at least this many to count as evidence.</summary>
    private const int MinimumForeign = 5;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> English = Lookup(
        "the", "of", "and", "to", "that", "for", "with", "is", "it", "by", "from", "his", "he", "she", "has",
        "have", "are", "this", "were", "its", "who", "or", "but", "they", "had", "been", "would", "their", "which",
        "said", "says", "not", "at", "be", "we", "our", "after", "than", "more", "about", "there");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Foreign = Lookup(
        // German
        "der", "und", "das", "ist", "nicht", "mit", "den", "dem", "sich", "auf", "für", "eine", "ein", "auch", "wird",
        "werden", "sagte", "nach", "bei", "wie", "oder", "aber", "noch", "zum", "zur", "sind", "hat", "ich", "wir",
        // French
        "le", "les", "et", "est", "une", "du", "que", "qui", "dans", "pour", "pas", "sur", "aux", "avec", "sont",
        "été", "ont", "cette", "ces", "mais", "selon", "leur", "nous", "vous",
        // Spanish, Italian, Portuguese
        "el", "del", "por", "una", "para", "según", "il", "di", "che", "della", "sono", "não", "uma",
        // Dutch
        "het", "een", "niet", "zijn", "ook", "voor");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the text has enough words to judge and they are not English.</summary>
    public static bool LooksNotEnglish(ReadOnlySpan<char> text)
    {
        int words = 0, otherScript = 0, english = 0, foreign = 0;
        int i = 0;
        while (words < SampleWords)
        {
            int start = IndexOfLetter(text, i);
            if (start < 0) break;
            bool latin = true;
            i = start;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                latin &= IsLatin(text[i]);
                i++;
            }
            words++;
            if (!latin)
            {
                otherScript++;
                continue;
            }
            var word = text[start..i];
            if (word.Length is < 2 or > 6) continue;
            if (English.Contains(word)) english++;
            else if (Foreign.Contains(word)) foreign++;
        }
        if (words < MinimumWords) return false;
        return otherScript * 2 > words || (foreign >= MinimumForeign && foreign > 2 * english);
    }

    private static int IndexOfLetter(ReadOnlySpan<char> text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            // ASCII first: the common case, without the Unicode category lookup.
            char c = text[i];
            if (char.IsAsciiLetter(c) || (c > '\u007F' && char.IsLetter(c))) return i;
        }
        return -1;
    }

    /// <summary>Latin letters: ASCII, Latin-1, Latin Extended-A and -B, and Latin Extended Additional (Vietnamese and the like).</summary>
    private static bool IsLatin(char c) => c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF');
}
