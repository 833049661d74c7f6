using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using NewsModel.Cli;
using NewsModel.Serialization;

namespace NewsModel.Tests.Cli;

/// <summary><c>parse --stdin-jsonl</c>: records in, one line per record out, in order, bad records reported in place.</summary>
public sealed class StreamTests
{
    private static string Record(int i) => JsonSerializer.Serialize(new
    {
        id = $"doc-{i}",
        lang = "en",
        shard = i % 13,
        text = $"Minister {i} speaks\n\nMOSCOW, May {1 + (i % 28)}. /TASS/. \"We will sign treaty number {i},\" the minister said.\n",
        meta = new { tags = new[] { "a", "b" }, score = i / 7.0 },
    });

    [Fact]
    public void Thousands_of_records_come_out_in_order_with_their_fields_and_bad_lines_reported_in_place()
    {
        const int count = 3000;
        var bad = new Dictionary<int, string>
        {
            [17] = "this is not JSON",
            [404] = "{\"id\": \"no-text\", \"body\": \"words\"}",
            [1200] = "[1, 2, 3]",
            [2222] = "{\"id\": 7, \"text\": 42}",
            [2999] = "{\"id\": \"cut\", \"text\": \"unfinished",
        };
        var input = new StringBuilder();
        for (int i = 0; i < count; i++) input.Append(bad.TryGetValue(i, out var line) ? line : Record(i)).Append('\n');

        var (code, output, err) = Cli.RunWithInput(input.ToString(), "parse", "--stdin-jsonl", "--reference-date", "2026-11-27", "--jobs", "2");

        code.Should().Be(CommandLine.PartialFailure, "some records failed");
        var lines = Cli.Lines(output);
        lines.Should().HaveCount(count, "one output line per record, bad ones included");
        for (int i = 0; i < count; i++)
        {
            var record = JsonNode.Parse(lines[i])!.AsObject();
            if (bad.ContainsKey(i))
            {
                record.Select(p => p.Key).Should().Equal("id", "line", "error");
                record["line"]!.GetValue<long>().Should().Be(i + 1);
                record["error"]!.GetValue<string>().Should().NotBeNullOrEmpty();
                continue;
            }
            record.Select(p => p.Key).Should().Equal("id", "lang", "shard", "meta", "article");
            var source = JsonNode.Parse(Record(i))!;
            record["id"]!.GetValue<string>().Should().Be($"doc-{i}");
            JsonNode.DeepEquals(record["meta"], source["meta"]).Should().BeTrue("passthrough fields are copied as they were");
            record["shard"]!.GetValue<int>().Should().Be(i % 13);
        }
        JsonNode.Parse(lines[17])!["error"]!.GetValue<string>().Should().StartWith("not JSON");
        JsonNode.Parse(lines[404])!["id"]!.GetValue<string>().Should().Be("no-text");
        JsonNode.Parse(lines[404])!["error"]!.GetValue<string>().Should().Contain("no \"text\"");
        JsonNode.Parse(lines[2222])!["id"]!.GetValue<int>().Should().Be(7);
        err.Should().StartWith($"newsmodel: {count - bad.Count} records parsed, {bad.Count} failed");
    }

    [Fact]
    public void The_article_of_a_record_is_the_canonical_json_of_its_text_and_one_job_writes_the_same()
    {
        var text = TestData.Seed;
        var input = JsonSerializer.Serialize(new { id = 1, text }) + "\n" + JsonSerializer.Serialize(new { text = "Short.\n" }) + "\n";
        var two = Cli.RunWithInput(input, "parse", "--stdin-jsonl", "--reference-date", "2026-11-27", "-j", "2");
        var one = Cli.RunWithInput(input, "parse", "--stdin-jsonl", "--reference-date", "2026-11-27", "-j", "1");

        two.Code.Should().Be(0);
        two.Out.Should().Be(one.Out);
        var lines = Cli.Lines(two.Out);
        using var first = JsonDocument.Parse(lines[0]);
        NewsJson.Deserialize(first.RootElement.GetProperty("article").GetRawText()).Should().Be(TestData.Parser.Parse(text));
        lines[1].Should().StartWith("{\"id\":null,\"article\":{\"schemaVersion\":1", "a record without an id gets a null one");
    }

    [Fact]
    public void Blank_lines_carriage_returns_and_a_last_line_without_a_break_are_handled()
    {
        var input = "\n{\"id\":\"a\",\"text\":\"One.\"}\r\n   \n{\"id\":\"b\",\"text\":\"Two.\"}";
        var (code, output, _) = Cli.RunWithInput(input, "parse", "--stdin-jsonl");
        code.Should().Be(0);
        Cli.Lines(output).Select(l => JsonNode.Parse(l)!["id"]!.GetValue<string>()).Should().Equal("a", "b");
    }

    [Fact]
    public void A_record_that_is_not_utf8_or_reuses_the_article_field_fails_alone()
    {
        byte[] input =
        [
            .. "{\"id\":1,\"text\":\"caf"u8, 0xE9, .. "\"}\n"u8,
            .. "{\"id\":2,\"text\":\"x\",\"article\":{}}\n"u8,
            .. "{\"id\":3,\"text\":\"fine\"}\n"u8,
            .. "{\"id\":4,\"text\":\"lone \\ud800 surrogate\"}\n"u8,
        ];
        var (code, output, _) = Cli.RunWithInput(input, "parse", "--stdin-jsonl");
        code.Should().Be(CommandLine.PartialFailure);
        var lines = Cli.Lines(output).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        lines.Should().HaveCount(4);
        lines[0]["error"]!.GetValue<string>().Should().StartWith("not JSON");
        lines[1]["error"]!.GetValue<string>().Should().Contain("\"article\"");
        lines[2]["article"].Should().NotBeNull();
        lines[3]["id"]!.GetValue<int>().Should().Be(4);
        lines[3].ContainsKey("error").Should().NotBe(lines[3].ContainsKey("article"), "a record either parsed or failed");
    }

    [Fact]
    public void Every_record_parsed_gives_exit_0_and_a_closed_output_gives_exit_3()
    {
        var input = string.Concat(Enumerable.Range(0, 50).Select(i => Record(i) + "\n"));
        Cli.RunWithInput(input, "parse", "--stdin-jsonl").Code.Should().Be(0);

        using var stdout = new ClosingStream(allowedWrites: 3);
        using var stderr = new StringWriter();
        int code = CommandLine.Run(["parse", "--stdin-jsonl"], new MemoryStream(Encoding.UTF8.GetBytes(input)), stdout, stderr);
        code.Should().Be(CommandLine.OutputFailed);
        stderr.ToString().Should().Be("newsmodel: stopped after 3 records: cannot write standard output (Broken pipe)\n");
    }
}
