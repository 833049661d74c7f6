using System.Diagnostics;
using System.Globalization;
using FluentAssertions;

namespace NewsModel.Tests.Robustness;

/// <summary>
/// The product's memory promise: the peak working set a parse and its streamed JSON add is at most
/// <see cref="MaxPeakPerChar"/> bytes per character of input on every hostile shape. Each shape is parsed in a fresh
/// process (<c>tests/NewsModel.PeakProbe</c>), so that no shape inherits another's heap or the test host's, and the
/// peak is read from Linux's <c>VmHWM</c> after <c>/proc/self/clear_refs</c>, the method of
/// <c>NewsModel.Benchmarks peak</c>. Linux only.
/// </summary>
/// <remarks>
/// Two sizes: 2 M characters, the size the promise was first stated at, and <see cref="MidSize"/> (512 Ki), where the
/// parser's large-input collections (from 96 Ki characters) now hold it too. At the mid size the probe first lets the
/// runtime's tiered compiler settle (<c>--settled</c>): its background recompilation of the parser's hot methods, a
/// cost each process pays once, adds several megabytes that a single warm-up parse leaves to fall inside the measured
/// parse: 15 to 25 bytes per character at 512 Ki, a few at 2 M. Below 512 Ki the in-process figure says little: the
/// first aggressive collection gives back memory the warm-up left resident, and the peak it adds is near zero or
/// negative (docs/reliability.md). The peak depends on when the collector runs, so it moves from run to run (by up to
/// ±3 on cue words and many quotes, more on a loaded machine); a garbage collection that came late raises it, one
/// that came on time never lowers it below what the parse holds. A shape above the limit is therefore measured up to
/// <see cref="Attempts"/> times and fails only when every run is above it.
/// </remarks>
[Collection(nameof(RunsAlone))]
public sealed class PeakMemoryTests
{
    /// <summary>The most bytes of resident memory a parse may add per character (UTF-16 unit) of its input.</summary>
    private const double MaxPeakPerChar = 30;

    private const int Size = 2_000_000;

    /// <summary>The mid size the bound is held at too, in characters.</summary>
    private const int MidSize = 512 * 1024;

    private const int Attempts = 3;

    /// <summary>
    /// Shapes still above <see cref="MaxPeakPerChar"/> at 2 M characters, left out of the test until the parser is
    /// within it; none now. Name a shape here only while a fix for it is under way, and take it out when it lands.
    /// </summary>
    private static readonly string[] NotYetWithinLimit = [];

    /// <summary>
    /// Shapes still above <see cref="MaxPeakPerChar"/> at <see cref="MidSize"/>, left out of that test until the parser
    /// is within it: the two whose peak is the treaty stage's tables (29.6 to 34 bytes per character), which are being
    /// made smaller. Take a shape out when it is within the limit.
    /// </summary>
    private static readonly string[] NotYetWithinLimitAtMidSize = [];

    public static TheoryData<string> HeldShapes() => new(HostileText.Shapes.Except(NotYetWithinLimit));

    public static TheoryData<string> HeldShapesAtMidSize() => new(HostileText.Shapes.Except(NotYetWithinLimitAtMidSize));

    [Fact]
    public void Every_shape_left_out_is_a_hostile_shape()
    {
        NotYetWithinLimit.Except(HostileText.Shapes).Should().BeEmpty("a misspelt shape would leave out nothing");
        NotYetWithinLimitAtMidSize.Except(HostileText.Shapes).Should().BeEmpty("a misspelt shape would leave out nothing");
    }

    [Theory]
    [MemberData(nameof(HeldShapes))]
    public void Parse_adds_at_most_30_bytes_per_character_at_its_peak_on_hostile_shape(string shape) =>
        HoldsTheLimit(shape, Size, settled: false);

    [Theory]
    [MemberData(nameof(HeldShapesAtMidSize))]
    public void Parse_adds_at_most_30_bytes_per_character_at_its_peak_on_hostile_shape_of_512_K_characters(string shape) =>
        HoldsTheLimit(shape, MidSize, settled: true);

    private static void HoldsTheLimit(string shape, int size, bool settled)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the peak resident set is read from /proc/self/status, which only Linux has");
        var runs = new List<double>();
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            runs.Add(PeakPerChar(shape, size, settled));
            if (runs[^1] <= MaxPeakPerChar) break;
        }
        runs.Min().Should().BeLessThanOrEqualTo(MaxPeakPerChar, string.Create(CultureInfo.InvariantCulture,
            $"the peak of {shape} at {size:N0} characters, in bytes per character, was {string.Join(", ", runs.Select(r => r.ToString("0.0", CultureInfo.InvariantCulture)))}"));
    }

    /// <summary>Runs the probe on one shape in a process of its own; the peak it added per character.</summary>
    private static double PeakPerChar(string shape, int size, bool settled)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "NewsModel.PeakProbe.dll");
        var seed = Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { probe, shape, size.ToString(CultureInfo.InvariantCulture), seed }) start.ArgumentList.Add(a);
        if (settled) start.ArgumentList.Add("--settled");
        using var child = Process.Start(start)!;
        var error = child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = child.StandardOutput.ReadToEnd();
        if (!child.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            child.Kill();
            throw new TimeoutException($"the probe did not finish {shape} in 3 minutes");
        }
        child.ExitCode.Should().Be(0, $"the probe failed: {error.Result}");
        var fields = output.Trim().Split(' ');
        return long.Parse(fields[0], CultureInfo.InvariantCulture) / double.Parse(fields[1], CultureInfo.InvariantCulture);
    }
}
