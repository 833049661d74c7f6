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

    [Fact]
    public void A_mention_of_a_phrase_the_memo_holds_is_the_phrase_as_written_with_its_spaces_collapsed()
    {
        // The memo keeps a phrase's text as written; the mention's text is made from it once, collapsed, and a phrase
        // that is its reading's name as written takes that name: each must read as the phrase, in the parse that read
        // it and in the next, where the memo answers.
        const string Text = "Talks on the border dispute\n\n"
            + "\"We will wait,\" said Zorvan  Kettleby. \"No,\" said Zorvan  Kettleby.\n\n"
            + "\"It is late,\" said Arvo Pekkanen. \"We agree,\" he said. \"So do I,\" he said.\n";
        var texts = OnNewThread(() =>
        {
            var first = Default.Parse(Text);
            var second = Default.Parse(Text);
            return first.Statements.Concat(second.Statements).Select(s => s.SpeakerMention?.Text).ToArray();
        });

        texts.Should().Equal(
            "Zorvan Kettleby", "Zorvan Kettleby", "Arvo Pekkanen", "he", "he",
            "Zorvan Kettleby", "Zorvan Kettleby", "Arvo Pekkanen", "he", "he");
    }

    [Fact]
    public void Names_read_from_the_memo_keep_their_readings_when_the_memo_runs_out_of_room_during_the_parse()
    {
        // The name pass keeps the spellings it reads in a table that outlives the parse (4,096 of them), and the
        // entities the parse finds for them beside them. More new names than the table has room for fill it during the
        // parse, and those beyond are read at each mention; the earlier names, met again after that, must read as they
        // did, as on a thread that parsed nothing before (kept from the article before, they must take this parse's
        // entities, not that one's).
        var early = Enumerable.Range(0, 40).Select(NameOf).ToArray();
        var filler = Enumerable.Range(1_000, 4_200).Select(NameOf).ToArray();
        string warm = "Talks on the border dispute\n\n" + string.Concat(early.Select(n => n + " said the talks would go on.\n\n"));
        string text = "Talks on the border dispute\n\n"
            + string.Concat(early.Select(n => n + " said on Monday that the talks would go on.\n\n"))
            + string.Concat(filler.Select(n => n + " met officials.\n\n"))
            // A surname, then the full name: the entity is renamed, so the entities kept beside the readings are dropped
            // and the earlier names below are looked up by their readings again.
            + "Mr. Quvwix said little.\n\nPeter Quvwix agreed.\n\n"
            + string.Concat(early.Select(n => n + " arrived on Tuesday. \"We will see,\" he said.\n\n"));

        var fresh = OnNewThread(() => NewsJson.Serialize(Default.Parse(text)));
        var afterWarm = OnNewThread(() =>
        {
            Default.Parse(warm);
            return NewsJson.Serialize(Default.Parse(text));
        });

        afterWarm.Should().Be(fresh);
        // Each "he" stands for the name before it, read as a man's by his given name.
        var article = Default.Parse(text);
        var names = article.Speakers.ToDictionary(s => s.Id, s => s.Name);
        var seeing = article.Statements.Where(s => s.Text.Contains("We will see", StringComparison.Ordinal)).ToList();
        seeing.Select(s => s.SpeakerId is { } id ? names[id] : null).Should().Equal(early);
    }

    /// <summary>A man's given name and a made-up surname no table knows, different for each <paramref name="i"/>.</summary>
    private static string NameOf(int i) => GivenNames[i % GivenNames.Length] + " " + WordOf(i, 'Q');

    private static readonly string[] GivenNames = ["John", "Michael", "David", "Sergey", "Peter"];

    private static string WordOf(int n, char first)
    {
        var chars = new System.Text.StringBuilder().Append(first);
        do
        {
            chars.Append((char)('a' + n % 26));
            n /= 26;
        }
        while (n > 0);
        return chars.Append("ix").ToString();
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
