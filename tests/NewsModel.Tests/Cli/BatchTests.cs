using System.Text;
using System.Text.Json;
using FluentAssertions;
using NewsModel.Cli;
using NewsModel.Parsing;

namespace NewsModel.Tests.Cli;

/// <summary>The CLI over a directory: JSON Lines, bad files skipped and reported, a summary, exit 1 when something was skipped.</summary>
public sealed class BatchTests : TempFolderTest
{
    /// <summary>Each stdout line must be one whole JSON object: nothing interleaved, nothing cut.</summary>
    internal static List<string> Sources(string output) => Cli.Lines(output).Select(line =>
    {
        using var doc = JsonDocument.Parse(line);
        doc.RootElement.GetProperty("article").GetProperty("schemaVersion").GetInt32().Should().Be(1);
        return doc.RootElement.GetProperty("source").GetString()!;
    }).ToList();

    private static Streams Io(Stream stdout, TextWriter stderr) => new(new MemoryStream(), new OutputStream(stdout), stderr);

    [Fact]
    public void A_directory_of_thousands_of_files_gives_one_whole_json_line_per_file_and_a_summary()
    {
        for (int i = 0; i < 2000; i++) Write($"a{i:0000}.txt", Article(i));
        var (code, output, err) = Cli.Run("parse", Dir);
        code.Should().Be(0);
        Sources(output).Should().Equal(Enumerable.Range(0, 2000).Select(i => $"a{i:0000}.txt"));
        err.Should().MatchRegex(@"^newsmodel: 2000 files parsed, 0 skipped, [0-9.]+ MB in [0-9.]+ s \([0-9.]+ MB/s\)\n$");
    }

