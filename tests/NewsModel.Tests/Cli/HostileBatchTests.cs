using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using FluentAssertions;
using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

/// <summary>
/// The batch under attack: FIFOs, symbolic link loops, folders that cannot be read, byte order marks, names with
/// control characters, a reader that goes away. Every good file is parsed, every bad one gets one line, nothing hangs.
/// </summary>
public sealed class HostileBatchTests : TempFolderTest
{
    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }

    /// <summary>Runs the tool on a thread of its own with a deadline: a hang fails the test instead of blocking it.</summary>
    private static (int Code, string Out, string Err) RunWithin(TimeSpan deadline, params string[] args)
    {
        (int, string, string) result = default;
        var thread = new Thread(() => result = Cli.Run(args)) { IsBackground = true };
        thread.Start();
        thread.Join(deadline).Should().BeTrue($"newsmodel {string.Join(' ', args)} must finish within {deadline}");
        return result;
    }

    [Fact]
    public void A_fifo_in_a_folder_or_given_by_name_is_skipped_unopened_with_a_reason()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "FIFOs are a Unix file kind");
        Write("a.txt", Article(1));
        MakeFifo(Path.Combine(Dir, "b-fifo.txt"));
        Write("c.txt", Article(3));

        var (code, output, err) = RunWithin(TimeSpan.FromSeconds(30), "parse", Dir);

        code.Should().Be(CommandLine.PartialFailure);
        BatchTests.Sources(output).Should().Equal("a.txt", "c.txt");
        var lines = err.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2);
        lines[0].Should().Be($"newsmodel: skipped {Path.Combine(Dir, "b-fifo.txt")}: a FIFO (named pipe), not a regular file: not read");

        var single = RunWithin(TimeSpan.FromSeconds(30), "parse", Path.Combine(Dir, "b-fifo.txt"));
        single.Code.Should().Be(CommandLine.UsageError);
        single.Err.Should().Contain("a FIFO (named pipe), not a regular file");
    }

    [Fact]
    public void A_character_device_given_by_name_is_not_read()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "/dev/zero is a Unix device");
        var (code, _, err) = RunWithin(TimeSpan.FromSeconds(30), "parse", "/dev/zero", "--format", "jsonl");
        code.Should().Be(CommandLine.PartialFailure);
        err.Should().StartWith("newsmodel: skipped /dev/zero: a character device, not a regular file");
    }

    [Fact]
    public void Symbolic_links_to_folders_are_reported_once_and_not_followed_and_links_to_files_are_read()
    {
        Write("a.txt", Article(1));
        Write("sub/b.txt", Article(2));
        Directory.CreateSymbolicLink(Path.Combine(Dir, "loop"), ".");
        Directory.CreateSymbolicLink(Path.Combine(Dir, "sub", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(Dir, "c.txt"), Path.Combine(Dir, "a.txt"));

        var (code, output, err) = RunWithin(TimeSpan.FromSeconds(30), "parse", Dir);

        code.Should().Be(CommandLine.PartialFailure);
        BatchTests.Sources(output).Should().Equal("a.txt", "c.txt", "sub/b.txt");
        var lines = err.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(3);
        lines[0].Should().Be($"newsmodel: skipped {Path.Combine(Dir, "loop")}: a symbolic link to a folder: not followed");
        lines[1].Should().Be($"newsmodel: skipped {Path.Combine(Dir, "sub", "up")}: a symbolic link to a folder: not followed");
        lines[2].Should().StartWith("newsmodel: 3 files parsed, 2 skipped");
    }

    [Fact]
    public void A_folder_given_as_a_symbolic_link_is_walked()
    {
        Write("real/a.txt", Article(1));
        var link = Path.Combine(Dir, "link");
        Directory.CreateSymbolicLink(link, Path.Combine(Dir, "real"));
        var (code, output, _) = Cli.Run("parse", link);
        code.Should().Be(0);
        BatchTests.Sources(output).Should().Equal("a.txt");
    }

    private const int Nobody = 65534;

    [DllImport("libc", EntryPoint = "setfsuid")]
    private static extern int SetFsUid(int uid);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_that_cannot_be_read_is_reported_and_the_rest_is_parsed()
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("folder permissions are tested on Unix");
        Write("a.txt", Article(1));
        Write("locked/secret.txt", Article(2));
        Write("z/c.txt", Article(3));
        File.SetUnixFileMode(Dir, (UnixFileMode)0b111_101_101);
        var locked = Path.Combine(Dir, "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            // Root reads any folder whatever its mode. Linux keeps the file-system user per thread: this thread alone
            // checks permissions as "nobody" (65534), which also drops root's override of them, and gets root back after.
            bool root = Environment.IsPrivilegedProcess;
            (int Code, string Out, string Err) result = (-1, "", "");
            var thread = new Thread(() =>
            {
                int previous = root ? SetFsUid(Nobody) : 0;
                try
                {
                    // setfsuid answers the current value when given an invalid one: proof the switch took.
                    if (root) SetFsUid(-1).Should().Be(Nobody);
                    result = Cli.Run("parse", Dir, "--jobs", "1");
                }
                finally
                {
                    if (root) SetFsUid(previous).Should().Be(Nobody);
                }
            });
            thread.Start();
            thread.Join(TimeSpan.FromSeconds(30)).Should().BeTrue();

            result.Code.Should().Be(CommandLine.PartialFailure);
            BatchTests.Sources(result.Out).Should().Equal("a.txt", "z/c.txt");
            var lines = result.Err.TrimEnd('\n').Split('\n');
            lines.Should().HaveCount(2);
            lines[0].Should().StartWith($"newsmodel: skipped {locked}: folder cannot be read: ");
            lines[1].Should().StartWith("newsmodel: 2 files parsed, 1 skipped");
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Only_utf8_is_read_with_or_without_its_byte_order_mark()
    {
        var text = Article(7);
        Write("a-plain.txt", text);
        WriteBytes("b-utf8-bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        WriteBytes("c-latin1-ff-fe.txt", [0xFF, 0xFE, .. Encoding.Latin1.GetBytes("caf\u00e9 said the minister")]);
        WriteBytes("d-utf16-bom.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        WriteBytes("e-utf32-bom.txt", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)]);

        var (code, output, err) = Cli.Run("parse", Dir, "--reference-date", "2026-11-27");

        code.Should().Be(CommandLine.PartialFailure);
        var lines = Cli.Lines(output);
        BatchTests.Sources(output).Should().Equal("a-plain.txt", "b-utf8-bom.txt");
        lines[1].Should().Be(lines[0].Replace("a-plain.txt", "b-utf8-bom.txt"), "the byte order mark is not part of the text");
        var errLines = err.TrimEnd('\n').Split('\n');
        errLines.Should().HaveCount(4);
        foreach (var (line, name) in errLines.Zip(new[] { "c-latin1-ff-fe.txt", "d-utf16-bom.txt", "e-utf32-bom.txt" }))
        {
            line.Should().StartWith($"newsmodel: skipped {Path.Combine(Dir, name)}: not UTF-8 text (byte 0xFF at offset 0)")
                .And.EndWith("only UTF-8 is read");
        }
    }

    [Fact]
    public void Control_characters_in_names_are_escaped_and_each_bad_file_takes_one_line()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows forbids control characters in file names");
        Write("good\nname.txt", Article(1));
        WriteBytes("bad\nname.txt", [0xFF]);
        WriteBytes("bad\u001b[31mred.txt", [0xC3]);
        WriteBytes("bad\u202Eevil.txt", [0xC3]);

        var (code, output, err) = Cli.Run("parse", Dir);

        code.Should().Be(CommandLine.PartialFailure);
        BatchTests.Sources(output).Should().Equal("good\nname.txt");
        var lines = err.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(4);
        lines[0].Should().Contain("bad\\nname.txt: not UTF-8");
        lines[1].Should().Contain("bad\\u001B[31mred.txt: not UTF-8").And.NotContain("\u001b");
        lines[2].Should().Contain("bad\\u202Eevil.txt: not UTF-8");
    }

    [Fact]
    public void A_reader_that_goes_away_stops_the_batch_with_exit_3()
    {
        for (int i = 0; i < 400; i++) Write($"a{i:000}.txt", Article(i));
        using var stdout = new ClosingStream(allowedWrites: 5);
        using var stderr = new StringWriter();

        int code = CommandLine.Run(["parse", Dir, "--jobs", "2"], new MemoryStream(), stdout, stderr);

        code.Should().Be(CommandLine.OutputFailed);
        stdout.Writes.Should().Be(6, "the batch stops at the first write that fails");
        BatchTests.Sources(Encoding.UTF8.GetString(stdout.Written)).Should().Equal(Enumerable.Range(0, 5).Select(i => $"a{i:000}.txt"));
        stderr.ToString().Should().Be("newsmodel: stopped after 5 files: cannot write standard output (Broken pipe)\n");
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\nb\rc\td", "a\\nb\\rc\\td")]
    [InlineData("\u001b[2J\u0007\u007f\u0085", "\\u001B[2J\\u0007\\u007F\\u0085")]
    [InlineData("x\u2028y\u202Ez\u2066", "x\\u2028y\\u202Ez\\u2066")]
    [InlineData("caf\u00e9 \\ \u4e2d", "caf\u00e9 \\ \u4e2d")]
    public void Display_escape_keeps_a_message_on_one_inert_line(string text, string expected) =>
        Display.Escape(text).Should().Be(expected);
}
