using System.Text.Json;
using FluentAssertions;
using NewsModel.Cli;
using NewsModel.Serialization;
using NewsModel.Serialization.Formats;

namespace NewsModel.Tests.Cli;

public sealed class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => Cli.RunWithInput(TestData.Seed, args);

    [Fact]
    public void Parse_prints_the_canonical_json_of_one_file()
    {
        var (code, output, _) = Run("parse", TestData.Path("seed.txt"), "--reference-date", "2026-11-27");
        code.Should().Be(0);
        output.Should().Be(NewsJson.Serialize(TestData.Parser.Parse(TestData.Seed)) + "\n");
    }

    [Fact]
    public void Options_take_their_value_after_an_equals_sign_too()
    {
        var spaced = Run("parse", TestData.Path("seed.txt"), "--reference-date", "2026-11-27");
        var joined = Run("parse", "--reference-date=2026-11-27", TestData.Path("seed.txt"));
        joined.Code.Should().Be(0);
        joined.Out.Should().Be(spaced.Out);
        Run("parse", "--format=jsonl", TestData.Path("seed.txt")).Out.Should().StartWith("{\"source\":");
    }

    [Fact]
    public void Parse_reads_standard_input_from_a_dash()
    {
        var (code, output, _) = Run("parse", "-", "--reference-date", "2026-11-27");
        code.Should().Be(0);
        NewsJson.Deserialize(output).Should().Be(TestData.Parser.Parse(TestData.Seed));
    }

    [Fact]
    public void Parse_then_convert_is_byte_identical()
    {
        var (_, parsed, _) = Run("parse", TestData.Path("seed.txt"));
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, parsed);
            var (code, converted, _) = Run("convert", file, "--to", "json");
            code.Should().Be(0);
            converted.Should().Be(parsed);
            Cli.RunWithInput(parsed, "convert", "-", "--to=json").Out.Should().Be(parsed);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Parse_of_a_directory_prints_json_lines_with_the_source_name()
    {
        var (code, output, err) = Run("parse", Path.GetDirectoryName(TestData.Path("seed.txt"))!);
        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().NotBeEmpty();
        lines.Should().Contain(l => l.StartsWith("{\"source\":\"seed.txt\",\"article\":{\"schemaVersion\":1", StringComparison.Ordinal));
        err.Should().Contain("files parsed");
    }

    [Theory]
    [InlineData(new string[0], "usage")]
    [InlineData(new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'")]
    [InlineData(new[] { "parse" }, "needs a FILE")]
    [InlineData(new[] { "parse", "/no/such/file.txt" }, "no such file")]
    [InlineData(new[] { "parse", "-", "--reference-date", "27/11/2026" }, "YYYY-MM-DD")]
    [InlineData(new[] { "parse", "-", "--bogus" }, "unknown option '--bogus'")]
    [InlineData(new[] { "parse", "-", "--format", "xml" }, "'xml' not recognized")]
    [InlineData(new[] { "parse", "-", "--jobs", "0" }, "--jobs must be at least 1")]
    [InlineData(new[] { "parse", "-", "--stdin-jsonl" }, "give no FILE or DIR")]
    [InlineData(new[] { "convert", "x.json" }, "--to json")]
    [InlineData(new[] { "convert", "-", "--to", "xml" }, "unknown format 'xml'")]
    [InlineData(new[] { "convert", "/no/such/file.json", "--to", "json" }, "no such file")]
    public void Bad_arguments_give_exit_2_and_one_line_on_stderr(string[] args, string expected)
    {
        var (code, output, err) = Run(args);
        code.Should().Be(CommandLine.UsageError);
        output.Should().BeEmpty();
        err.Should().StartWith("newsmodel: error: ").And.Contain(expected);
        err.TrimEnd('\n').Should().NotContain("\n").And.NotContain("   at ");
    }

    [Fact]
    public void Convert_of_malformed_json_gives_one_line_naming_the_path()
    {
        var (code, _, err) = Cli.RunWithInput("{\"schemaVersion\": 1, \"headline\": 5}", "convert", "-", "--to", "json");
        code.Should().Be(CommandLine.UsageError);
        err.Should().Contain("$.headline").And.NotContain("   at ");
    }

    [Theory]
    [InlineData(new[] { "--help" }, new[] { "parse", "convert", "--version" })]
    [InlineData(new[] { "parse", "--help" }, new[] { "--glob", "[default: *.txt]", "--format", "json|jsonl", "--jobs", "--stdin-jsonl", "--reference-date", "not followed" })]
    [InlineData(new[] { "convert", "-h" }, new[] { "--to", "json" })]
    public void Every_command_has_help_on_standard_output(string[] args, string[] mentions)
    {
        var (code, output, err) = Cli.Run(args);
        code.Should().Be(0);
        err.Should().BeEmpty();
        output.Should().Contain("Usage:");
        foreach (var mention in mentions) output.Should().Contain(mention);
    }

    [Fact]
    public void Version_prints_the_tool_version()
    {
        var (code, output, _) = Cli.Run("--version");
        code.Should().Be(0);
        var expected = typeof(CommandLine).Assembly.GetName().Version!.ToString(3);
        output.Should().StartWith(expected);
    }

    [Theory]
    [InlineData("parse --f", "--format")]
    [InlineData("parse --std", "--stdin-jsonl")]
    [InlineData("convert --to ", "json")]
    [InlineData("con", "convert")]
    public void Completions_are_offered_through_the_suggest_directive(string line, string expected)
    {
        var (code, output, _) = Cli.Run($"[suggest:{line.Length}]", line);
        code.Should().Be(0);
        output.Split('\n').Should().Contain(expected);
    }

    [Fact]
    public void Convert_accepts_exactly_the_formats_of_the_format_list()
    {
        var (_, help, _) = Cli.Run("convert", "--help");
        foreach (var format in OutputFormats.All) help.Should().Contain(format.Name).And.Contain(format.Description);
        var (_, suggestions, _) = Cli.Run("[suggest:13]", "convert --to ");
        suggestions.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().BeEquivalentTo(OutputFormats.All.Select(f => f.Name), "completions come sorted");
    }

    [Fact]
    public void Convert_writes_each_format_as_the_library_writes_it()
    {
        var article = TestData.Parser.Parse(TestData.Seed);
        var json = NewsJson.Serialize(article) + "\n";
        var expected = new Dictionary<string, string>
        {
            ["json"] = json,
            ["ninjs"] = NinjsJson.Serialize(article) + "\n",
            ["jsonld"] = SchemaOrgJsonLd.Serialize(article) + "\n",
            ["csv"] = StatementTableWriter.Render(article, "-", StatementTableFormat.Csv),
            ["tsv"] = StatementTableWriter.Render(article, "-", StatementTableFormat.Tsv),
            ["html"] = ArticleHtml.Render(article, "-"),
        };
        expected.Keys.Should().BeEquivalentTo(OutputFormats.All.Select(f => f.Name));
        foreach (var (format, output) in expected)
        {
            var run = Cli.RunWithInput(json, "convert", "-", "--to", format);
            run.Code.Should().Be(0, format);
            run.Out.Should().Be(output, format);
        }
    }

    [Fact]
    public void A_closed_standard_output_stops_a_single_parse_with_exit_3()
    {
        using var stdout = new ClosingStream(allowedWrites: 0);
        using var stderr = new StringWriter();
        int code = CommandLine.Run(["parse", TestData.Path("seed.txt")], new MemoryStream(), stdout, stderr);
        code.Should().Be(CommandLine.OutputFailed);
        stderr.ToString().Should().StartWith("newsmodel: stopped: cannot write standard output").And.Contain("Broken pipe");
    }

    [Fact]
    public void The_json_of_one_file_is_valid_json_with_schema_version_1()
    {
        var (_, output, _) = Run("parse", "--reference-date", "2026-11-27", TestData.Path("seed.txt"));
        using var document = JsonDocument.Parse(output);
        document.RootElement.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        output.Should().Contain("\n  \"schemaVersion\": 1,", "one article is indented");
    }
}

/// <summary>Standard output whose reader goes away after some writes, as <c>| head</c> does: later writes throw.</summary>
internal sealed class ClosingStream(int allowedWrites) : Stream
{
    private readonly MemoryStream _written = new();

    public int Writes { get; private set; }

    public byte[] Written => _written.ToArray();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (++Writes > allowedWrites) throw new IOException("Broken pipe");
        _written.Write(buffer);
    }

    public override void Flush()
    {
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
