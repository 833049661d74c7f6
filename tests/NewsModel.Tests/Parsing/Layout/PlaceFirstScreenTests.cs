using FluentAssertions;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>
/// <see cref="DatelineScanner.MayOpenPlaceFirst"/> rules lines out before the place-first dateline reader: it must
/// never rule out a line the reader finds a dateline in (with or without a byline's agency), and it should rule out
/// the common lines that hold none.
/// </summary>
public sealed class PlaceFirstScreenTests
{
    private static readonly CompiledKnowledge Knowledge = new(TestData.Parser.Options.Knowledge);

    public static TheoryData<string> Openings()
    {
        var data = new TheoryData<string>();
        foreach (var row in DatelineTests.Datelines) data.Add(row.Data.Item1);
        return data;
    }

    /// <summary>Every dateline the place-first reader finds passes ("Reuters: OSLO", read agency first, is not its to find).</summary>
    [Theory]
    [MemberData(nameof(Openings))]
    public void Every_dateline_the_reader_knows_passes(string opening)
    {
        var text = opening + "The ferry will run every day.";
        var ctx = new ParseContext(text, TestData.Parser.Options, Knowledge);
        bool reads = DatelineScanner.TryPlaceFirstUnscreened(ctx, 0, text.Length, null);
        if (reads) DatelineScanner.MayOpenPlaceFirst(text).Should().BeTrue();
        else opening.Should().ContainAny(":", "Press", "the place-first reader finds all of them but the agency-first forms");
    }

    [Theory]
    [InlineData("Trump Says North Korea Talks Going Well")]
    [InlineData("\"We will not stop,\" the minister said on Monday.")]
    [InlineData("Senators: the bill fails again")]
    [InlineData("The Senate voted on Tuesday, after a long debate, to send the bill back to the committee it came from (AP)")]
    [InlineData("Minister’s “plan” is dead")]
    [InlineData("The company said 2 of its plants (in Ohio) would close")]
    [InlineData("the 12 members met")]
    [InlineData("MOSCOW, the 12 members met (TASS)")]
    [InlineData("Seoul and Tokyo, 3 March - ")]
    public void Lines_that_hold_no_such_dateline_are_ruled_out(string line) =>
        DatelineScanner.MayOpenPlaceFirst(line).Should().BeFalse();

    [Theory]
    [InlineData("MOSCOW\t(TASS) - ")]
    [InlineData("ÅLESUND, March 3 (NTB) - ")]
    [InlineData("A B C D E, F G H I J, March 3 - ")]
    [InlineData("SEOUL— North Korea said")]
    public void Controls_letters_beyond_ASCII_and_long_places_are_left_to_the_reader(string line) =>
        DatelineScanner.MayOpenPlaceFirst(line).Should().BeTrue();

    /// <summary>A month's name is read in either case, so a word in lower case that is one does not rule the line out.</summary>
    [Theory]
    [InlineData("MOSCOW, march 3 (TASS) - ", true)]
    [InlineData("sept 3 (Reuters) - ", true)]
    [InlineData("Oslo, may 3 - ", true)]
    [InlineData("Oslo, mayor 3 - ", false)]
    [InlineData("OSLO, sep. 3 - ", true)]
    [InlineData("OSLO, no 3 - ", false)]
    [InlineData("OSLO, nov 3 - ", true)]
    [InlineData("OSLO, a 3 - ", false)]
    public void Words_in_lower_case_rule_a_line_out_unless_they_are_months(string line, bool may)
    {
        DatelineScanner.MayOpenPlaceFirst(line).Should().Be(may);
        var text = line + "The ferry will run every day.";
        var ctx = new ParseContext(text, TestData.Parser.Options, Knowledge);
        if (DatelineScanner.TryPlaceFirstUnscreened(ctx, 0, text.Length, null)) DatelineScanner.MayOpenPlaceFirst(text).Should().BeTrue();
    }

    /// <summary>Over lines made of datelines' pieces and prose words, the screen never rules out a line the reader reads.</summary>
    [Fact]
    public void Lines_built_from_pieces_the_screen_rules_out_are_none_the_reader_reads()
    {
        string[] pieces = ["MOSCOW", "Oslo", "New", "York", ",", ".", "march", "March", "may", "the", "said", "3", "(AFP)", "/TASS/", "-", "--", "N.Y.", "sept.", "of", "US", " "];
        var random = new Random(19);
        int checkedLines = 0;
        for (int n = 0; n < 20000; n++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]);
            var line = string.Join(random.Next(3) == 0 ? "" : " ", parts) + " The ferry will run.";
            var ctx = new ParseContext(line, TestData.Parser.Options, Knowledge);
            if (DatelineScanner.MayOpenPlaceFirst(line)) continue;
            checkedLines++;
            DatelineScanner.TryPlaceFirstUnscreened(ctx, 0, line.Length, null).Should().BeFalse("the screen ruled out \"{0}\"", line);
            DatelineScanner.TryPlaceFirstUnscreened(ctx, 0, line.Length, "Reuters").Should().BeFalse("the screen ruled out \"{0}\"", line);
        }
        checkedLines.Should().BeGreaterThan(1000);
    }

    [Fact]
    public void A_line_of_plain_words_longer_than_the_screen_is_left_to_the_reader()
    {
        var line = string.Concat(Enumerable.Repeat("Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst", 8));
        DatelineScanner.MayOpenPlaceFirst(line + " \"").Should().BeTrue("past the screened characters it does not tell");
        DatelineScanner.MayOpenPlaceFirst(line[..40] + " \"").Should().BeFalse();
    }

    [Fact]
    public void No_line_of_the_corpus_the_reader_finds_a_dateline_in_is_ruled_out()
    {
        var corpus = TestData.CorpusDirectory;
        var files = corpus is null ? [] : Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).ToList();
        var texts = files.Select(File.ReadAllText).Append(TestData.Seed)
            .Concat(DatelineTests.Datelines.Select(row => row.Data.Item1 + "The ferry will run every day."));
        int lines = 0, ruledOut = 0, found = 0;
        foreach (var text in texts)
        {
            var ctx = new ParseContext(text, TestData.Parser.Options, Knowledge);
            int start = 0;
            while (start < text.Length)
            {
                int end = text.IndexOf('\n', start);
                if (end < 0) end = text.Length;
                int s = start, e = end;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
                while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                start = end + 1;
                if (s == e) continue;
                lines++;
                bool may = DatelineScanner.MayOpenPlaceFirst(text.AsSpan(s, e - s));
                bool reads = DatelineScanner.TryPlaceFirstUnscreened(ctx, s, e, null) || DatelineScanner.TryPlaceFirstUnscreened(ctx, s, e, "Reuters");
                if (reads) found++;
                if (!may)
                {
                    ruledOut++;
                    reads.Should().BeFalse("the screen ruled out \"{0}\"", text[s..e]);
                }
            }
        }
        found.Should().BeGreaterThan(0);
        ruledOut.Should().BeGreaterThan(lines / 4);
    }
}
