using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing;
using NewsModel.Serialization;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// The speaker stage keeps what names and speaker phrases read as on the thread from one parse to the next
/// (<c>SpeakerStage.ReadingMemo</c>): a parse must give what it gives on a thread that parsed nothing before.
/// </summary>
public sealed class ReadingMemoTests
{
    private const string Text = "Talks on the border dispute\n\n"
        + "Zorbu Kraal said on Monday that the talks would go on. Zorbu Kraal later met Arvo Pekkanen, and Arvo Pekkanen said little.\n";

    private static readonly ArticleParser Default = TestData.Parser;

    private static readonly ArticleParser WithBody = new(TestData.Parser.Options with
    {
        Knowledge = KnowledgeBase.Default.WithOrganizations(new OrganizationEntry { Name = "Zorbu Kraal" }),
    });

    [Fact]
    public void A_parse_under_other_knowledge_reads_the_names_again()
    {
        var alone = OnNewThread(() => NewsJson.Serialize(WithBody.Parse(Text)));
        var after = OnNewThread(() =>
        {
            Default.Parse(Text);
            return NewsJson.Serialize(WithBody.Parse(Text));
        });
        var before = OnNewThread(() =>
        {
            WithBody.Parse(Text);
            return NewsJson.Serialize(Default.Parse(Text));
        });

        after.Should().Be(alone);
        before.Should().Be(OnNewThread(() => NewsJson.Serialize(Default.Parse(Text))));
        // The two knowledge bases read the name differently, so a reading carried over would show.
        KindOf(Default.Parse(Text)).Should().Be(SpeakerKind.Person);
        KindOf(WithBody.Parse(Text)).Should().Be(SpeakerKind.Organization);
    }

    [Fact]
    public void Articles_parse_alike_whatever_the_thread_parsed_before()
    {
        var corpus = TestData.CorpusDirectory;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present in this checkout");
        var files = Directory.GetFiles(Path.Combine(corpus!, "dev"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        var texts = files.Select(File.ReadAllText).ToArray();
        // Forward, then backward on another thread: each article comes after different ones.
        var forward = OnNewThread(() => texts.Select(t => NewsJson.Serialize(Default.Parse(t))).ToArray());
        var backward = OnNewThread(() => texts.Reverse().Select(t => NewsJson.Serialize(Default.Parse(t))).Reverse().ToArray());
        var first = OnNewThread(() => NewsJson.Serialize(Default.Parse(texts[^1])));

        texts.Length.Should().BeGreaterThan(10);
        backward.Should().Equal(forward);
        forward[^1].Should().Be(first);
    }

    [Fact]
    public void Statements_of_phrases_read_after_the_memo_was_emptied_keep_their_own_speakers()
    {
        // More distinct speaker phrases than the memo holds (512), then the first of them again: statements share the
        // reading of a memo entry, and an entry emptied and filled with another phrase must not hand on the old one's.
        var first = Robustness.HostileText.Build("organisations-said", 60_000, "");
        var paragraphs = first.Split("\n\n")[1..^1];
        var text = first + "\n\n" + string.Join("\n\n", paragraphs.Take(300)) + "\n";

        var article = Default.Parse(text);

        var names = article.Speakers.ToDictionary(s => s.Id, s => s.Name);
        var statements = article.Statements.Where(s => s.SpeakerMention is not null).ToList();
        statements.Should().HaveCountGreaterThan(1_300);
        foreach (var statement in statements) statement.SpeakerMention!.Text.Should().EndWith(names[statement.SpeakerId!]);
        article.Speakers.Should().HaveCount(paragraphs.Length);
        OnNewThread(() => NewsJson.Serialize(Default.Parse(text))).Should().Be(NewsJson.Serialize(article));
    }

    private static SpeakerKind KindOf(Article article) => article.Speakers.Single(s => s.Name == "Zorbu Kraal").Kind;

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }
}
