using System.Globalization;
using FluentAssertions;
using NewsModel.Parsing;

namespace NewsModel.Tests.Robustness;

/// <summary>
/// What a parse allocates per character on the hostile shapes whose peak memory is made of many small records (a
/// statement draft per 15 characters, a paragraph per 6, a cue per 7) or of garbage a stage makes per item (a
/// described treaty merged into a catalog entry per 55): a draft or block that grows again shows here first, as
/// bytes allocated, which are the same on every run. The peak itself depends on the collector's timing and is
/// measured by the benchmarks (<c>NewsModel.Benchmarks peak</c>, docs/reliability.md).
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class MemoryTests
{
    private const int Size = 200_000;

    /// <summary>The bytes allocated per character measured at 200 K characters on a fresh thread, and about 3 % more.</summary>
    public static TheoryData<string, double> Bounds() => new()
    {
        { "one-paragraph-statements", 51.8 },
        { "short-paragraphs", 53.1 },
        { "cue-words", 32.1 },
        { "short-quotes", 40.3 },
        { "many-quotes", 40.1 },
        { "according-to", 52.8 },
        { "shared-acronyms", 55.1 },
    };

    [Theory]
    [MemberData(nameof(Bounds))]
    public void Parse_allocates_no_more_per_character_than_measured_on_hostile_shape(string shape, double maxBytesPerChar)
    {
        var seed = TestData.Seed.ReplaceLineEndings("\n");
        // A parse of the same text first, on a thread of its own, so that what the parser makes once on first use is
        // not counted, nor what the process-wide ArrayPool<char>.Shared lacks: a statement's text longer than the
        // build's stack buffer is rented there, and whether the pool already held an array of that size depended on
        // the tests run before (one-paragraph-statements measured 50.5 to 52.1 bytes a character by their order).
        var text = HostileText.Build(shape, Size, seed);
        AllocatedOnNewThread(text);
        long allocated = AllocatedOnNewThread(text);
        double perChar = allocated / (double)text.Length;
        perChar.Should().BeLessThanOrEqualTo(maxBytesPerChar, string.Create(CultureInfo.InvariantCulture, $"{shape} allocated {perChar:0.00} bytes per character"));
    }

    /// <summary>On a thread of its own, so the thread's scratch is made for this input, as for a thread's first article.</summary>
    private static long AllocatedOnNewThread(string text)
    {
        long allocated = 0;
        var thread = new Thread(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(TestData.Parser.Parse(text));
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }, maxStackSize: 16 << 20);
        thread.Start();
        thread.Join();
        return allocated;
    }
}
