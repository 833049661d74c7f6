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
/// The size is the one the promise is stated at, 2 M characters. Smaller inputs are not representative: below
/// 1 Mi characters the parser does not run its large-input collections, and even just above it the process's fixed
/// costs (the collector's allocation budget, garbage it has not reached yet) weigh per character about twice as much
/// (at 1.1 M, described treaties 32.8, cue words 35.1 and shared acronyms 40.3 against 26.2, 23.6–29.8 and 29.7 at
/// 2 M). The peak depends on when the collector runs, so it moves from run to run (by up to ±3 on cue words and many
/// quotes, more on a loaded machine); a garbage collection that came late raises it, one that came on time never
/// lowers it below what the parse holds. A shape above the limit is therefore measured up to
/// <see cref="Attempts"/> times and fails only when every run is above it.
/// </remarks>
[Collection(nameof(RunsAlone))]
public sealed class PeakMemoryTests
{
    /// <summary>The most bytes of resident memory a parse may add per character (UTF-16 unit) of its input.</summary>
    private const double MaxPeakPerChar = 30;

    private const int Size = 2_000_000;

    private const int Attempts = 3;

    /// <summary>
    /// Shapes still above <see cref="MaxPeakPerChar"/> at 2 M characters, left out of the test until the parser is
    /// within it; none now. Name a shape here only while a fix for it is under way, and take it out when it lands.
    /// </summary>
    private static readonly string[] NotYetWithinLimit = [];

    public static TheoryData<string> HeldShapes() => new(HostileText.Shapes.Except(NotYetWithinLimit));

    [Fact]
    public void Every_shape_left_out_is_a_hostile_shape()
    {
        NotYetWithinLimit.Except(HostileText.Shapes).Should().BeEmpty("a misspelt shape would leave out nothing");
    }

    [Theory]
    [MemberData(nameof(HeldShapes))]
    public void Parse_adds_at_most_30_bytes_per_character_at_its_peak_on_hostile_shape(string shape)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the peak resident set is read from /proc/self/status, which only Linux has");
        var runs = new List<double>();
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            runs.Add(PeakPerChar(shape));
            if (runs[^1] <= MaxPeakPerChar) break;
        }
        runs.Min().Should().BeLessThanOrEqualTo(MaxPeakPerChar, string.Create(CultureInfo.InvariantCulture,
            $"the peak of {shape} at {Size:N0} characters, in bytes per character, was {string.Join(", ", runs.Select(r => r.ToString("0.0", CultureInfo.InvariantCulture)))}"));
    }

    /// <summary>Runs the probe on one shape in a process of its own; the peak it added per character.</summary>
    private static double PeakPerChar(string shape)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "NewsModel.PeakProbe.dll");
        var seed = Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { probe, shape, Size.ToString(CultureInfo.InvariantCulture), seed }) start.ArgumentList.Add(a);
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
