using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Small cases written for the tests, parsed as body-only text so each line is one paragraph.</summary>
internal static class Parse
{
    public static readonly ArticleParser BodyParser = new(new ParseOptions { BodyOnly = true, ReferenceDate = TestData.ReferenceDate });

    public static Article Body(params string[] paragraphs) => BodyParser.Parse(string.Join("\n\n", paragraphs));

    public static string? SpeakerOf(this Article article, Statement statement) => article.FindSpeaker(statement.SpeakerId)?.Name;
}
