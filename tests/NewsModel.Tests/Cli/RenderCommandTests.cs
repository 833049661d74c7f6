using FluentAssertions;

namespace NewsModel.Tests.Cli;

/// <summary><c>newsmodel render</c>: an article's text in, one self-contained HTML page out.</summary>
public sealed class RenderCommandTests : TempFolderTest
{
    [Fact]
    public void Render_writes_the_seed_as_one_page_with_its_statements_marked()
    {
        var (code, output, error) = Cli.Run("render", TestData.Path("seed.txt"), "--reference-date", "2026-11-27");
        code.Should().Be(0, error);
        output.Should().StartWith("<!DOCTYPE html>").And.Contain("data-speaker").And.NotContain("<script");
    }

    [Fact]
    public void Render_keeps_markup_in_the_input_as_text()
    {
        var path = Path.Combine(Dir, "a.txt");
        File.WriteAllText(path, "Ferry strike ends\n\n\"<script>alert(1)</script> is over,\" Tom Reyes said.\n");
        var (code, output, _) = Cli.Run("render", path);
        code.Should().Be(0);
        output.Should().NotContain("<script>alert").And.Contain("&lt;script&gt;");
    }

    [Fact]
    public void Render_reports_a_missing_file_on_one_line()
    {
        var (code, output, error) = Cli.Run("render", Path.Combine(Dir, "missing.txt"));
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Should().StartWith("newsmodel: error: no such file").And.NotContain("\n");
    }
}
