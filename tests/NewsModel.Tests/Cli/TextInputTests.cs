using System.Text;
using FluentAssertions;
using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

/// <summary>
/// A file over a megabyte is decoded a chunk at a time (its bytes and its text are never held at once), a small one is
/// read through the runtime's native shim with three system calls: each must read
/// exactly as its bytes decoded whole: the same text, the byte order mark dropped, the same error for bad bytes.
/// </summary>
public sealed class TextInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsmodel-textinput-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Over 1 MB of text whose two-, three- and four-byte characters fall across every chunk boundary.</summary>
    private static byte[] LargeText(bool bom)
    {
        var sb = new StringBuilder();
        sb.Append("Talks go on\n\n");
        for (int i = 0; sb.Length < 900_000; i++) sb.Append(i % 3 == 0 ? "«Да» — " : i % 3 == 1 ? "x€y " : "😀 ").Append(i % 7 == 0 ? "\n\n" : "");
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        return bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_large_file_reads_as_the_same_text_as_its_bytes_decoded_whole(bool bom)
    {
        var bytes = LargeText(bom);
        bytes.Length.Should().BeGreaterThan(1 << 20);
        var (text, size) = TextInput.ReadFile(Write("large.txt", bytes));
        size.Should().Be(bytes.Length);
        text.Should().Be(TextInput.Decode(bytes));
        text.Should().StartWith("Talks go on");
    }

    [Fact]
    public void A_large_file_with_a_bad_byte_fails_with_the_offset_of_that_byte()
    {
        var bytes = LargeText(bom: false);
        int at = bytes.Length - 1000;
        while ((bytes[at] & 0xC0) == 0x80) at++;
        bytes[at] = 0xFF;
        var act = () => TextInput.ReadFile(Write("bad.txt", bytes));
        act.Should().Throw<InvalidDataException>().WithMessage($"not UTF-8 text (byte 0xFF at offset {at})*");
    }

    [Theory]
    [InlineData("Plain ASCII news copy.\n\nA second paragraph.", false)]
    [InlineData("Plain ASCII news copy.", true)]
    [InlineData("«Да» — x€y 😀 café", false)]
    [InlineData("«Да» — x€y 😀 café", true)]
    public void A_small_file_reads_as_its_bytes_decoded(string text, bool bom)
    {
        byte[] bytes = [.. (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []), .. Encoding.UTF8.GetBytes(text)];
        var (read, size) = TextInput.ReadFile(Write("small.txt", bytes));
        size.Should().Be(bytes.Length);
        read.Should().Be(text);
        TextInput.Decode(bytes).Should().Be(text);
    }

    [Fact]
    public void A_small_file_with_a_bad_byte_fails_with_the_offset_of_that_byte()
    {
        var act = () => TextInput.ReadFile(Write("bad.txt", [0x61, 0x62, 0xFF, 0x63]));
        act.Should().Throw<InvalidDataException>().WithMessage("not UTF-8 text (byte 0xFF at offset 2)*");
    }

    [Fact]
    public void The_native_read_gives_a_file_s_bytes_and_shows_when_more_follow_or_nothing_could_be_read()
    {
        var bytes = Encoding.UTF8.GetBytes("Talks go on in Geneva.");
        var path = Write("native.txt", bytes);
        var buffer = new byte[bytes.Length + 1];
        if (OperatingSystem.IsWindows())
        {
            UnixFile.TryRead(path, buffer).Should().Be(-1, "the native shim is read only on Unix");
            return;
        }
        UnixFile.TryRead(path, buffer).Should().Be(bytes.Length);
        buffer.AsSpan(0, bytes.Length).ToArray().Should().Equal(bytes);
        UnixFile.TryRead(path, buffer.AsSpan(0, 5)).Should().Be(5, "a file longer than the room asked for fills it");
        UnixFile.TryRead(Path.Combine(_dir, "missing.txt"), buffer).Should().Be(-1);
        UnixFile.TryRead(_dir, buffer).Should().Be(-1, "a folder opens but cannot be read");
    }

    /// <summary>What a listed regular file is read as, and what the general way reads the same path as: text and size, or the exception's type and message.</summary>
    private static (string? Text, long Bytes, string? Error) Outcome(Func<(string Text, long Bytes)> read)
    {
        try
        {
            var (text, bytes) = read();
            return (text, bytes, null);
        }
        catch (Exception e)
        {
            return (null, 0, $"{e.GetType().Name}: {e.Message}");
        }
    }

    [Fact]
    public void A_file_read_as_listed_regular_reads_as_the_general_way_reads_it()
    {
        var small = Write("small.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("«Да» — x€y 😀 café")]);
        var empty = Write("empty.txt", []);
        var fills = Write("fills.txt", Encoding.UTF8.GetBytes(new string('a', 1 << 16)));
        var large = Write("large.txt", LargeText(bom: false));
        var bad = Write("bad.txt", [0x61, 0x62, 0xFF, 0x63]);
        var missing = Path.Combine(_dir, "missing.txt");
        var link = Path.Combine(_dir, "link.txt");
        File.CreateSymbolicLink(link, small);
        foreach (var path in new[] { small, empty, fills, large, bad, missing, link, _dir })
        {
            var listed = Outcome(() => TextInput.ReadFile(path, regular: true));
            listed.Should().Be(Outcome(() => TextInput.ReadFile(path)), path);
        }
        Outcome(() => TextInput.ReadFile(link, regular: true)).Text.Should().Be("«Да» — x€y 😀 café", "a link that took a listed file's place is followed the general way");
        Outcome(() => TextInput.ReadFile(fills, regular: true)).Bytes.Should().Be(1 << 16);
    }

    [Fact]
    public void The_native_read_without_following_refuses_a_symbolic_link()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the native shim is read only on Unix");
        var target = Write("target.txt", Encoding.UTF8.GetBytes("Talks go on."));
        var link = Path.Combine(_dir, "link.txt");
        File.CreateSymbolicLink(link, target);
        var buffer = new byte[64];
        UnixFile.TryRead(link, buffer, noFollow: true).Should().Be(-1);
        UnixFile.TryRead(link, buffer).Should().Be(12);
        UnixFile.TryRead(target, buffer, noFollow: true).Should().Be(12);
    }
}
