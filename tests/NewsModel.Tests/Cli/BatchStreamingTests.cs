using System.Text;
using FluentAssertions;
using NewsModel.Cli;
using NewsModel.Parsing;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Cli;

/// <summary>
/// A batch writes the line of the file at the head of the order as it is serialized, in chunks, and holds the lines
/// of files finished ahead of their turn: the output is the same bytes, in input order, whatever the jobs and sizes.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class BatchStreamingTests : TempFolderTest
{
    /// <summary>An article whose JSON line is far longer than a chunk: many short statements in one paragraph.</summary>
    private static string Large(int i, int statements) =>
        $"Talks {i} go on\n\n" + string.Concat(Enumerable.Repeat($"\"No {i},\" he said. ", statements)) + "\n";

    /// <summary>Small files around large ones: a large file first, one behind small ones, two in a row, one last.</summary>
    private List<InputItem> MixedSizes()
    {
        var items = new List<InputItem>();
        for (int i = 0; i < 40; i++)
        {
            bool large = i is 0 or 9 or 21 or 22 or 39;
            string name = $"f{i:00}.txt";
            items.Add(new InputItem(Write(name, large ? Large(i, 2_000 + 500 * (i % 3)) : Article(i)), name));
        }
        return items;
    }

    /// <summary>A chunk, and what one more flush of the JSON writer can add to it (a statement, a segment of a long string).</summary>
    private const int LargestWrite = 2 * LineSink.ChunkBytes + 32 * 1024;

    private static (byte[] Output, List<int> Writes, int Code) RunBatch(IReadOnlyList<InputItem> items, int jobs, int heldLimit = LineSink.HeldLimit, bool gathered = false)
    {
        using var stdout = new RecordingStream();
        using var stderr = new StringWriter();
        int code = Batch.Run(items, new ArticleParser(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) }),
            new Streams(new MemoryStream(), new OutputStream(stdout), stderr), jobs, progress: false, heldLimit, gathered);
        stderr.ToString().Should().StartWith($"newsmodel: {items.Count} files parsed, 0 skipped");
        return (stdout.ToArray(), stdout.Writes, code);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Jobs_over_mixed_sizes_write_the_same_bytes_in_input_order_as_one_job(int jobs)
    {
        var items = MixedSizes();
        var one = RunBatch(items, 1);
        var many = RunBatch(items, jobs);

        one.Code.Should().Be(0);
        many.Code.Should().Be(0);
        many.Output.Should().Equal(one.Output);
        BatchTests.Sources(Encoding.UTF8.GetString(many.Output)).Should().Equal(items.Select(i => i.Source));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Lines_held_to_the_limit_wait_for_their_turn_and_keep_order_and_bytes(int jobs)
    {
        // A limit of one chunk: every large line finished ahead of its turn makes its worker wait.
        var items = MixedSizes();
        var expected = RunBatch(items, 1).Output;
        var held = RunBatch(items, jobs, heldLimit: LineSink.ChunkBytes);
        held.Output.Should().Equal(expected);
        held.Writes.Max().Should().BeLessThan(LargestWrite, "no line is held past the limit and one more chunk");
    }

    [Fact]
    public void The_line_of_a_large_file_goes_out_in_chunks_not_held_whole()
    {
        var items = MixedSizes();
        var (output, writes, _) = RunBatch(items, 2);
        var lines = Cli.Lines(Encoding.UTF8.GetString(output));
        int longest = lines.Max(l => Encoding.UTF8.GetByteCount(l));
        longest.Should().BeGreaterThan(8 * LineSink.ChunkBytes, "the test needs lines far longer than a chunk");
        // The first file is at the head from the start: its line goes out as it is serialized.
        int firstLine = Encoding.UTF8.GetByteCount(lines[0]) + 1;
        var firstWrites = new List<int>();
        for (int i = 0, sum = 0; sum < firstLine; sum += writes[i++]) firstWrites.Add(writes[i]);
        firstWrites.Sum().Should().Be(firstLine, "a line's writes end where it ends");
        firstWrites.Should().HaveCountGreaterThan(4).And.OnlyContain(w => w < LargestWrite);
    }

    [Fact]
    public void Short_lines_go_out_in_one_write_each()
    {
        var items = Enumerable.Range(0, 30).Select(i => new InputItem(Write($"s{i:00}.txt", Article(i)), $"s{i:00}.txt")).ToList();
        var (output, writes, _) = RunBatch(items, 2);
        writes.Should().HaveCount(30);
        Cli.Lines(Encoding.UTF8.GetString(output)).Should().HaveCount(30);
    }

    [Fact]
    public void Gathered_lines_are_the_same_bytes_in_fewer_writes()
    {
        var items = MixedSizes();
        items.AddRange(Enumerable.Range(0, 60).Select(i => new InputItem(Write($"s{i:00}.txt", Article(i)), $"s{i:00}.txt")));
        var plain = RunBatch(items, 1);
        var gathered = RunBatch(items, 1, gathered: true);
        gathered.Output.Should().Equal(plain.Output);
        gathered.Writes.Should().HaveCountLessThan(plain.Writes.Count / 2).And.OnlyContain(w => w < LargestWrite);
        RunBatch(items, 2, gathered: true).Output.Should().Equal(plain.Output, "with more jobs lines are written one by one");
    }

    [Fact]
    public void Gathered_lines_before_a_skipped_file_are_written_before_its_message()
    {
        var items = Enumerable.Range(0, 6).Select(i => new InputItem(Write($"s{i}.txt", Article(i)), $"s{i}.txt")).ToList();
        items.Insert(3, new InputItem(WriteBytes("bad.txt", [0x63, 0x61, 0x66, 0xE9]), "bad.txt"));
        var shared = new StringBuilder();
        using var stdout = new SharedStream(shared);
        using var stderr = new SharedWriter(shared);

        int code = Batch.Run(items, new ArticleParser(), new Streams(new MemoryStream(), new OutputStream(stdout), stderr), jobs: 1, progress: false, gathered: true);

        code.Should().Be(CommandLine.PartialFailure);
        var lines = shared.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(8);
        lines[3].Should().StartWith("newsmodel: skipped ").And.Contain("bad.txt: not UTF-8 text");
        lines.Take(3).Concat(lines.Skip(4).Take(3)).Should().OnlyContain(l => l.StartsWith("{\"source\":", StringComparison.Ordinal));
        lines[7].Should().StartWith("newsmodel: 6 files parsed, 1 skipped");
    }

    /// <summary>Standard output and standard error into one text, as <c>&gt;out 2&gt;&amp;1</c> gives them.</summary>
    private sealed class SharedStream(StringBuilder shared) : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => shared.Append(Encoding.UTF8.GetString(buffer));

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
    }

    private sealed class SharedWriter(StringBuilder shared) : StringWriter(shared);

    [Fact]
    public void A_line_cut_by_a_failure_after_part_of_it_went_out_stops_the_run_and_names_the_file()
    {
        var items = MixedSizes();
        using var stdout = new FailingStream(failAtWrite: 3);
        using var stderr = new StringWriter();

        int code = Batch.Run(items, new ArticleParser(), new Streams(new MemoryStream(), new OutputStream(stdout), stderr), jobs: 2, progress: false);

        code.Should().Be(CommandLine.OutputFailed);
        var err = stderr.ToString();
        err.Should().MatchRegex(@"^newsmodel: stopped after 0 files: [^\n]*f00\.txt: internal error \(InvalidOperationException\) while its JSON was written, its line is incomplete: the device went away\n$");
    }

    [Fact]
    public void An_output_that_closes_while_a_line_streams_stops_the_run_with_exit_3()
    {
        var items = MixedSizes();
        using var stdout = new FailingStream(failAtWrite: 3, new IOException("Broken pipe"));
        using var stderr = new StringWriter();

        int code = Batch.Run(items, new ArticleParser(), new Streams(new MemoryStream(), new OutputStream(stdout), stderr), jobs: 2, progress: false);

        code.Should().Be(CommandLine.OutputFailed);
        stderr.ToString().Should().Be("newsmodel: stopped after 0 files: cannot write standard output (Broken pipe)\n");
    }

    /// <summary>A stream whose nth write fails, by default with an exception that is not an I/O error.</summary>
    private sealed class FailingStream(int failAtWrite, Exception? failure = null) : MemoryStream
    {
        private int _writes;

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (++_writes == failAtWrite) throw failure ?? new InvalidOperationException("the device went away");
            base.Write(buffer, offset, count);
        }
    }

    /// <summary>A stream that keeps what is written and the size of each write.</summary>
    private sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }
    }
}
