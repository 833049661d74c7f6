using System.Diagnostics;
using System.Text;
using FluentAssertions;
using NewsModel.Serialization.Formats;

namespace NewsModel.Tests.Serialization.Formats;

/// <summary>
/// The HTML view opened in headless Chromium: the DOM after rendering (<c>--dump-dom</c>) is checked with
/// AngleSharp, and a screenshot shows the page painted. Skipped, saying so, where no Chromium is installed;
/// <c>.ci/run</c> installs it (<c>apt-get install -y chromium</c>) so CI always runs these.
/// </summary>
public sealed class ArticleHtmlBrowserTests
{
    private static readonly string[] BrowserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    [Fact]
    public void Chromium_renders_the_seed_with_every_statement_highlighted_and_carrying_its_speaker()
    {
        var chromium = FindChromium();
        var article = FormatTestArticles.Seed;
        var dom = HtmlChecks.Parse(DumpDom(chromium, ArticleHtml.Render(article, "seed-tass-ctbt.txt")));
        dom.QuerySelector("meta[name=generator]")!.GetAttribute("content").Should().Be("NewsModel", "Chromium rendered the page it was given");
        HtmlChecks.EveryStatementIsHighlightedWithItsSpeaker(dom, article, TestData.Seed);
        HtmlChecks.BlocksReadAsTheArticleText(dom, article);
        HtmlChecks.SpeakersAndTreatiesAreListed(dom, article);
    }

    [Fact]
    public void Chromium_runs_nothing_from_the_input_and_shows_its_script_as_text()
    {
        var chromium = FindChromium();
        var source = HtmlChecks.HostileSource();
        var article = TestData.Parser.Parse(source);
        var dom = HtmlChecks.Parse(DumpDom(chromium, ArticleHtml.Render(article)));
        HtmlChecks.MarkupFromTheInputStayedText(dom);
        HtmlChecks.EveryStatementIsHighlightedWithItsSpeaker(dom, article, source);
    }

    [Fact]
    public void Chromium_paints_the_page_to_a_screenshot()
    {
        var chromium = FindChromium();
        var png = Screenshot(chromium, ArticleHtml.Render(FormatTestArticles.Seed));
        png.AsSpan(0, 8).ToArray().Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A);
        // A blank 1200×900 page compresses to a few kilobytes; text, highlights and tables make far more.
        png.Length.Should().BeGreaterThan(40_000);
    }

    /// <summary>The Chromium binary, or the test is skipped with where it looked.</summary>
    private static string FindChromium()
    {
        var given = Environment.GetEnvironmentVariable("NEWSMODEL_CHROMIUM");
        if (!string.IsNullOrEmpty(given) && File.Exists(given)) return given;
        foreach (var name in BrowserNames)
        {
            if (StatementTableWriterTests.FindOnPath(name) is { } path) return path;
        }
        Assert.Skip($"Chromium not found: looked for {string.Join(", ", BrowserNames)} on PATH and NEWSMODEL_CHROMIUM; install it with `apt-get install -y chromium` (.ci/run does) to run the browser test.");
        return null!;
    }

    private static string DumpDom(string chromium, string html)
    {
        var dom = Run(chromium, html, "--dump-dom");
        dom.Should().Contain("</html>", "Chromium printed the DOM");
        return dom;
    }

    private static byte[] Screenshot(string chromium, string html)
    {
        var png = Path.Combine(Path.GetTempPath(), $"newsmodel-{Guid.NewGuid():N}.png");
        try
        {
            Run(chromium, html, "--screenshot=" + png);
            return File.ReadAllBytes(png);
        }
        finally
        {
            File.Delete(png);
        }
    }

    /// <summary>Writes the page to a temporary file, opens it in a fresh headless profile with no network use, and returns what Chromium printed.</summary>
    private static string Run(string chromium, string html, string action)
    {
        var dir = Directory.CreateTempSubdirectory("newsmodel-html-");
        try
        {
            var page = Path.Combine(dir.FullName, "article.html");
            File.WriteAllText(page, html, new UTF8Encoding(false));
            var info = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1200,900", "--user-data-dir=" + Path.Combine(dir.FullName, "profile"),
                action, new Uri(page).AbsoluteUri,
            })
            {
                info.ArgumentList.Add(arg);
            }
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 90 s.");
            }
            process.ExitCode.Should().Be(0, stderr.Result);
            return stdout.Result;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
