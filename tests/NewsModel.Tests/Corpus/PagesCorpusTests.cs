using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace NewsModel.Tests.Corpus;

/// <summary>
/// The pages corpus (../shared/corpus/pages): real agency pages as people paste them, scored by the shared scorer
/// over what the parser prints. Failures list every missed, extra and misattributed statement.
/// </summary>
public sealed class PagesCorpusTests
{
    private static string? PagesDirectory => TestData.CorpusDirectory is { } corpus && Directory.Exists(Path.Combine(corpus, "pages")) ? Path.Combine(corpus, "pages") : null;

    [Fact]
    public void The_frame_of_every_page_and_its_treaties_meet_the_acceptance_figures()
    {
        Assert.SkipWhen(PagesDirectory is null, "../shared/corpus/pages is not present in this checkout");
        var result = Scorer.Score(PagesDirectory!, TestData.Parser);
        var misses = FrameMisses(PagesDirectory!);
        foreach (var metric in new[] { "headline_acc", "dateline_place_acc", "dateline_agency_acc", "published_acc" })
        {
            result[metric].Should().BeGreaterThanOrEqualTo(0.95, $"{metric} over the pages corpus; frame misses:\n{misses}");
        }
        result["treaty_f1"].Should().BeGreaterThanOrEqualTo(0.97, $"treaty_f1 over the pages corpus; misses:\n{result.Verbose}");
        result["treaty_p"].Should().BeGreaterThanOrEqualTo(0.92, "a wrong treaty is worse than a missed one");
    }

    /// <summary>
    /// Statements on pages depend on attribution as much as on the frame; this holds what the parser reaches today
    /// (statement_f1 0.947, speaker-correct F1 0.904) at the goal of 0.93 and 0.90.
    /// </summary>
    [Fact]
    public void Statements_and_speakers_over_the_pages_do_not_fall_below_what_the_parser_reaches()
    {
        Assert.SkipWhen(PagesDirectory is null, "../shared/corpus/pages is not present in this checkout");
        var result = Scorer.Score(PagesDirectory!, TestData.Parser);
        result["statement_f1"].Should().BeGreaterThanOrEqualTo(0.93, $"statement_f1 over the pages corpus; misses:\n{result.Verbose}");
        result["statement_with_speaker_f1"].Should().BeGreaterThanOrEqualTo(0.90, $"statement_with_speaker_f1 over the pages corpus; misses:\n{result.Verbose}");
    }

    /// <summary>Each page whose headline, dateline or published time differs from its gold, one line per field, as the scorer folds them.</summary>
    private static string FrameMisses(string directory)
    {
        var sb = new StringBuilder();
        foreach (var goldFile in Directory.EnumerateFiles(directory, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(goldFile)[..^".gold.json".Length];
            using var gold = JsonDocument.Parse(File.ReadAllText(goldFile));
            var article = TestData.Parser.Parse(File.ReadAllText(Path.Combine(directory, name + ".txt")));
            var g = gold.RootElement;
            if (g.TryGetProperty("headline", out var headline) && Fold(headline.GetString()) != Fold(article.Headline))
            {
                sb.AppendLine($"  {name}: headline {headline.GetString()!} | {article.Headline}");
            }
            if (g.TryGetProperty("dateline", out var dateline) && dateline.ValueKind == JsonValueKind.Object)
            {
                foreach (var (field, found) in new[] { ("place", article.Dateline?.Place), ("agency", article.Dateline?.Agency) })
                {
                    var expected = dateline.TryGetProperty(field, out var v) ? v.GetString() : null;
                    if (Fold(expected) != Fold(found)) sb.AppendLine($"  {name}: dateline {field} {expected} | {found}");
                }
            }
            if (g.TryGetProperty("published", out var published) && published.ValueKind == JsonValueKind.Object)
            {
                int Part(string p) => published.TryGetProperty(p, out var x) ? x.GetInt32() : 0;
                var expected = $"{Part("month"):00}-{Part("day"):00}T{Part("hour"):00}:{Part("minute"):00}";
                var found = article.Published is { } t ? t.Local.ToString("MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture) : null;
                if (expected != found) sb.AppendLine($"  {name}: published {expected} | {found}");
            }
        }
        return sb.ToString();
    }

    private static string Fold(string? text)
    {
        var s = (text ?? "").Replace('\u2019', '\'').ToLowerInvariant().Trim();
        if (s.StartsWith("the ", StringComparison.Ordinal)) s = s[4..];
        return string.Join(' ', Regex.Matches(s, @"\w+").Select(m => m.Value));
    }
}
