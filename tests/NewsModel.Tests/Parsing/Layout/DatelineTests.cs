using FluentAssertions;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>Datelines one by one: places, regions, month forms, agency marks and every dash.</summary>
public sealed class DatelineTests
{
    private static readonly ArticleParser Parser = new(new ParseOptions { ReferenceDate = new DateOnly(2025, 6, 30), BodyOnly = true });

    public static TheoryData<string, string, string?, string?, string?> Datelines => new()
    {
        // paragraph opening, place, region, date as written, agency
        { "MOSCOW, September 27. /TASS/. ", "MOSCOW", null, "September 27", "TASS" },
        { "IGORA /Leningrad Region/, December 26. /TASS/. ", "IGORA", "Leningrad Region", "December 26", "TASS" },
        { "WASHINGTON, Feb 26 - ", "WASHINGTON", null, "Feb 26", null },
        { "WASHINGTON, Feb 26 -- ", "WASHINGTON", null, "Feb 26", null },
        { "WASHINGTON, Feb 26 – ", "WASHINGTON", null, "Feb 26", null },
        { "WASHINGTON, Feb 26 — ", "WASHINGTON", null, "Feb 26", null },
        { "WASHINGTON, Feb 26 _ ", "WASHINGTON", null, "Feb 26", null },
        { "WASHINGTON, Feb 26: ", "WASHINGTON", null, "Feb 26", null },
        { "WASHINGTON, February 26, 2024 - ", "WASHINGTON", null, "February 26, 2024", null },
        { "LONDON, March 3 (Reuters) - ", "LONDON", null, "March 3", "Reuters" },
        { "WASHINGTON (AP) — ", "WASHINGTON", null, null, "AP" },
        { "SEOUL, South Korea (AP) — ", "SEOUL", "South Korea", null, "AP" },
        { "UNITED NATIONS (AP) — ", "UNITED NATIONS", null, null, "AP" },
        { "QUEZON CITY, Philippines (AP) — ", "QUEZON CITY", "Philippines", null, "AP" },
        { "Beirut (AFP) – ", "Beirut", null, null, "AFP" },
        { "HEMPSTEAD, N.Y., Sept. 26 (UPI) — ", "HEMPSTEAD", "N.Y.", "Sept. 26", "UPI" },
        { "BEIJING, Jan. 5 (Xinhua) -- ", "BEIJING", null, "Jan. 5", "Xinhua" },
        { "MINSK. July 26 (Interfax) - ", "MINSK", null, "July 26", "Interfax" },
        { "MOSCOW (Sputnik) - ", "MOSCOW", null, null, "Sputnik" },
        { "MOSCOW, March 3 (RIA Novosti) - ", "MOSCOW", null, "March 3", "RIA Novosti" },
        { "SEOUL, March 3 (Yonhap) -- ", "SEOUL", null, "March 3", "Yonhap" },
        { "PYONGYANG, March 3 (KCNA) -- ", "PYONGYANG", null, "March 3", "KCNA" },
        { "MINSK, 3 March (BelTA) - ", "MINSK", null, "3 March", "BelTA" },
        { "Havana, Mar 3 (Prensa Latina) ", "Havana", null, "Mar 3", "Prensa Latina" },
        { "NEW YORK, Dec. 1 (Reuters) - ", "NEW YORK", null, "Dec. 1", "Reuters" },
        { "Nagpur (India) (AFP) – ", "Nagpur", "India", null, "AFP" },
        { "Dec 29 (Reuters) - ", "", null, "Dec 29", "Reuters" },
        { "OSLO (NewsPoint / Sputnik - 9th June, 2021) ", "OSLO", null, null, "Sputnik" },
        { "TROMSO, /Troms County/, March 3. /TASS/. ", "TROMSO", "Troms County", "March 3", "TASS" },
        { "OSLO, (Sputnik) - ", "OSLO", null, null, "Sputnik" },
        { "Reuters: OSLO (Reuters) - ", "OSLO", null, null, "Reuters" },
        { "SEOUL-- ", "SEOUL", null, null, null },
        { "TOKYO, March 28, Kyodo - ", "TOKYO", null, "March 28", "Kyodo" },
        { "Tokyo, Oct. 13 (Jiji Press)--", "Tokyo", null, "Oct. 13", "Jiji Press" },
        { "Havana, Cuba.- ", "Havana", "Cuba", null, null },
        { "MOSCOW, 1 Dec — ", "MOSCOW", null, "1 Dec", null },
        { "The HAGUE, may 18. /TASS/. ", "The HAGUE", null, "may 18", "TASS" },
        { "UN, August 3 – RIA Novosti. ", "UN", null, "August 3", "RIA Novosti" },
        { "Moscow. August 3. INTERFAX.RU ", "Moscow", null, "August 3", "Interfax" },
        { "Iran PressEurope: ", "Europe", null, null, "Iran Press" },
        { "Iran Press/Europe: ", "Europe", null, null, "Iran Press" },
        // A title-case place followed at once by its date, month or day first.
        { "Kyiv July 26 - ", "Kyiv", null, "July 26", null },
        { "Kyiv 26 July - ", "Kyiv", null, "26 July", null },
    };

    [Theory]
    [MemberData(nameof(Datelines))]
    public void Parse_reads_each_dateline_form(string opening, string place, string? region, string? date, string? agency)
    {
        var text = opening + "The council voted on Tuesday.";
        var article = Parser.Parse(text);

        article.Dateline.Should().NotBeNull();
        article.Dateline!.Place.Should().Be(place);
        article.Dateline.Region.Should().Be(region);
        article.Dateline.Date.Should().Be(date);
        article.Dateline.Agency.Should().Be(agency);
        article.Dateline.Span.GetText(text).Should().Be(opening.TrimEnd());
        article.Paragraphs.Should().ContainSingle().Which.Text.Should().Be("The council voted on Tuesday.");
    }

    [Theory]
    [InlineData("The council voted on Tuesday - and lost.")]
    [InlineData("NATO members met in Brussels on Tuesday.")]
    [InlineData("A VOTE - the first in years - took place.")]
    [InlineData("Washington said the vote would be held.")]
    [InlineData("May 5 (a Tuesday) - the vote was held.")]
    [InlineData("Dec 29 (Reuters) is when the vote was held.")]
    [InlineData("Sen. Jane Example (R-Fla.) said the vote was held.")]
    [InlineData("Sen. Jane Example (Texas) said the vote was held.")]
    [InlineData("APPLE: the company said the vote was held.")]
    [InlineData("Reuters: the agency said the vote was held.")]
    [InlineData("Washington, the capital, said the vote was held.")]
    public void Parse_finds_no_dateline_in_a_plain_sentence(string text)
    {
        Parser.Parse(text).Dateline.Should().BeNull();
    }
}
