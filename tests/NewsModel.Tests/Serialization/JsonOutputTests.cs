using System.Buffers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

/// <summary>The serializer's own one-line writer writes byte for byte what <see cref="Utf8JsonWriter"/> writes.</summary>
public sealed class JsonOutputTests
{
    private static readonly NewsJsonOptions OneLine = new() { Indented = false };

    /// <summary>The article's one-line JSON by the own writer.</summary>
    private static string Own(Article article, IBufferWriter<byte>? output = null)
    {
        var buffer = output ?? new ArrayBufferWriter<byte>();
        using (var o = JsonOutput.Own(buffer))
        {
            new ArticleJsonWriter(o, ModelExtensions.Empty).Write(article);
        }
        return output is null ? Encoding.UTF8.GetString(((ArrayBufferWriter<byte>)buffer).WrittenSpan) : "";
    }

    /// <summary>The article's one-line JSON by <see cref="Utf8JsonWriter"/>, with the options the serializer gives it.</summary>
    private static string ByWriter(Article article)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, ArticleJsonWriter.WriterOptions(OneLine)))
        using (var o = JsonOutput.Over(w))
        {
            new ArticleJsonWriter(o, ModelExtensions.Empty).Write(article);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void BothWritersAgree(Article article)
    {
        var own = Own(article);
        own.Should().Be(ByWriter(article));
        NewsJson.Serialize(article, OneLine).Should().Be(own, "one-line JSON is the own writer's");
    }

    [Fact]
    public void The_seed_is_written_as_the_writer_writes_it() => BothWritersAgree(TestData.Parser.Parse(TestData.Seed));

    [Fact]
    public void An_empty_article_is_written_as_the_writer_writes_it() => BothWritersAgree(new Article());

    [Theory]
    [InlineData("plain")]
    [InlineData("He said: \"We will not sign.\"\nThen he left.\r\n\tEnd \\ back")]
    [InlineData("“Quoted” — a dash, an apostrophe’s place, café, Москва, 東京")]
    [InlineData("a\u0001b\u001Fc\u007Fd")]
    [InlineData("emoji \U0001F600 here")]
    [InlineData("line\u2028separator\u2029 and \u00AD soft hyphen, \uFEFF, \uFFFD, \uFFFF")]
    [InlineData("lone \uD800 high and \uDC00 low")]
    [InlineData("<script>&amp;</script> 'single' +`")]
    [InlineData("")]
    public void Every_kind_of_string_is_written_as_the_writer_writes_it(string value)
    {
        var seed = TestData.Parser.Parse(TestData.Seed);
        foreach (var length in new[] { 1, 3, 40, 3000 })
        {
            var text = string.Concat(Enumerable.Repeat(value, length));
            var mention = new Mention(text, new TextSpan(0, 1));
            var article = seed with
            {
                Headline = text,
                Rubric = text,
                Url = text,
                Dateline = new Dateline { Place = text, Region = text, Date = text, Agency = text, Span = new TextSpan(0, 0) },
                Lead = new Paragraph { Text = text, Span = new TextSpan(0, text.Length) },
                Statements = seed.Statements.Select(s => s with { Text = text, Cue = text, SpeakerMention = mention }).ToEquatableArray(),
                Speakers = seed.Speakers.Select(s => s with { Name = text, Title = text, Aliases = new[] { text, "", text }.ToEquatableArray(), Mentions = new[] { mention }.ToEquatableArray() }).ToEquatableArray(),
                Removed = [new RemovedLine { Text = text, Reason = RemovalReason.Caption, Span = new TextSpan(0, 1) }],
                Diagnostics = [new Diagnostic { Code = text, Severity = DiagnosticSeverity.Warning, Message = text, Span = null }],
            };
            BothWritersAgree(article);
        }
    }

    [Theory]
    [InlineData(8191)]
    [InlineData(8192)]
    [InlineData(8193)]
    [InlineData(16383)]
    public void A_long_text_is_written_in_segments_as_the_writer_writes_it_whole(int emojiAt)
    {
        // A surrogate pair across a segment's end, a control character and quotes in later segments.
        var text = new StringBuilder(new string('a', emojiAt)).Append("\U0001F600\"b\u0001").Append('c', 20_000).Append("\\\u00E9\uD800").ToString();
        BothWritersAgree(new Article { Headline = text, Paragraphs = [new Paragraph { Index = 0, Text = text, Span = new TextSpan(0, text.Length) }] });
    }

    [Fact]
    public void A_text_joined_from_pieces_of_the_source_is_written_as_the_writer_writes_the_joined_string()
    {
        string[] parts =
        [
            "plain", "He said: \"We\" \\ back", "“Quoted” — café, Москва, 東京", "emoji \U0001F600 here", "line\u2028separator \u00A0nbsp",
            "lone \uD800 high", "<&>'+`", "a\u0001b", new string('a', 9000), string.Concat(Enumerable.Repeat("é\"", 1500)), "x",
        ];
        var random = new Random(13);
        var seed = TestData.Parser.Parse(TestData.Seed);
        for (int round = 0; round < 300; round++)
        {
            int count = random.Next(1, 6);
            var source = new StringBuilder("« ");
            var expected = new StringBuilder();
            var pieces = new TextSpan[count];
            ulong spaces = 0;
            for (int i = 0; i < count; i++)
            {
                var part = parts[random.Next(parts.Length)];
                if (i > 0 && random.Next(2) == 0)
                {
                    spaces |= 1UL << i;
                    expected.Append(' ');
                }
                pieces[i] = new TextSpan(source.Length, part.Length);
                source.Append(part).Append(" | ");
                expected.Append(part);
            }
            Statement Make(SourceText text) => new(text) { Id = "st1", Spans = new(pieces), Cue = "said", SpeakerId = "sp1", ParagraphIndex = 2 };
            var joined = Make(new SourceText(source.ToString(), pieces, spaces));
            joined.IsJoinedText(out _, out _, out _).Should().BeTrue();
            var own = Own(seed with { Statements = [joined] });
            own.Should().Be(ByWriter(seed with { Statements = [Make(new SourceText(expected.ToString()))] }));
            joined.Text.Should().Be(expected.ToString());
        }
    }

    [Fact]
    public void Numbers_of_every_length_are_written_as_the_writer_writes_them()
    {
        int[] numbers = [0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10_000, 123_456, 9_999_999, 10_000_000, 99_999_999, 100_000_000, 999_999_999, 1_000_000_000, int.MaxValue];
        var spans = numbers.SelectMany(n => numbers.Select(m => new TextSpan(n, Math.Min(m, int.MaxValue - n)))).ToArray();
        var statement = new Statement { Id = "s1", Text = "t", Spans = spans.ToEquatableArray(), ParagraphIndex = int.MaxValue };
        var treaty = new Treaty
        {
            Id = "t1",
            Name = "n",
            Articles = numbers.Select(n => new TreatyArticleReference { Article = n, Paragraph = n == 0 ? null : n, Text = "x", Span = new TextSpan(n, 0) }).ToEquatableArray(),
        };
        BothWritersAgree(new Article { Statements = [statement, statement with { Id = "s2", ParagraphIndex = null }], Treaties = [treaty] });
    }

    [Fact]
    public void Every_number_up_to_past_ten_thousand_and_negative_ones_are_written_as_the_writer_writes_them()
    {
        // Numbers under 10,000 are written by pairs of digits straight from their value; the rest by the general loop.
        var spans = Enumerable.Range(0, 10_101).Select(n => new TextSpan(n, 10_100 - n)).ToEquatableArray();
        var statements = new[] { -1, -9, -10, -9_999, -10_000, int.MinValue, 0, 9_999, 10_000 }
            .Select((n, i) => new Statement { Id = $"s{i}", Text = "t", ParagraphIndex = n, Spans = i == 0 ? spans : default })
            .ToEquatableArray();
        BothWritersAgree(new Article { Statements = statements });
    }

    [Fact]
    public void Enum_values_outside_the_enum_are_written_as_the_writer_writes_them() =>
        BothWritersAgree(new Article { Statements = [new Statement { Id = "s1", Text = "t", Kind = (StatementKind)7, Where = (StatementLocation)(-1) }] });

    [Fact]
    public void The_corpus_articles_are_written_as_the_writer_writes_them()
    {
        Assert.SkipWhen(TestData.CorpusDirectory is null, "the shared corpus (../shared/corpus) is not present");
        var files = Directory.GetFiles(Path.Combine(TestData.CorpusDirectory!, "dev"), "*.txt");
        files.Should().NotBeEmpty();
        foreach (var file in files) BothWritersAgree(TestData.Parser.Parse(File.ReadAllText(file)));
    }

    [Fact]
    public void An_output_that_is_not_an_array_gets_the_same_bytes()
    {
        var article = TestData.Parser.Parse(TestData.Seed);
        var output = new NativeMemoryWriter();
        Own(article, output);
        Encoding.UTF8.GetString(output.Written).Should().Be(ByWriter(article));
    }

    [Fact]
    public void An_unregistered_derived_type_still_fails() =>
        FluentActions.Invoking(() => NewsJson.Serialize(new DerivedArticle(), OneLine)).Should().Throw<InvalidOperationException>();

    private sealed record DerivedArticle : Article;

    /// <summary>An output whose memory is no array, so the own writer writes into its own buffer and copies.</summary>
    private sealed class NativeMemoryWriter : IBufferWriter<byte>
    {
        private readonly List<byte> _written = [];
        private byte[] _given = [];

        public byte[] Written => [.. _written];

        public void Advance(int count) => _written.AddRange(_given[..count]);

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            _given = new byte[Math.Max(sizeHint, 16)];
            return new UnmanagedMemory(_given).Memory;
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        /// <summary>Memory from a manager, which <see cref="System.Runtime.InteropServices.MemoryMarshal.TryGetArray{T}"/> does not see as an array.</summary>
        private sealed class UnmanagedMemory(byte[] bytes) : MemoryManager<byte>
        {
            public override Span<byte> GetSpan() => bytes;

            public override MemoryHandle Pin(int elementIndex = 0) => throw new NotSupportedException();

            public override void Unpin() => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
            }
        }
    }
}