    [Fact]
    public void Parallel_jobs_write_the_same_lines_in_the_same_order_as_one_job()
    {
        for (int i = 0; i < 300; i++) Write($"d{i % 7}/a{i:000}.txt", i % 50 == 0 ? new string('x', 20_000) + Article(i) : Article(i));
        var one = Cli.Run("parse", Dir, "--jobs", "1", "--reference-date", "2026-11-27");
        var four = Cli.Run("parse", Dir, "-j", "4", "--reference-date", "2026-11-27");
        one.Code.Should().Be(0);
        four.Code.Should().Be(0);
        Cli.Lines(four.Out).Should().HaveCount(300).And.Equal(Cli.Lines(one.Out));
        Sources(one.Out).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Bad_files_are_reported_on_one_line_each_and_skipped_and_the_rest_is_parsed_with_exit_1()
    {
        Write("a.txt", Article(1));
        WriteBytes("b-invalid-utf8.txt", [0x48, 0x69, 0xC3, 0x28, 0xFF, 0xFE, 0x0A]);
        Write("c.txt", Article(3));
        WriteBytes("d-binary.txt", Enumerable.Range(0, 4096).Select(i => (byte)(i * 131 % 256)).ToArray());
        Write("e.txt", Article(5));

        var (code, output, err) = Cli.Run("parse", Dir, "--jobs", "2");

        code.Should().Be(CommandLine.PartialFailure);
        Sources(output).Should().Equal("a.txt", "c.txt", "e.txt");
        var errLines = err.TrimEnd('\n').Split('\n');
        errLines.Should().HaveCount(3);
        errLines[0].Should().StartWith("newsmodel: skipped ").And.Contain("b-invalid-utf8.txt").And.Contain("not UTF-8");
        errLines[1].Should().Contain("d-binary.txt").And.Contain("not UTF-8");
        errLines[2].Should().StartWith("newsmodel: 3 files parsed, 2 skipped");
        err.Should().NotContain("   at ");
    }

    [Fact]
    public void A_directory_named_like_a_text_file_is_walked_not_read_as_one()
    {
        Write("a.txt", Article(1));
        Write("x.txt/inner.txt", Article(2));
        var (code, output, _) = Cli.Run("parse", Dir);
        code.Should().Be(0);
        Sources(output).Should().Equal("a.txt", "x.txt/inner.txt");
    }

    [Fact]
    public void A_file_that_cannot_be_read_when_its_turn_comes_is_skipped_with_one_line()
    {
        // A directory where a file was listed, and a file deleted after listing: what a concurrent change looks
        // like to the batch.
        var good = Write("a.txt", Article(1));
        var directory = Directory.CreateDirectory(Path.Combine(Dir, "x.txt")).FullName;
        var gone = Path.Combine(Dir, "gone.txt");
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        InputItem[] items = [new(directory, "x.txt"), new(gone, "gone.txt"), new(good, "a.txt")];

        int code = Batch.Run(items, new ArticleParser(), Io(stdout, stderr), jobs: 2, progress: false);

        code.Should().Be(CommandLine.PartialFailure);
        Sources(Encoding.UTF8.GetString(stdout.ToArray())).Should().Equal("a.txt");
        var errLines = stderr.ToString().TrimEnd('\n').Split('\n');
        errLines.Should().HaveCount(3);
        errLines[0].Should().Contain("x.txt").And.Contain("a directory");
        errLines[1].Should().Contain("gone.txt");
        errLines[2].Should().StartWith("newsmodel: 1 files parsed, 2 skipped");
    }

    [Fact]
    public void Progress_is_drawn_on_one_terminal_line_and_cleared_before_the_summary()
    {
        var items = Enumerable.Range(0, 3).Select(i => new InputItem(Write($"a{i}.txt", Article(i)), $"a{i}.txt")).ToList();
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        Batch.Run(items, new ArticleParser(), Io(stdout, stderr), jobs: 1, progress: true).Should().Be(0);

        var err = stderr.ToString();
        err.Should().StartWith("\r1/3 files, ");
        err.Should().Contain("\r\u001b[Knewsmodel: 3 files parsed, 0 skipped");
        err.Count(c => c == '\n').Should().Be(1, "progress redraws one line and only the summary ends one");
    }

    [Fact]
    public void Without_a_terminal_no_progress_is_drawn()
    {
        Write("a.txt", Article(1));
        var (_, _, err) = Cli.Run("parse", Dir);
        err.Should().StartWith("newsmodel: 1 files parsed").And.NotContain("\r");
    }

    [Fact]
    public void A_single_file_that_is_not_utf8_gives_exit_2_and_one_line()
    {
        var file = WriteBytes("random.txt", Enumerable.Range(0, 1 << 16).Select(i => (byte)((i * 7919) >> 3)).ToArray());
        var (code, output, err) = Cli.Run("parse", file);
        code.Should().Be(CommandLine.UsageError);
        output.Should().BeEmpty();
        err.Should().StartWith("newsmodel: error: ").And.Contain("random.txt").And.Contain("not UTF-8").And.NotContain("   at ");
        err.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Glob_chooses_the_files_of_a_directory_and_defaults_to_txt()
    {
        Write("a.txt", Article(1));
        Write("b.md", Article(2));
        Write("sub/c.md", Article(3));
        Write("sub/d.TXT", Article(4));
        Sources(Cli.Run("parse", Dir).Out).Should().Equal("a.txt");
        Sources(Cli.Run("parse", Dir, "--glob", "*.md").Out).Should().Equal("b.md", "sub/c.md");
        Sources(Cli.Run("parse", Dir, "--glob=?.*").Out).Should().Equal("a.txt", "b.md", "sub/c.md", "sub/d.TXT");
    }

    [Fact]
    public void Format_is_chosen_by_the_inputs_unless_forced()
    {
        var file = Write("only.txt", Article(1));
        var single = Cli.Run("parse", file).Out;
        single.Should().StartWith("{\n", "one file gives indented JSON");

        var directoryOfOne = Cli.Run("parse", Dir);
        Sources(directoryOfOne.Out).Should().Equal("only.txt");

        var forcedJson = Cli.Run("parse", Dir, "--format", "json");
        forcedJson.Code.Should().Be(0);
        forcedJson.Out.Should().Be(single);

        var forcedLines = Cli.Run("parse", file, "--format", "jsonl");
        Sources(forcedLines.Out).Should().Equal(file.Replace('\\', '/'));

        Write("two.txt", Article(2));
        var tooMany = Cli.Run("parse", Dir, "--format", "json");
        tooMany.Code.Should().Be(CommandLine.UsageError);
        tooMany.Err.Should().Contain("--format json writes one article, but the inputs give 2 files; use --format jsonl");
        tooMany.Out.Should().BeEmpty();
    }
}

public sealed class BatchSourceNameTests : TempFolderTest
{
    [Fact]
    public void Files_of_the_same_name_in_different_folders_keep_their_path_below_the_directory_as_source()
    {
        Write("a/001.txt", "First headline\n\nThe minister said the plan would work.");
        Write("b/001.txt", "Second headline\n\nThe mayor said the road would open.");
        Write("001.txt", "Third headline\n\nThe mayor said the road would close.");
        var (code, output, _) = Cli.Run("parse", Dir);
        code.Should().Be(0);
        BatchTests.Sources(output).Should().Equal("001.txt", "a/001.txt", "b/001.txt");
    }

    [Fact]
    public void With_several_directories_each_source_starts_with_the_directory_as_given()
    {
        Write("one/a.txt", Article(1));
        Write("two/a.txt", Article(2));
        Write("two/sub/a.txt", Article(3));
        var one = Path.Combine(Dir, "one");
        var two = Path.Combine(Dir, "two") + Path.DirectorySeparatorChar;
        var (code, output, _) = Cli.Run("parse", one, two);
        code.Should().Be(0);
        var sources = BatchTests.Sources(output);
        sources.Should().Equal($"{Slashed(one)}/a.txt", $"{Slashed(two)}a.txt", $"{Slashed(two)}sub/a.txt");
        sources.Should().OnlyHaveUniqueItems();
        foreach (var source in sources) File.Exists(source).Should().BeTrue($"{source} names its file");
    }

    [Fact]
    public void Files_given_by_name_keep_the_path_as_given_and_the_same_file_is_read_once()
    {
        var a = Write("x/a.txt", Article(1));
        var b = Write("y/a.txt", Article(2));
        var (code, output, _) = Cli.Run("parse", a, b, a, Path.Combine(Dir, "x"));
        code.Should().Be(0);
        BatchTests.Sources(output).Should().Equal(Slashed(a), Slashed(b));
    }

    [Fact]
    public void Every_source_name_is_written_as_the_json_writer_writes_it()
    {
        // Plain names are written by the batch itself, others by the writer: both must give the writer's bytes.
        string[] names = ["plain-name_1.txt", "<&>'+`=~.txt", "quote\"d.txt", "back\\slash.txt", "tab\there.txt", "café.txt", "emoji\U0001F600.txt", "del\u007F.txt"];
        if (OperatingSystem.IsWindows()) names = names[..2];
        foreach (var name in names) Write(name, Article(1));

        var (code, output, _) = Cli.Run("parse", Dir, "--jobs", "1");

        code.Should().Be(0);
        var lines = Cli.Lines(output);
        BatchTests.Sources(output).Should().BeEquivalentTo(names);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var source = doc.RootElement.GetProperty("source").GetString()!;
            var expected = new System.Buffers.ArrayBufferWriter<byte>();
            using (var w = new Utf8JsonWriter(expected, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteString("source", source);
                w.WritePropertyName("article");
            }
            line.Should().StartWith(Encoding.UTF8.GetString(expected.WrittenSpan) + "{\"schemaVersion\":1,");
        }
    }

    private static string Slashed(string path) => path.Replace('\\', '/');
}
