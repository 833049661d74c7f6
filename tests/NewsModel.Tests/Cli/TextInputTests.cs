using System.Text;
using FluentAssertions;
using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

/// <summary>
/// A file over a megabyte is decoded a chunk at a time (its bytes and its text are never held at once); it must read
/// exactly as a small file is read whole: the same text, the byte order mark dropped, the same error for bad bytes.
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
}
