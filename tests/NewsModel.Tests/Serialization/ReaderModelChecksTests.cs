using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

/// <summary>
/// The reader refuses JSON that is well typed but breaks what the model promises (spans, offsets, references),
/// JSON that is ambiguous (a property twice) or not UTF-8, and wraps an extension's faults; each case is built small.
/// </summary>
public sealed class ReaderModelChecksTests
{
    private const string Source = "Talks resume\n\n\"We agree,\" Ivanov said.";

    /// <summary>A hand-built article of one paragraph, one statement and one speaker, its spans true to <see cref="Source"/>.</summary>
    private static readonly Article Small = new()
    {
        Headline = "Talks resume",
        HeadlineSpan = new TextSpan(0, 12),
        Published = new PublishedTime { Local = new DateTime(2026, 9, 27, 1, 53, 0), UtcOffset = TimeSpan.FromHours(3), Precision = TimePrecision.Minute, Text = "x", Span = new TextSpan(0, 1) },
        Paragraphs = [new Paragraph { Index = 0, Text = "\"We agree,\" Ivanov said.", Span = new TextSpan(14, 24) }],
        Statements =
        [
            new Statement
            {
                Id = "st1", Kind = StatementKind.Direct, Where = StatementLocation.Body, Text = "We agree,", Spans = [new TextSpan(15, 9)],
                Cue = "said", CueSpan = new TextSpan(33, 4), SpeakerId = "sp1", SpeakerMention = new Mention("Ivanov", new TextSpan(26, 6)), ParagraphIndex = 0,
            },
        ],
        Speakers = [new Speaker { Id = "sp1", Name = "Ivanov", Kind = SpeakerKind.Person, Mentions = [new Mention("Ivanov", new TextSpan(26, 6))] }],
    };

    private static readonly string SmallJson = NewsJson.Serialize(Small);

