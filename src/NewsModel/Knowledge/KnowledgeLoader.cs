using System.Globalization;
using NewsModel.Model;

namespace NewsModel.Knowledge;

/// <summary>Reads the tab-separated tables embedded in the assembly (<c>Knowledge/Data/*.tsv</c>).</summary>
internal static class KnowledgeLoader
{
    public static KnowledgeBase LoadDefault() => new()
    {
        Cues = Rows("cues").Select(r => new CueEntry
        {
            Lemma = r[0],
            Forms = List(Col(r, 1)),
            Options = CueOptionsOf(Col(r, 2)),
        }).ToEquatableArray(),
        Titles = Rows("titles").Select(r => new TitleEntry { Text = r[0], IsHonorific = Col(r, 1) == "honorific", Gender = GenderOf(Col(r, 2)) }).ToEquatableArray(),
        Descriptions = Rows("descriptions").Select(r => new DescriptionEntry
        {
            HeadNoun = r[0],
            Kind = Col(r, 1) switch
            {
                "person" => SpeakerKind.Person,
                "organization" => SpeakerKind.Organization,
                _ => null,
            },
            Titles = List(Col(r, 2)),
        }).ToEquatableArray(),
        Organizations = Rows("organizations").Select(r => new OrganizationEntry
        {
            Name = r[0],
            Aliases = List(Col(r, 1)),
            HeadNouns = List(Col(r, 2)),
            Country = Col(r, 3).Length == 0 ? null : Col(r, 3),
        }).ToEquatableArray(),
        Countries = Rows("countries").Select(r => new CountryEntry
        {
            Name = r[0],
            Aliases = List(Col(r, 1)),
            Metonyms = List(Col(r, 2)),
            Adjectives = List(Col(r, 3)),
        }).ToEquatableArray(),
        Agencies = Rows("agencies").Select(r => new AgencyEntry
        {
            Name = r[0],
            Forms = List(Col(r, 1)),
            UtcOffset = Col(r, 2).Length == 0 ? null : ParseOffset(Col(r, 2)),
        }).ToEquatableArray(),
        Boilerplate = Rows("boilerplate").Select(r => new BoilerplateEntry
        {
            Reason = Enum.Parse<RemovalReason>(r[0]),
            Prefix = Col(r, 1),
            WholeLine = Col(r, 2) == "whole",
            AtEnd = Col(r, 2) == "end",
        }).ToEquatableArray(),
        Treaties = Rows("treaties").Select(r => new TreatyEntry
        {
            Id = r[0],
            Name = Col(r, 1),
            Acronyms = List(Col(r, 2)),
            Aliases = List(Col(r, 3)),
            Kind = Col(r, 4) == "political" ? TreatyKind.PoliticalAgreement : TreatyKind.Treaty,
            Context = List(Col(r, 5)),
        }).ToEquatableArray(),
        TreatyNouns = Rows("treatynouns").Select(r => new TreatyNounEntry
        {
            Noun = r[0],
            Kind = Col(r, 1) == "political" ? TreatyKind.PoliticalAgreement : TreatyKind.Treaty,
            Uses = List(Col(r, 2)).Aggregate(TreatyNounUses.None, (uses, u) => uses | Enum.Parse<TreatyNounUses>(u, ignoreCase: true)),
        }).ToEquatableArray(),
        ShippedGivenNames = new ShippedGivenNames(Text("firstnames")),
    };

    /// <summary>The gender a table's cell names ("m", "female" …); none for anything else.</summary>
    internal static Gender GenderOf(ReadOnlySpan<char> cell) => cell switch
    {
        "m" or "male" => Gender.Male,
        "f" or "female" => Gender.Female,
        _ => Gender.Unknown,
    };

    private static CueOptions CueOptionsOf(string cell)
    {
        var options = CueOptions.None;
        if (cell.Contains("recipient", StringComparison.Ordinal)) options |= CueOptions.Recipient;
        if (cell.Contains("postposed", StringComparison.Ordinal)) options |= CueOptions.PostposedOnly;
        if (cell.Contains("list", StringComparison.Ordinal)) options |= CueOptions.List;
        if (cell.Contains("marked", StringComparison.Ordinal)) options |= CueOptions.MarkedClause;
        if (cell.Contains("infinitive", StringComparison.Ordinal)) options |= CueOptions.Infinitive;
        if (cell.Contains("quoted", StringComparison.Ordinal)) options |= CueOptions.QuotedComplement;
        if (cell.Contains("headline", StringComparison.Ordinal)) options |= CueOptions.Headline;
        if (cell.Contains("attitude", StringComparison.Ordinal)) options |= CueOptions.Attitude;
        if (cell.Contains("question", StringComparison.Ordinal)) options |= CueOptions.Question;
        if (cell.Contains("needsquote", StringComparison.Ordinal)) options |= CueOptions.QuoteRequired;
        if (cell.Contains("product", StringComparison.Ordinal)) options |= CueOptions.ProductObject;
        return options;
    }

