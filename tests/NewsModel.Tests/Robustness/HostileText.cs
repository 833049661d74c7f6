using System.Text;

namespace NewsModel.Tests.Robustness;

/// <summary>
/// Hostile inputs of any size: each shape repeats one unit, made distinct by a counter where a stage keeps what
/// it found (names, treaties), so that a lookup that scans what was found grows with the square of the input.
/// Shared by the scaling tests and the scaling benchmarks (the benchmark project links this file).
/// </summary>
internal static class HostileText
{
    /// <summary>Every shape <see cref="Build"/> knows, by name.</summary>
    public static readonly string[] Shapes =
    [
        "organisations-said",
        "according-to",
        "described-treaties",
        "names-then-descriptions",
        "pronouns-after-names",
        "many-quotes",
        "one-paragraph-statements",
        "short-quotes",
        "short-paragraphs",
        "nested-quotes",
        "long-sentence",
        "cue-words",
        "treaty-references",
        "shared-acronyms",
        "described-then-catalog",
        "prose",
        "names-beyond-ascii",
    ];

    /// <summary>Shapes read mostly by the speaker stage (organisations, names, descriptions, pronouns).</summary>
    public static readonly string[] SpeakerShapes = ["organisations-said", "according-to", "names-then-descriptions", "pronouns-after-names"];

    /// <summary>The text of <paramref name="shape"/>, about <paramref name="size"/> characters long; <paramref name="seed"/> is the prose to repeat.</summary>
    public static string Build(string shape, int size, string seed)
    {
        var sb = new StringBuilder(size + 256);
        sb.Append("Talks go on\n\n");
        int half = size / 2;
        for (int i = 0; sb.Length < size; i++)
        {
            switch (shape)
            {
                case "organisations-said":
                    sb.Append("The ").Append(Name(i)).Append(' ').Append(Name(i + 7)).Append(" Committee said the talks would go on.\n\n");
                    break;
                case "according-to":
                    sb.Append("The talks will go on, according to ").Append(Name(i)).Append(' ').Append(Name(i + 3)).Append(".\n\n");
                    break;
                case "described-treaties":
                    sb.Append("They signed the agreement on ").Append(Word(i)).Append(" between ").Append(Name(i)).Append(" and ").Append(Name(i + 5)).Append(".\n\n");
                    break;
                case "names-then-descriptions":
                    if (sb.Length < half) sb.Append(Name(i)).Append(' ').Append(Name(i + 11)).Append(", the ").Append(Name(i + 2)).Append(" minister, said the talks would go on.\n\n");
                    else sb.Append("The ").Append(Name(i)).Append(" minister said the talks would go on. The spokesman said so too.\n\n");
                    break;
                case "pronouns-after-names":
                    if (sb.Length < half) sb.Append(Name(i)).Append(' ').Append(Name(i + 13)).Append(" said the talks would go on.\n\n");
                    else sb.Append("\"We will go on,\" he said. She told reporters they would not.\n\n");
                    break;
                case "many-quotes":
                    sb.Append('"').Append(Word(i)).Append(",\" ").Append(Name(i % 50)).Append(" said. \"No.\" \"Yes,\" she added. ");
                    if (i % 20 == 19) sb.Append("\n\n");
                    break;
                case "one-paragraph-statements":
                    sb.Append("\"No,\" he said. ");
                    break;
                case "short-quotes":
                    sb.Append("\"a\" ");
                    break;
                case "short-paragraphs":
                    sb.Append("Yes.\n\n");
                    break;
                case "nested-quotes":
                    sb.Append("“He said ‘").Append(Word(i)).Append("’ to us,” she said. ");
                    break;
                case "long-sentence":
                    sb.Append(Word(i)).Append(", the minister said that ");
                    break;
                case "cue-words":
                    sb.Append("said told according to quoted as saying vowed called ");
                    break;
                case "treaty-references":
                    sb.Append("Article ").Append(i % 900 + 1).Append(" of the Treaty on the Non-Proliferation of Nuclear Weapons. ");
                    break;
                case "shared-acronyms":
                    sb.Append("They signed the ").Append(Name(i)).Append(" agreement on ").Append(Word(i)).Append(" and the OST.\n\n");
                    break;
                case "described-then-catalog":
                    sb.Append("The Tlatelolco ").Append(Word(i)).Append(" treaty was signed.\n\n");
                    if (i == 0) sb.Append("The Treaty of Tlatelolco stands.\n\n");
                    break;
                case "prose":
                    sb.Append(seed).Append("\n\n");
                    break;
                case "names-beyond-ascii":
                    sb.Append("The minister ").Append(NameBeyondAscii(i)).Append(' ').Append(NameBeyondAscii(i + 7)).Append(" said the talks would go on.\n\n");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(shape), shape, "no such shape");
            }
        }
        return sb.ToString();
    }

    private const string Consonants = "bdfgklmnprstvz";
    private const string Vowels = "aeiou";

    /// <summary>A distinct lower-case pronounceable word for every <paramref name="n"/>.</summary>
    public static string Word(int n)
    {
        var sb = new StringBuilder();
        do
        {
            sb.Append(Consonants[n % Consonants.Length]);
            n /= Consonants.Length;
            sb.Append(Vowels[n % Vowels.Length]);
            n /= Vowels.Length;
        }
        while (n > 0);
        // Every word made above ends in a vowel; a short one is lengthened with a consonant, so it stays distinct.
        if (sb.Length < 4) sb.Append("nt");
        return sb.ToString();
    }

    private const string CyrillicConsonants = "бдфгклмнпрствз";
    private const string CyrillicVowels = "аеиоу";
    private const string AccentedConsonants = "çďƒğķľḿńṕřšťṽž";
    private const string AccentedVowels = "áéíóú";

    /// <summary>
    /// A distinct capitalised name for every <paramref name="n"/> with no ASCII letter in it: <see cref="Word"/>'s letters
    /// written in Cyrillic for even <paramref name="n"/>, as accented Latin letters for odd. A hash that counted every
    /// character beyond ASCII alike would give names of one length one hash.
    /// </summary>
    public static string NameBeyondAscii(int n)
    {
        var (consonants, vowels) = n % 2 == 0 ? (CyrillicConsonants, CyrillicVowels) : (AccentedConsonants, AccentedVowels);
        var chars = Word(n).ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            int c = Consonants.IndexOf(chars[i], StringComparison.Ordinal);
            chars[i] = c >= 0 ? consonants[c] : vowels[Vowels.IndexOf(chars[i], StringComparison.Ordinal)];
        }
        chars[0] = char.ToUpperInvariant(chars[0]);
        return new string(chars);
    }

    /// <summary>A distinct capitalised name for every <paramref name="n"/>.</summary>
    public static string Name(int n)
    {
        var w = Word(n);
        return char.ToUpperInvariant(w[0]) + w[1..];
    }
}
