using System.Text;
using System.Text.Json;
using FluentAssertions;
using NewsModel.Cli;
using NewsModel.Parsing;

namespace NewsModel.Tests.Cli;

/// <summary>The CLI over a directory: JSON Lines, bad files skipped and reported, a summary, exit 1 when something was skipped.</summary>
public sealed class BatchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsmodel-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string[] Lines, string Err) Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int code = CommandLine.Run(args, new StringReader(""), stdout, stderr);
        var lines = Encoding.UTF8.GetString(stdout.ToArray()).Split('\n');
        lines[^1].Should().BeEmpty("every line ends with a line break, the last one too");
        return (code, lines[..^1], stderr.ToString());
    }

    private static string Article(int i) =>
        $"Minister {i} speaks\n\nMOSCOW, May {1 + (i % 28)}. /TASS/. \"We will sign treaty number {i},\" the minister said.\n";

    /// <summary>Each stdout line must be one whole JSON object: nothing interleaved, nothing cut.</summary>
    private static List<string> Sources(string[] lines) => lines.Select(line =>
    {
        using var doc = JsonDocument.Parse(line);
        doc.RootElement.GetProperty("article").GetProperty("schemaVersion").GetInt32().Should().Be(1);
        return doc.RootElement.GetProperty("source").GetString()!;
    }).ToList();

    [Fact]
    public void A_directory_of_thousands_of_files_gives_one_whole_json_line_per_file_and_a_summary()
    {
        for (int i = 0; i < 2000; i++) File.WriteAllText(Path.Combine(_dir, $"a{i:0000}.txt"), Article(i));
        var (code, lines, err) = Run("parse", _dir);
        code.Should().Be(0);
        Sources(lines).Should().Equal(Enumerable.Range(0, 2000).Select(i => $"a{i:0000}.txt"));
        err.Should().MatchRegex(@"^newsmodel: 2000 files parsed, 0 skipped, [0-9.]+ MB in [0-9.]+ s \([0-9.]+ MB/s\)\n$");
    }

    [Fact]
    public void Bad_files_are_reported_on_one_line_each_and_skipped_and_the_rest_is_parsed_with_exit_1()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), Article(1));
        File.WriteAllBytes(Path.Combine(_dir, "b-invalid-utf8.txt"), [0x48, 0x69, 0xC3, 0x28, 0xFF, 0xFE, 0x0A]);
        File.WriteAllText(Path.Combine(_dir, "c.txt"), Article(3));
        File.WriteAllBytes(Path.Combine(_dir, "d-binary.txt"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 131 % 256)).ToArray());
        File.WriteAllText(Path.Combine(_dir, "e.txt"), Article(5));

        var (code, lines, err) = Run("parse", _dir);

        code.Should().Be(CommandLine.PartialFailure);
        Sources(lines).Should().Equal("a.txt", "c.txt", "e.txt");
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
        File.WriteAllText(Path.Combine(_dir, "a.txt"), Article(1));
        Directory.CreateDirectory(Path.Combine(_dir, "x.txt"));
        File.WriteAllText(Path.Combine(_dir, "x.txt", "inner.txt"), Article(2));
        var (code, lines, _) = Run("parse", _dir);
        code.Should().Be(0);
        Sources(lines).Should().BeEquivalentTo("a.txt", "x.txt/inner.txt");
    }

    [Fact]
    public void A_file_that_cannot_be_read_when_its_turn_comes_is_skipped_with_one_line()
    {
        // A directory where a file was listed, and a file deleted after listing: what a permission error or a
        // concurrent change looks like to the batch (permissions cannot be tested where tests run as root).
        var good = Path.Combine(_dir, "a.txt");
        File.WriteAllText(good, Article(1));
        var directory = Directory.CreateDirectory(Path.Combine(_dir, "x.txt")).FullName;
        var gone = Path.Combine(_dir, "gone.txt");
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        int code = Batch.Run([directory, gone, good], new ArticleParser(), new StringReader(""), stdout, stderr, progress: false);

        code.Should().Be(CommandLine.PartialFailure);
        Sources(Encoding.UTF8.GetString(stdout.ToArray()).TrimEnd('\n').Split('\n')).Should().Equal("a.txt");
        var errLines = stderr.ToString().TrimEnd('\n').Split('\n');
        errLines.Should().HaveCount(3);
        errLines[0].Should().Contain("x.txt").And.Contain("is a directory");
        errLines[1].Should().Contain("gone.txt");
        errLines[2].Should().StartWith("newsmodel: 1 files parsed, 2 skipped");
    }

    [Fact]
    public void Progress_is_drawn_on_one_terminal_line_and_cleared_before_the_summary()
    {
        for (int i = 0; i < 3; i++) File.WriteAllText(Path.Combine(_dir, $"a{i}.txt"), Article(i));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var files = Directory.GetFiles(_dir).Order(StringComparer.Ordinal).ToList();

        Batch.Run(files, new ArticleParser(), new StringReader(""), stdout, stderr, progress: true).Should().Be(0);

        var err = stderr.ToString();
        err.Should().StartWith("\r1/3 files, ");
        err.Should().Contain("\r\u001b[Knewsmodel: 3 files parsed, 0 skipped");
        err.Count(c => c == '\n').Should().Be(1, "progress redraws one line and only the summary ends one");
    }

    [Fact]
    public void Without_a_terminal_no_progress_is_drawn()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), Article(1));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        Batch.Run([Path.Combine(_dir, "a.txt")], new ArticleParser(), new StringReader(""), stdout, stderr, progress: false);
        stderr.ToString().Should().StartWith("newsmodel: 1 files parsed").And.NotContain("\r");
    }

    [Fact]
    public void A_single_file_that_is_not_utf8_gives_exit_2_and_one_line()
    {
        var file = Path.Combine(_dir, "random.txt");
        File.WriteAllBytes(file, Enumerable.Range(0, 1 << 16).Select(i => (byte)((i * 7919) >> 3)).ToArray());
        var (code, lines, err) = Run("parse", file);
        code.Should().Be(CommandLine.UsageError);
        lines.Should().BeEmpty();
        err.Should().StartWith("newsmodel: error: ").And.Contain("not UTF-8").And.NotContain("   at ");
        err.TrimEnd('\n').Should().NotContain("\n");
    }
}
