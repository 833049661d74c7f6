using System.Text;
using FluentAssertions;
using NewsModel.Cli;
using NewsModel.Serialization;

namespace NewsModel.Tests.Cli;

public sealed class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int code = CommandLine.Run(args, new StringReader(TestData.Seed), stdout, stderr);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    [Fact]
    public void Parse_prints_the_canonical_json_of_one_file()
    {
        var (code, output, _) = Run("parse", TestData.Path("seed.txt"), "--reference-date", "2026-11-27");
        code.Should().Be(0);
        output.Should().Be(NewsJson.Serialize(TestData.Parser.Parse(TestData.Seed)) + "\n");
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
        var file = System.IO.Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, parsed);
            var (code, converted, _) = Run("convert", file, "--to", "json");
            code.Should().Be(0);
            converted.Should().Be(parsed);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Parse_of_a_directory_prints_json_lines_with_the_source_name()
    {
        var (code, output, err) = Run("parse", System.IO.Path.GetDirectoryName(TestData.Path("seed.txt"))!);
        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().NotBeEmpty();
        lines.Should().Contain(l => l.StartsWith("{\"source\":\"seed.txt\",\"article\":{\"schemaVersion\":1", StringComparison.Ordinal));
        err.Should().Contain("files parsed");
    }

    [Theory]
    [InlineData(new string[0], "usage")]
    [InlineData(new[] { "frobnicate" }, "unknown command")]
    [InlineData(new[] { "parse" }, "needs a FILE")]
    [InlineData(new[] { "parse", "/no/such/file.txt" }, "no such file")]
    [InlineData(new[] { "parse", "-", "--reference-date", "27/11/2026" }, "YYYY-MM-DD")]
    [InlineData(new[] { "parse", "-", "--bogus" }, "unknown option")]
    [InlineData(new[] { "convert", "x.json" }, "--to json")]
    [InlineData(new[] { "convert", "-", "--to", "xml" }, "unknown format")]
    public void Bad_arguments_give_exit_2_and_one_line_on_stderr(string[] args, string expected)
    {
        var (code, output, err) = Run(args);
        code.Should().Be(2);
        output.Should().BeEmpty();
        err.Should().Contain(expected);
        if (args.Length > 0) err.TrimEnd().Should().NotContain("\n").And.NotContain("   at ");
    }

    [Fact]
    public void Convert_of_malformed_json_gives_one_line_naming_the_path()
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int code = CommandLine.Run(["convert", "-", "--to", "json"], new StringReader("{\"schemaVersion\": 1, \"headline\": 5}"), stdout, stderr);
        code.Should().Be(2);
        stderr.ToString().Should().Contain("$.headline").And.NotContain("   at ");
    }
}

public sealed class BatchSourceNameTests
{
    [Fact]
    public void Files_of_the_same_name_in_different_folders_keep_their_path_below_the_directory_as_source()
    {
        var root = Directory.CreateTempSubdirectory("newsmodel-sources-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "a"));
            Directory.CreateDirectory(Path.Combine(root.FullName, "b"));
            File.WriteAllText(Path.Combine(root.FullName, "a", "001.txt"), "First headline\n\nThe minister said the plan would work.");
            File.WriteAllText(Path.Combine(root.FullName, "b", "001.txt"), "Second headline\n\nThe mayor said the road would open.");
            using var stdout = new MemoryStream();
            using var stderr = new StringWriter();
            int code = CommandLine.Run(["parse", root.FullName], new StringReader(""), stdout, stderr);
            code.Should().Be(0);
            var lines = Encoding.UTF8.GetString(stdout.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Should().HaveCount(2);
            lines[0].Should().StartWith("{\"source\":\"a/001.txt\"");
            lines[1].Should().StartWith("{\"source\":\"b/001.txt\"");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
