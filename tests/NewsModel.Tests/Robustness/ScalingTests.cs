using System.Globalization;
using FluentAssertions;
using NewsModel.Parsing;

namespace NewsModel.Tests.Robustness;

/// <summary>
/// Parse is linear on hostile shapes: at 8 K, 80 K and 800 K characters of each shape of <see cref="HostileText"/>,
/// the bytes allocated and the lookup steps the stages count (<c>ParseContext.Work</c>) grow by at most ×15 per ×10
/// of input (linear is ×10, quadratic ×100). Both measures are the same on every run, unlike time, so the test
/// cannot flake on a busy machine; time itself is measured by the benchmarks (<c>NewsModel.Benchmarks hostile</c>).
/// </summary>
public sealed class ScalingTests
{
    private const double MaxGrowthPerTenfold = 15;
    private static readonly int[] Sizes = [8_000, 80_000, 800_000];
    private static readonly ArticleParser Parser = TestData.Parser;

    public static TheoryData<string> Shapes() => new(HostileText.Shapes);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Parse_allocates_and_works_linearly_on_hostile_shape(string shape)
    {
        var seed = TestData.Seed.ReplaceLineEndings("\n");
        Parser.Parse(HostileText.Build(shape, Sizes[0], seed));
        var lengths = new List<int>();
        var allocated = new List<long>();
        var work = new List<long>();
        foreach (var size in Sizes)
        {
            var text = HostileText.Build(shape, size, seed);
            var (article, bytes, steps) = ParseOnNewThread(text);
            allocated.Add(bytes);
            work.Add(steps);
            lengths.Add(text.Length);
            article.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);
        }
        double tenfolds = Math.Log10((double)lengths[^1] / lengths[0]);
        double allocGrowth = Math.Pow((double)allocated[^1] / allocated[0], 1 / tenfolds);
        double workGrowth = Math.Pow((double)work[^1] / Math.Max(1, work[0]), 1 / tenfolds);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{shape}: allocated {string.Join(" / ", allocated.Select((a, i) => $"{(double)a / lengths[i]:0.0}"))} B/char, ×{allocGrowth:0.0} per ×10; work {string.Join(" / ", work)}, ×{workGrowth:0.0} per ×10"));
        work[^1].Should().BeGreaterThan(0, "the stages count their steps");
        allocGrowth.Should().BeLessThanOrEqualTo(MaxGrowthPerTenfold, "allocation on {0} must grow linearly", shape);
        workGrowth.Should().BeLessThanOrEqualTo(MaxGrowthPerTenfold, "the lookup steps on {0} must grow linearly", shape);
    }

    /// <summary>
    /// Parses on a thread of its own: the thread's scratch buffers are then made for this input, as for the first
    /// article a thread parses, and not reused from a smaller one (which would make small inputs look cheap).
    /// </summary>
    private static (NewsModel.Model.Article Article, long Allocated, long Work) ParseOnNewThread(string text)
    {
        (NewsModel.Model.Article, long, long) result = default;
        var thread = new Thread(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var article = Parser.Parse(text, out long steps);
            result = (article, GC.GetAllocatedBytesForCurrentThread() - before, steps);
        }, maxStackSize: 16 << 20);
        thread.Start();
        thread.Join();
        return result;
    }

    [Fact]
    public void The_hostile_shapes_are_the_size_asked_for_and_distinct_where_they_must_be()
    {
        foreach (var shape in HostileText.Shapes)
        {
            var text = HostileText.Build(shape, 50_000, "Prose.");
            text.Length.Should().BeInRange(50_000, 50_400, shape);
        }
        Enumerable.Range(0, 100_000).Select(HostileText.Word).Should().OnlyHaveUniqueItems();
        var beyondAscii = Enumerable.Range(0, 100_000).Select(HostileText.NameBeyondAscii).ToList();
        beyondAscii.Should().OnlyHaveUniqueItems().And.OnlyContain(n => n.All(c => c > '\u007f'));
    }
}
