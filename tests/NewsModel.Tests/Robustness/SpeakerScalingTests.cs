using System.Text;
using FluentAssertions;
using NewsModel.Parsing.Attribution;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Speakers;

namespace NewsModel.Tests.Robustness;

/// <summary>
/// The speaker stage stays linear on the shapes that once made it quadratic: each shape is built at two sizes, ten
/// times apart, and the stage's work (entities looked at, bytes allocated) may grow at most fifteen times. Counts,
/// not wall time, so the test holds on a busy machine.
/// </summary>
public sealed class SpeakerScalingTests
{
    private const int Small = 150;
    private const double MaxGrowthPerTenfold = 15;

    private static readonly CompiledKnowledge Knowledge = new(TestData.Parser.Options.Knowledge);

    /// <summary>
    /// The options of <see cref="TestData.Parser"/> without the large-input collections: the larger size is over
    /// <see cref="LargeInputCollector.MinLength"/>, where the speaker stage gives its lookups back at the end of every
    /// parse (a fixed cost the next parse pays again, whatever the shape), and both sizes must take the same path for
    /// their ratio to show how the stage's own work grows.
    /// </summary>
    private static readonly NewsModel.Parsing.ParseOptions Options = TestData.Parser.Options with { CollectOnLargeInputs = false };

    public static TheoryData<string> Shapes => ["organisations", "pronouns", "descriptions", "unresolved"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Speaker_stage_work_grows_linearly_with_a_hostile_shape(string shape)
    {
        var small = Build(shape, Small);
        var large = Build(shape, Small * 10);
        var (smallVisits, smallBytes) = Measure(shape, Small);
        var (largeVisits, largeBytes) = Measure(shape, Small * 10);
        double allowed = MaxGrowthPerTenfold * ((double)large.Length / small.Length / 10);

        largeVisits.Should().BeGreaterThan(0, "the shape must reach the entity lookups to test them");
        ((double)largeVisits / Math.Max(1, smallVisits)).Should().BeLessThanOrEqualTo(allowed,
            $"entities looked at: {smallVisits} for {small.Length} chars, {largeVisits} for {large.Length}");
        ((double)largeBytes / smallBytes).Should().BeLessThanOrEqualTo(allowed,
            $"bytes allocated: {smallBytes} for {small.Length} chars, {largeBytes} for {large.Length}");
    }

    [Fact]
    public void Visits_count_the_entities_a_lookup_returns()
    {
        // The counter the scaling test reads must move: a shape of many speakers looks at many entities.
        var (visits, _) = Measure("organisations", 20);
        visits.Should().BeGreaterThanOrEqualTo(20);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_speaker_stage_adds_its_lookups_to_the_work_of_the_parse(string shape)
    {
        // ScalingTests reads ParseContext.Work: what the speaker stage looked at must be in it.
        var ctx = new ParseContext(Build(shape, 50), TestData.Parser.Options, Knowledge);
        try
        {
            LayoutStage.Run(ctx);
            AttributionStage.Run(ctx);
            long before = ctx.Work;
            SpeakerStage.Run(ctx);
            long visits = ctx.Scratch.Get<EntityIndex>().Visits;
            (ctx.Work - before).Should().BeGreaterThanOrEqualTo(visits + ctx.Statements.Count).And.BeGreaterThan(0);
        }
        finally
        {
            ctx.ReleaseScratch();
        }
    }

    /// <summary>
    /// The entities the speaker stage looked at and the bytes it allocated, after layout and attribution, on the shape
    /// built with <paramref name="n"/> items.
    /// </summary>
    private static (long Visits, long Bytes) Measure(string shape, int n)
    {
        // Once first, so that one-time work (tables, the thread's scratch) is not counted against the small size: on the
        // same shape and size with other names, so that the measured parse finds none of its own names and phrases in
        // what the thread keeps from one parse to the next (the stage's reading memos), as a first reading of its text.
        Run(Build(shape, n, firstName: 4 * n));
        return Run(Build(shape, n));

        static (long, long) Run(string text)
        {
            var ctx = new ParseContext(text, Options, Knowledge);
            try
            {
                LayoutStage.Run(ctx);
                AttributionStage.Run(ctx);
                // The entities the thread keeps for its next parse (at most 256) would serve all of a small parse's and
                // only some of a large one's: each parse makes its own here, so that the bytes grow as the work does.
                ctx.Scratch.Get<EntityIndex>().DropSpare();
                long before = GC.GetAllocatedBytesForCurrentThread();
                SpeakerStage.Run(ctx);
                long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                return (ctx.Scratch.Get<EntityIndex>().Visits, bytes);
            }
            finally
            {
                ctx.ReleaseScratch();
            }
        }
    }

    /// <summary>The text of <paramref name="shape"/> with <paramref name="n"/> items, its names from <c>Name(firstName)</c> on.</summary>
    private static string Build(string shape, int n, int firstName = 0)
    {
        string Name(int k) => SpeakerScalingTests.Name(firstName + k);
        var text = new StringBuilder("Talks on the border dispute\n\n");
        switch (shape)
        {
            case "organisations":
                // Distinct bodies, each speaking once.
                for (int k = 0; k < n; k++) text.Append($"\"The plan will fail,\" the {Name(k)} Group said.\n\n");
                break;
            case "pronouns":
                // Many names, each paragraph then a pronoun that must be ranked against the names before it.
                for (int k = 0; k < n; k++)
                {
                    text.Append($"{Name(k)} {Name(k + n)} met {Name(k + 2 * n)} {Name(k + 3 * n)} in the capital. ");
                    text.Append("\"It will not work,\" he said.\n\n");
                }
                break;
            case "descriptions":
                // Every name first, then descriptions that must find their entity among them.
                for (int k = 0; k < n; k++) text.Append($"\"We will sign,\" Minister {Name(k)} {Name(k + n)} said.\n\n");
                for (int k = 0; k < n; k++)
                {
                    text.Append((k % 3) switch
                    {
                        0 => "\"We disagree,\" the minister said.\n\n",
                        1 => "\"No comment,\" the ministry said.\n\n",
                        _ => "\"It is late,\" the newspaper said.\n\n",
                    });
                }
                break;
            case "unresolved":
                // Pronouns with nobody named for them to stand for.
                for (int k = 0; k < n; k++) text.Append("\"No,\" he said.\n\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(shape), shape, "no such shape");
        }
        return text.ToString();
    }

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "bu", "da", "fe", "go", "hu", "ji", "pe"];

    /// <summary>A made-up capitalised name, distinct for each <paramref name="k"/>, that no table knows.</summary>
    private static string Name(int k)
    {
        var name = new StringBuilder("Qu");
        do
        {
            name.Append(Syllables[k % Syllables.Length]);
            k /= Syllables.Length;
        }
        while (k > 0);
        return name.Append('x').ToString();
    }
}