    private static TimeSpan ParseOffset(string text)
    {
        var negative = text.StartsWith('-');
        var value = TimeSpan.ParseExact(text.TrimStart('+', '-'), @"hh\:mm", CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    private static string Col(string[] row, int index) => index < row.Length ? row[index].Trim() : "";

    /// <summary>
    /// The entries of a cell listed with '|', each trimmed, empty ones dropped. Most cells (already trimmed by
    /// <see cref="Col"/>) are empty or hold one entry, and are answered without the general split (a few hundred
    /// instructions a cell at start-up).
    /// </summary>
    private static EquatableArray<string> List(string cell)
    {
        if (cell.Length == 0) return default;
        if (!cell.Contains('|', StringComparison.Ordinal))
        {
            var one = cell.Trim();
            return one.Length == 0 ? default : new EquatableArray<string>([one], takeOwnership: true);
        }
        return cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToEquatableArray();
    }

    /// <summary>
    /// The weights of a linear model: a table of feature name and weight, one row per member of
    /// <paramref name="features"/> (an enum), read into an array indexed by the member's value.
    /// </summary>
    public static double[] Weights(string table, int count, Type features)
    {
        var weights = new double[count];
        foreach (var r in Rows(table))
        {
            int f = Convert.ToInt32(Enum.Parse(features, r[0]), CultureInfo.InvariantCulture);
            weights[f] = double.Parse(Col(r, 1), CultureInfo.InvariantCulture);
        }
        return weights;
    }

    private static List<string[]> Rows(string table)
    {
        var text = Text(table);
        var rows = new List<string[]>();
        for (int at = 0; NextLine(text, ref at, out int start, out int length);)
        {
            if (length == 0 || text[start] == '#') continue;
            rows.Add(Cells(text, start, length));
        }
        return rows;
    }

    /// <summary>
    /// The embedded table's text, decoded at once as <see cref="StreamReader"/> would (UTF-8, a byte order mark
    /// skipped): cells are cut from it directly, without a string per line.
    /// </summary>
    private static string Text(string table)
    {
        var name = $"NewsModel.Knowledge.{table}.tsv";
        using var stream = typeof(KnowledgeLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded knowledge table '{name}' is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        ReadOnlySpan<byte> utf8 = bytes;
        if (utf8.StartsWith("\uFEFF"u8)) utf8 = utf8[3..];
        return System.Text.Encoding.UTF8.GetString(utf8);
    }

    /// <summary>
    /// The next line of <paramref name="text"/> from <paramref name="at"/>, ended as <see cref="StreamReader.ReadLine"/>
    /// ends one (a line feed, a carriage return, or both); false past the last.
    /// </summary>
    private static bool NextLine(string text, ref int at, out int start, out int length)
    {
        start = at;
        if (at >= text.Length)
        {
            length = 0;
            return false;
        }
        int end = text.AsSpan(at).IndexOfAny('\r', '\n');
        if (end < 0)
        {
            length = text.Length - at;
            at = text.Length;
            return true;
        }
        length = end;
        at += end + 1;
        if (text[at - 1] == '\r' && at < text.Length && text[at] == '\n') at++;
        return true;
    }

    /// <summary>
    /// The line <c>text[start..start+length)</c> cut at every tab, empty cells kept: what <c>line.Split('\t')</c> gives.
    /// Cut here with a vectorized search for the tab, since the general split (a separator list built per line) was a
    /// tenth of the tool's start-up over the tables' rows.
    /// </summary>
    private static string[] Cells(string text, int start, int length)
    {
        var line = text.AsSpan(start, length);
        var cells = new string[line.Count('\t') + 1];
        int from = 0;
        for (int i = 0; i < cells.Length - 1; i++)
        {
            int tab = from + line[from..].IndexOf('\t');
            cells[i] = text.Substring(start + from, tab - from);
            from = tab + 1;
        }
        cells[^1] = text.Substring(start + from, length - from);
        return cells;
    }
}