    private static string With(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(SmallJson)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static NewsJsonException Failure(string json, NewsJsonOptions? options = null) => Failure(Encoding.UTF8.GetBytes(json), options);

    private static NewsJsonException Failure(byte[] json, NewsJsonOptions? options = null)
    {
        var act = () => NewsJson.Deserialize(json, options);
        return act.Should().Throw<NewsJsonException>().Which;
    }

    [Fact]
    public void The_small_case_reads_back_equal_and_its_spans_are_true_to_its_source()
    {
        NewsJson.Deserialize(SmallJson).Should().Be(Small);
        Small.Paragraphs[0].Span.GetText(Source).Should().Be(Small.Paragraphs[0].Text);
        Small.Statements[0].Spans[0].GetText(Source).Should().Be("We agree,");
    }

    [Fact]
    public void A_span_whose_end_overflows_is_refused()
    {
        var e = Failure(With(a => a["headlineSpan"] = new JsonArray(int.MaxValue, int.MaxValue)));
        e.Path.Should().Be("$.headlineSpan");
        e.Message.Should().Contain("32 bits");
        NewsJson.Deserialize(With(a => a["headlineSpan"] = new JsonArray(int.MaxValue, 0))).HeadlineSpan.Should().Be(new TextSpan(int.MaxValue, 0));
    }

    [Fact]
    public void A_negative_span_is_refused_wherever_it_stands()
    {
        Failure(With(a => a["statements"]![0]!["spans"]![0] = new JsonArray(-1, 3))).Path.Should().Be("$.statements[0].spans[0]");
        Failure(With(a => a["speakers"]![0]!["mentions"]![0]!["span"] = new JsonArray(3, -3))).Path.Should().Be("$.speakers[0].mentions[0].span");
    }

    [Fact]
    public void A_paragraph_span_longer_or_shorter_than_its_text_is_refused()
    {
        Failure(With(a => a["paragraphs"]![0]!["span"] = new JsonArray(14, 25))).Path.Should().Be("$.paragraphs[0].span");
        Failure(With(a => a["paragraphs"]![0]!["span"] = new JsonArray(14, 2))).Message.Should().Contain("length");
        Failure(With(a => a["lead"] = new JsonObject { ["index"] = -1, ["text"] = "Lead", ["span"] = new JsonArray(0, 9) })).Path.Should().Be("$.lead.span");
    }

    [Fact]
    public void A_lead_index_other_than_minus_one_and_a_body_index_other_than_its_position_are_refused()
    {
        Failure(With(a => a["lead"] = new JsonObject { ["index"] = 0, ["text"] = "Lead", ["span"] = new JsonArray(0, 4) })).Path.Should().Be("$.lead.index");
        Failure(With(a => a["paragraphs"]![0]!["index"] = 1)).Path.Should().Be("$.paragraphs[0].index");
        Failure(With(a => a["paragraphs"]![0]!["index"] = -1)).Path.Should().Be("$.paragraphs[0].index");
        NewsJson.Deserialize(With(a => a["lead"] = new JsonObject { ["index"] = -1, ["text"] = "Lead", ["span"] = new JsonArray(0, 4) })).Lead!.Index.Should().BeNull();
    }

    [Theory]
    [InlineData("+23:59")]
    [InlineData("-14:01")]
    [InlineData("+14:30")]
    public void A_utc_offset_beyond_fourteen_hours_is_refused(string offset)
    {
        var e = Failure(With(a => a["publishedDetail"]!["utcOffset"] = offset));
        e.Path.Should().Be("$.publishedDetail.utcOffset");
        e.Message.Should().Contain("14:00");
    }

    [Theory]
    [InlineData("+14:00", 14 * 60)]
    [InlineData("-14:00", -14 * 60)]
    [InlineData("-09:30", -9 * 60 - 30)]
    public void A_utc_offset_within_fourteen_hours_is_read_and_gives_an_instant(string offset, int minutes)
    {
        var json = With(a =>
        {
            a["publishedDetail"]!["utcOffset"] = offset;
            a["published"] = "2026-09-27T01:53:00" + offset;
        });
        var published = NewsJson.Deserialize(json).Published!;
        published.UtcOffset.Should().Be(TimeSpan.FromMinutes(minutes));
        published.ToDateTimeOffset()!.Value.Offset.Should().Be(TimeSpan.FromMinutes(minutes));
    }

    [Fact]
    public void A_statement_naming_a_speaker_that_is_not_there_is_refused()
    {
        var e = Failure(With(a => a["statements"]![0]!["speaker"] = "sp9"));
        e.Path.Should().Be("$.statements[0].speaker");
        e.Message.Should().Contain("'sp9'");
    }

    [Fact]
    public void Two_speakers_with_one_id_are_refused()
    {
        Failure(With(a => a["speakers"]!.AsArray().Add(a["speakers"]![0]!.DeepClone()))).Path.Should().Be("$.speakers[1].id");
    }

    [Theory]
    [InlineData("body", 1)]
    [InlineData("body", -1)]
    [InlineData("body", -2)]
    [InlineData("headline", 0)]
    [InlineData("lead", 0)]
    public void A_statement_paragraph_that_does_not_fit_where_it_stands_is_refused(string where, int paragraph)
    {
        var e = Failure(With(a =>
        {
            a["statements"]![0]!["where"] = where;
            a["statements"]![0]!["paragraph"] = paragraph;
        }));
        e.Path.Should().Be("$.statements[0].paragraph");
    }

    [Fact]
    public void Headline_and_lead_statements_have_no_paragraph_in_the_model_and_minus_one_in_the_json()
    {
        var json = With(a =>
        {
            a["statements"]![0]!["where"] = "headline";
            a["statements"]![0]!["paragraph"] = -1;
        });
        var article = NewsJson.Deserialize(json);
        article.Statements[0].ParagraphIndex.Should().BeNull();
        NewsJson.Serialize(article).Should().Contain("\"paragraph\": -1");
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 2, \"schemaVersion\": 1, \"paragraphs\": [], \"statements\": [], \"speakers\": [], \"treaties\": [], \"removed\": [], \"diagnostics\": []}")]
    [InlineData("{\"schemaVersion\": 1, \"headline\": \"a\", \"headline\": \"b\", \"paragraphs\": [], \"statements\": [], \"speakers\": [], \"treaties\": [], \"removed\": [], \"diagnostics\": []}")]
    [InlineData("{\"schemaVersion\": 1, \"future\": {\"x\": 1, \"x\": 2}, \"paragraphs\": [], \"statements\": [], \"speakers\": [], \"treaties\": [], \"removed\": [], \"diagnostics\": []}")]
    public void A_property_written_twice_in_one_object_is_refused(string json)
    {
        Failure(json).Message.Should().Contain("uplicate");
    }

