using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>
/// One invented article per agency layout the parser reads: the frame (headline, rubric, time, dateline, first
/// paragraph) comes out right for each.
/// </summary>
public sealed class AgencyLayoutTests
{
    public sealed record Case(
        string Text,
        string? Headline,
        string? Place,
        string? Region,
        string? Agency,
        string FirstParagraph,
        string? Published = null,
        string? Rubric = null,
        string? Url = null);

    private static readonly ArticleParser Parser = new(new ParseOptions { ReferenceDate = new DateOnly(2025, 6, 30) });

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["TASS site copy"] = new(
            "Lake freezes early in the north — ministry\n\nSociety & Culture March 4, 9:15\n\nThe ice came two weeks early, the ministry said\n\nMURMANSK, March 4. /TASS/. The lake froze overnight, officials said.\n\nRead more on the site →\n",
            "Lake freezes early in the north — ministry", "MURMANSK", null, "TASS", "The lake froze overnight, officials said.",
            "2025-03-04T09:15:00+03:00", "Society & Culture"),
        ["TASS amp page"] = new(
            "Ferry service resumes on the river\n\nEconomy\n\n4 MAR, 09:15\n\nTVER, March 4. /TASS/. The ferry made its first trip of the season.",
            "Ferry service resumes on the river", "TVER", null, "TASS", "The ferry made its first trip of the season.",
            "2025-03-04T09:15:00+03:00", "Economy"),
        ["scraper export"] = new(
            "Ferry service resumes on the river\n\nEconomy 2024-12-26 21:09:18\nhttps://example.org/economy/12345\n\nThe operator expects more passengers\n\nTVER, December 26. /TASS/. The ferry made its first trip.",
            "Ferry service resumes on the river", "TVER", null, "TASS", "The ferry made its first trip.",
            "2024-12-26T21:09:18+03:00", "Economy", "https://example.org/economy/12345"),
        ["text starting at the dateline"] = new(
            "TVER, December 26. /TASS/. The ferry made its first trip.\n\nIt carried ten cars.",
            null, "TVER", null, "TASS", "The ferry made its first trip.", Published: "2024-12-26"),
        ["leading photo caption"] = new(
            "© Ivan Example/TASS\n\nFerry service resumes on the river\n\nEconomy 2024-12-26 21:09:18\n\nTVER, December 26. /TASS/. The ferry made its first trip.",
            "Ferry service resumes on the river", "TVER", null, "TASS", "The ferry made its first trip.",
            "2024-12-26T21:09:18+03:00", "Economy"),
        ["region between slashes"] = new(
            "Bridge opens\n\nEconomy 2024-12-26 21:09:18\n\nIGORA /Tver Region/, December 26. /TASS/. The bridge opened.",
            "Bridge opens", "IGORA", "Tver Region", "TASS", "The bridge opened.", "2024-12-26T21:09:18+03:00", "Economy"),
        ["Reuters classic"] = new(
            "FARM OUTPUT RISES\n26-FEB-1987 15:38:26.23\n\nWASHINGTON, Feb 26 - Farm output rose in January, the department said.\n\nReuter\n",
            "FARM OUTPUT RISES", "WASHINGTON", null, "Reuters", "Farm output rose in January, the department said.", "1987-02-26T15:38:26"),
        ["Reuters classic with an inline sign-off"] = new(
            "FARM OUTPUT RISES\n26-FEB-1987 15:38:26.23\n\nWASHINGTON, Feb 26 - Farm output rose in January, the department said. REUTER\n",
            "FARM OUTPUT RISES", "WASHINGTON", null, "Reuters", "Farm output rose in January, the department said.", "1987-02-26T15:38:26"),
        ["Reuters modern"] = new(
            "Mill closes\n\nLONDON, March 3 (Reuters) - A paper mill closed on Monday.\n\nReporting by Jane Example; Editing by John Example\n\nOur Standards: The Example Trust Principles.",
            "Mill closes", "LONDON", null, "Reuters", "A paper mill closed on Monday.", Published: "2025-03-03"),
        ["AP"] = new(
            "Senate passes budget\n\nWASHINGTON (AP) — The Senate passed the budget late Tuesday.",
            "Senate passes budget", "WASHINGTON", null, "AP", "The Senate passed the budget late Tuesday."),
        ["AP with a country"] = new(
            "Rain floods roads\n\nSEOUL, South Korea (AP) — Heavy rain flooded roads on Sunday.",
            "Rain floods roads", "SEOUL", "South Korea", "AP", "Heavy rain flooded roads on Sunday."),
        ["AP with an underscore dash"] = new(
            "Rain floods roads\n\nUNITED NATIONS (AP) _ Heavy rain flooded roads on Sunday.",
            "Rain floods roads", "UNITED NATIONS", null, "AP", "Heavy rain flooded roads on Sunday."),
        ["AP with a two-word place and a country"] = new(
            "Rain floods roads\n\nQUEZON CITY, Philippines (AP) — Heavy rain flooded roads on Sunday.",
            "Rain floods roads", "QUEZON CITY", "Philippines", "AP", "Heavy rain flooded roads on Sunday."),
        ["AFP"] = new(
            "Port reopens\n\nBeirut (AFP) – The port reopened on Friday.",
            "Port reopens", "Beirut", null, "AFP", "The port reopened on Friday."),
        ["UPI"] = new(
            "School board meets\n\nHEMPSTEAD, N.Y., Sept. 26 (UPI) — The school board met Monday.",
            "School board meets", "HEMPSTEAD", "N.Y.", "UPI", "The school board met Monday.", Published: "2024-09-26"),
        ["Xinhua"] = new(
            "Trains added for holiday\n\nBEIJING, Jan. 5 (Xinhua) -- More trains will run this week.",
            "Trains added for holiday", "BEIJING", null, "Xinhua", "More trains will run this week.", Published: "2025-01-05"),
        ["Interfax"] = new(
            "Grain harvest ends\n\nMINSK. July 26 (Interfax) - The grain harvest ended early.",
            "Grain harvest ends", "MINSK", null, "Interfax", "The grain harvest ended early.", Published: "2024-07-26"),
        ["Sputnik"] = new(
            "Grain harvest ends\n\nMOSCOW (Sputnik) - The grain harvest ended early.",
            "Grain harvest ends", "MOSCOW", null, "Sputnik", "The grain harvest ended early."),
        ["RIA Novosti"] = new(
            "Grain harvest ends\n\nMOSCOW, July 26 (RIA Novosti) - The grain harvest ended early.",
            "Grain harvest ends", "MOSCOW", null, "RIA Novosti", "The grain harvest ended early.", Published: "2024-07-26"),
        ["Yonhap"] = new(
            "Exports rise\n\nSEOUL, July 26 (Yonhap) -- Exports rose for a third month.",
            "Exports rise", "SEOUL", null, "Yonhap", "Exports rose for a third month.", Published: "2024-07-26"),
        ["KCNA"] = new(
            "Harvest praised\n\nPyongyang, July 26 (KCNA) -- Farmers finished the harvest.",
            "Harvest praised", "Pyongyang", null, "KCNA", "Farmers finished the harvest.", Published: "2024-07-26"),
        ["BelTA"] = new(
            "Harvest ends\n\nMINSK, 26 July (BelTA) - Farmers finished the harvest.",
            "Harvest ends", "MINSK", null, "BelTA", "Farmers finished the harvest.", Published: "2024-07-26"),
        ["Prensa Latina"] = new(
            "Harvest ends\n\nHavana, Jul 26 (Prensa Latina) Farmers finished the sugar harvest.",
            "Harvest ends", "Havana", null, "Prensa Latina", "Farmers finished the sugar harvest.", Published: "2024-07-26"),
        ["dateline with a colon"] = new(
            "Harvest ends\n\nKYIV, July 26: Farmers finished the harvest.",
            "Harvest ends", "KYIV", null, null, "Farmers finished the harvest.", Published: "2024-07-26"),
        ["BBC style"] = new(
            "Minister promises new homes\n\nThe housing minister has promised 5,000 new homes.\n\nShe told MPs the plan was funded.",
            "Minister promises new homes", null, null, null, "The housing minister has promised 5,000 new homes."),
    };

    public static TheoryData<string> Layouts => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Parse_reads_the_frame_of_each_agency_layout(string layout)
    {
        var c = Cases[layout];
        var article = Parser.Parse(c.Text);

        article.Headline.Should().Be(c.Headline);
        article.Dateline?.Place.Should().Be(c.Place);
        if (c.Place is null) article.Dateline.Should().BeNull();
        else article.Dateline.Should().NotBeNull();
        article.Dateline?.Region.Should().Be(c.Region);
        article.Dateline?.Agency.Should().Be(c.Agency);
        article.Paragraphs.Should().NotBeEmpty();
        article.Paragraphs[0].Text.Should().Be(c.FirstParagraph);
        article.Published?.ToIsoString().Should().Be(c.Published);
        if (c.Published is null) article.Published.Should().BeNull();
        article.Rubric.Should().Be(c.Rubric);
        article.Url.Should().Be(c.Url);
        if (article.Dateline is { } dateline) dateline.Span.GetText(c.Text).Should().StartWith(dateline.Place);
    }

    [Fact]
    public void Parse_takes_the_agency_from_the_sign_off_when_the_dateline_has_none()
    {
        var article = Parser.Parse(Cases["Reuters classic"].Text);

        article.Dateline!.Agency.Should().Be("Reuters");
        article.Removed.Should().ContainSingle(r => r.Reason == RemovalReason.SignOff && r.Text == "Reuter");
    }

    [Fact]
    public void Parse_cuts_a_sign_off_run_into_the_last_paragraph_and_keeps_it_with_its_span()
    {
        var text = Cases["Reuters classic with an inline sign-off"].Text;
        var article = Parser.Parse(text);

        var removed = article.Removed.Should().ContainSingle().Subject;
        removed.Reason.Should().Be(RemovalReason.SignOff);
        removed.Span.GetText(text).Should().Be("REUTER");
        article.Paragraphs[^1].Text.Should().NotContain("REUTER");
    }

    [Fact]
    public void Parse_removes_credits_and_notices_and_keeps_them_as_removed_lines()
    {
        var text = Cases["Reuters modern"].Text;
        var article = Parser.Parse(text);

        article.Paragraphs.Should().ContainSingle();
        article.Removed.Select(r => r.Reason).Should().Equal(RemovalReason.Credits, RemovalReason.Notice);
        foreach (var r in article.Removed) r.Span.GetText(text).Should().Be(r.Text);
    }

    [Theory]
    [InlineData("(Reporting by Jane Example in London; Editing by John Example)", RemovalReason.Credits)]
    [InlineData("Reporting by Jane Example; Editing by John Example", RemovalReason.Credits)]
    [InlineData("Additional reporting by Jane Example", RemovalReason.Credits)]
    [InlineData("Our Standards: The Example Trust Principles.", RemovalReason.Notice)]
    [InlineData("Read more on the site →", RemovalReason.ReadMore)]
    [InlineData("Photo: Jane Example", RemovalReason.Caption)]
    [InlineData("© Jane Example/Example Agency", RemovalReason.Caption)]
    [InlineData("Reuter", RemovalReason.SignOff)]
    public void Parse_removes_each_kind_of_boilerplate_line_from_the_body(string line, RemovalReason reason)
    {
        var text = "Mill closes\n\nLONDON, March 3 (Reuters) - A paper mill closed on Monday.\n\n" + line + "\n";
        var article = Parser.Parse(text);

        article.Paragraphs.Should().ContainSingle();
        var removed = article.Removed.Should().ContainSingle().Subject;
        removed.Reason.Should().Be(reason);
        removed.Span.GetText(text).Should().Be(line);
    }

    [Theory]
    [InlineData("Editor's note: The candidate has repeatedly said he would close the border.")]
    [InlineData("Editor\u2019s Note: This column was updated after the mayor said the vote would be delayed.")]
    public void Parse_takes_an_editors_note_out_of_the_body_with_the_claims_inside_it(string line)
    {
        var text = "Mill closes\n\nA paper mill closed on Monday, the owner said.\n\n" + line + "\n";
        var article = Parser.Parse(text);

        article.Removed.Should().ContainSingle(r => r.Reason == RemovalReason.Notice && r.Text == line);
        article.Statements.Should().ContainSingle().Which.Text.Should().Be("A paper mill closed on Monday");
    }

    [Fact]
    public void Parse_keeps_a_leading_photo_caption_as_a_removed_line()
    {
        var text = Cases["leading photo caption"].Text;
        var article = Parser.Parse(text);

        article.Removed.Should().ContainSingle(r => r.Reason == RemovalReason.Caption && r.Text == "© Ivan Example/TASS");
    }

    [Fact]
    public void Parse_keeps_the_read_more_link_as_a_removed_line_with_its_span()
    {
        var text = Cases["TASS site copy"].Text;
        var article = Parser.Parse(text);

        var removed = article.Removed.Should().ContainSingle().Subject;
        removed.Reason.Should().Be(RemovalReason.ReadMore);
        removed.Span.GetText(text).Should().Be("Read more on the site →");
    }

    [Fact]
    public void Parse_reads_the_lead_between_headline_and_dateline()
    {
        var article = Parser.Parse(Cases["TASS site copy"].Text);

        article.Lead!.Text.Should().Be("The ice came two weeks early, the ministry said");
    }
}
