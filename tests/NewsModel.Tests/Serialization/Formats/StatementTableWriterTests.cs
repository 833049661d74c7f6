using System.Diagnostics;
using System.Globalization;
using System.Text;
using FluentAssertions;
using NewsModel.Model;
using NewsModel.Serialization.Formats;

namespace NewsModel.Tests.Serialization.Formats;

public sealed class StatementTableWriterTests
{
    /// <summary>Statements whose words a CSV writer must quote and a spreadsheet would take for formulas.</summary>
    private static readonly string[] HostileTexts =
    [
        "plain words",
        "commas, in \"quotes\", and a semicolon; here",
        "a line\nbreak and a CR LF\r\ninside",
        "=HYPERLINK(\"http://example.invalid\",\"click\")",
        "+1 is not a formula",
        "-2 either",
        "@SUM(A1:A2)",
        "\ttab first",
        "\rcarriage return first",
        "back\\slash and\ttab inside",
        "ünïcödé — “quotes” ‘too’",
        "",
    ];

    private static Article Hostile()
    {
        var speakers = new Speaker[]
        {
            new() { Id = "sp1", Name = "=cmd|' /C calc'!A0", Kind = SpeakerKind.Person },
            new() { Id = "sp2", Name = "Ministry, of \"Quotes\"", Kind = SpeakerKind.Organization },
        };
        var statements = HostileTexts.Select((text, i) => new Statement
        {
            Id = "st" + (i + 1).ToString(CultureInfo.InvariantCulture),
            Text = text,
            Kind = (StatementKind)(i % 3),
            Where = StatementLocation.Body,
            Cue = i % 2 == 0 ? "said" : null,
            SpeakerId = i % 4 == 3 ? null : speakers[i % 2].Id,
            Spans = [new TextSpan(i * 10, 5), new TextSpan(i * 10 + 7, 2)],
        });
        return new Article { Statements = [.. statements], Speakers = [.. speakers] };
    }