    [Fact]
    public void A_property_name_twice_in_different_objects_is_fine()
    {
        NewsJson.Deserialize(SmallJson).Statements[0].Text.Should().Be("We agree,");
    }

    [Fact]
    public void Invalid_utf8_in_an_unknown_property_or_a_property_name_is_refused_naming_where()
    {
        var placeholder = With(a => a["future"] = new JsonObject { ["note"] = "XX" });
        var bytes = Encoding.UTF8.GetBytes(placeholder);
        int at = placeholder.IndexOf("XX", StringComparison.Ordinal);
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        var e = Failure(bytes);
        e.Path.Should().Be("$.future.note");
        e.Message.Should().Contain("UTF-8");

        var named = Encoding.UTF8.GetBytes(With(a => a["future"] = new JsonObject { ["YY"] = 1 }));
        int name = Encoding.UTF8.GetString(named).IndexOf("YY", StringComparison.Ordinal);
        named[name] = 0xFF;
        Failure(named).Path.Should().Be("$.future");
    }

    private sealed record CheckedSpeaker : Speaker
    {
        [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
        public CheckedSpeaker(Speaker original) : base(original) { }

        public int Rank { get; init; }
    }

    [Theory]
    [InlineData("argument")]
    [InlineData("missing-property")]
    [InlineData("overflow")]
    public void An_extension_that_throws_is_wrapped_in_a_news_json_exception_with_its_path(string fault)
    {
        var options = new NewsJsonOptions
        {
            Extensions = ModelExtensions.Empty.Register<Speaker, CheckedSpeaker>("checked", (w, s) => w.WriteNumber("rank", s.Rank), (s, e) => fault switch
            {
                "argument" => throw new ArgumentException("rank must be positive"),
                "missing-property" => new CheckedSpeaker(s) { Rank = e.GetProperty("missing").GetInt32() },
                _ => new CheckedSpeaker(s) { Rank = checked(e.GetProperty("rank").GetInt32() * int.MaxValue) },
            }),
        };
        var json = NewsJson.Serialize(Small with { Speakers = [new CheckedSpeaker(Small.Speakers[0]) { Rank = 3 }] }, options);
        var e = Failure(json, options);
        e.Path.Should().Be("$.speakers[0]");
        e.Message.Should().Contain("'checked'");
        e.InnerException.Should().NotBeNull().And.NotBeOfType<NewsJsonException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(NewsJsonOptions.MaxDepthLimit + 1)]
    [InlineData(int.MaxValue)]
    public void Max_depth_beyond_the_documented_bounds_is_refused(int depth)
    {
        var act = () => new NewsJsonOptions { MaxDepth = depth };
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void At_the_highest_max_depth_deep_nesting_fails_with_a_news_json_exception()
    {
        var options = new NewsJsonOptions { MaxDepth = NewsJsonOptions.MaxDepthLimit };
        var deep = new string('[', 200_000) + new string(']', 200_000);
        Failure(With(a => a["future"] = 0).Replace("\"future\":0", "\"future\":" + deep, StringComparison.Ordinal), options).Message.Should().Contain("depth");
        var within = new string('[', 200) + new string(']', 200);
        NewsJson.Deserialize(With(a => a["future"] = 0).Replace("\"future\":0", "\"future\":" + within, StringComparison.Ordinal), options).Should().Be(Small);
    }

    [Fact]
    public void Html_safe_escaping_is_off_by_default_and_on_request_escapes_markup_but_keeps_non_ascii_text()
    {
        var article = Small with { Headline = "</script><b>Talks & “resume” — Лавров</b>" };
        var plain = NewsJson.Serialize(article);
        plain.Should().Contain("</script><b>Talks & “resume” — Лавров</b>");

        var safe = NewsJson.Serialize(article, new NewsJsonOptions { HtmlSafe = true });
        safe.Should().NotContain("<").And.NotContain(">").And.NotContain("&");
        safe.Should().Contain("\\u003C/script\\u003E").And.Contain("“resume” — Лавров");
        NewsJson.Deserialize(safe).Should().Be(article);
        NewsJson.Deserialize(plain).Should().Be(article);
    }
}