    /// <summary>What a cell must read as: the text, with an apostrophe before a leading = + - @ tab or CR.</summary>
    private static string Guarded(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    private static void RowsMatch(Article article, string source, List<List<string>> rows)
    {
        rows[0].Should().Equal(StatementTableWriter.Columns);
        rows.Should().HaveCount(article.Statements.Count + 1);
        for (int i = 0; i < article.Statements.Count; i++)
        {
            var s = article.Statements[i];
            var speaker = article.Speakers.FirstOrDefault(sp => sp.Id == s.SpeakerId);
            var spans = "[" + string.Join(",", s.Spans.Select(x => $"[{x.Start},{x.Length}]")) + "]";
            rows[i + 1].Should().Equal(
                [
                    source, s.Id, s.SpeakerId ?? "", Guarded(speaker?.Name ?? ""), speaker is null ? "" : speaker.Kind.ToString().ToLowerInvariant(),
                    s.Kind.ToString().ToLowerInvariant(), s.Where.ToString().ToLowerInvariant(), s.Cue ?? "", Guarded(s.Text), spans,
                ],
                $"row {i + 1} holds statement {s.Id}");
        }
    }

    [Fact]
    public void Csv_reads_back_field_for_field_with_an_rfc_4180_reader_quotes_commas_and_line_breaks_included()
    {
        var article = Hostile();
        var csv = StatementTableWriter.Render(article, "wire, \"one\".txt", StatementTableFormat.Csv);
        RowsMatch(article, "wire, \"one\".txt", Rfc4180Reader.Read(csv));
    }

    [Fact]
    public void Csv_cells_that_start_like_a_formula_start_with_an_apostrophe_instead()
    {
        var rows = Rfc4180Reader.Read(StatementTableWriter.Render(Hostile(), "s", StatementTableFormat.Csv));
        var cells = rows.SelectMany(r => r).ToList();
        cells.Should().NotContain(c => c.Length > 0 && "=+-@\t\r".Contains(c[0], StringComparison.Ordinal));
        cells.Should().Contain("'=HYPERLINK(\"http://example.invalid\",\"click\")").And.Contain("'@SUM(A1:A2)").And.Contain("'=cmd|' /C calc'!A0");
    }

    [Fact]
    public void Csv_lines_end_with_crlf_and_carry_no_byte_order_mark()
    {
        var csv = StatementTableWriter.Render(FormatTestArticles.Seed, "seed.txt", StatementTableFormat.Csv);
        csv.Should().StartWith("source,statement_id,");
        csv[0].Should().NotBe('\uFEFF');
        csv.Should().EndWith("\r\n");
        csv.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n", "the seed's statements hold no line break, so every LF belongs to a CR LF");
    }

    [Fact]
    public void Csv_of_the_seed_has_a_row_per_statement_with_its_speaker()
    {
        var article = FormatTestArticles.Seed;
        RowsMatch(article, "seed.txt", Rfc4180Reader.Read(StatementTableWriter.Render(article, "seed.txt", StatementTableFormat.Csv)));
    }

    [Fact]
    public void Csv_reads_back_with_python_csv_module_as_a_second_independent_reader()
    {
        var python = FindOnPath("python3");
        Assert.SkipWhen(python is null, "python3 not found on PATH: the second CSV reader is not available");
        var article = Hostile();
        var csv = StatementTableWriter.Render(article, "src", StatementTableFormat.Csv);
        var file = Path.Combine(Path.GetTempPath(), $"newsmodel-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, csv, new UTF8Encoding(false));
        try
        {
            // Python re-emits each record as JSON; the rows must match the ones the statements make.
            var info = new ProcessStartInfo(python!)
            {
                ArgumentList = { "-c", "import csv,json,sys\nwith open(sys.argv[1],newline='',encoding='utf-8') as f:\n    print(json.dumps(list(csv.reader(f, strict=True))))", file },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            info.Environment["PYTHONIOENCODING"] = "utf-8";
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit(30_000).Should().BeTrue();
            process.ExitCode.Should().Be(0, error);
            var rows = System.Text.Json.JsonSerializer.Deserialize<List<List<string>>>(output)!;
            RowsMatch(article, "src", rows);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Tsv_keeps_one_record_a_line_and_reads_back_after_unescaping()
    {
        var article = Hostile();
        var tsv = StatementTableWriter.Render(article, "tab\tsource", StatementTableFormat.Tsv);
        tsv.Should().NotContain("\r");
        var lines = tsv.Split('\n');
        lines[^1].Should().BeEmpty("the table ends with a line end");
        var rows = lines[..^1].Select(line => line.Split('\t').Select(Unescape).ToList()).ToList();
        RowsMatch(article, "tab\tsource", rows);
    }

    [Fact]
    public void Rows_of_many_articles_share_one_header()
    {
        var text = new StringWriter();
        var writer = new StatementTableWriter(text, StatementTableFormat.Csv);
        writer.Write(FormatTestArticles.Seed, "a.txt");
        writer.Write(FormatTestArticles.Bare, "b.txt");
        writer.Write(FormatTestArticles.Seed, "c.txt");
        var rows = Rfc4180Reader.Read(text.ToString());
        rows.Count(r => r[0] == "source").Should().Be(1);
        rows.Skip(1).Select(r => r[0]).Distinct().Should().Equal("a.txt", "b.txt", "c.txt");
    }

    [Fact]
    public void A_table_of_no_statements_is_its_header()
    {
        StatementTableWriter.Render(new Article(), "empty", StatementTableFormat.Tsv).Should().Be(string.Join('\t', StatementTableWriter.Columns) + "\n");
    }

    private static string Unescape(string field)
    {
        var builder = new StringBuilder(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\')
            {
                builder.Append(field[i]);
                continue;
            }
            i++;
            builder.Append(field[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', '\\' => '\\', var c => throw new FormatException($"Unknown escape \\{c}") });
        }
        return builder.ToString();
    }

    internal static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
