using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentAssertions;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

/// <summary>The writer's own escaping of text strings writes what <see cref="Utf8JsonWriter"/> writes, or declines.</summary>
public sealed class RelaxedJsonTextTests
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("text");

    /// <summary>The property written by <see cref="Utf8JsonWriter"/> (<c>own</c> false) or by the scan, inside an object; null when the scan declined.</summary>
    private static string? Written(string value, bool own, bool indented)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = indented }))
        {
            w.WriteStartObject();
            w.WriteNumber("before", 1);
            if (own)
            {
                RelaxedJsonText.Applies(w).Should().BeTrue();
                if (!RelaxedJsonText.TryWrite(w, Name, value)) return null;
            }
            else
            {
                w.WriteString(Name, value);
            }
            w.WriteNumber("after", 2);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    [Fact]
    public void Every_UTF16_unit_is_written_as_the_writer_writes_it_or_left_to_the_writer()
    {
        int written = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var value = $"a\"{(char)c}b\\";
            var own = Written(value, own: true, indented: false);
            if (own is null) continue;
            written++;
            own.Should().Be(Written(value, own: false, indented: false), "U+{0:X4} must be written as the writer writes it", c);
        }
        // Letters, marks and punctuation beyond ASCII are the scan's to write, not left to the writer.
        written.Should().BeGreaterThan(50_000);
    }

    [Theory]
    [InlineData("He said: \"We will not sign.\"\nThen he left.\r\n\tEnd")]
    [InlineData("“Quoted” — a dash, an apostrophe’s place, café, Москва, 東京")]
    [InlineData("")]
    [InlineData("plain")]
    public void News_text_is_written_byte_for_byte_as_the_writer_writes_it(string value)
    {
        foreach (var indented in new[] { false, true })
        {
            foreach (var length in new[] { 1, 100, 400, 3000 })
            {
                var text = string.Concat(Enumerable.Repeat(value, length));
                if (text.Length > 8192) text = text[..8192];
                Written(text, own: true, indented).Should().Be(Written(text, own: false, indented));
            }
        }
    }

    [Theory]
    [InlineData("a\u0001b")]
    [InlineData("emoji \U0001F600 here")]
    [InlineData("line\u2028separator")]
    public void Text_with_a_character_the_scan_does_not_write_is_left_to_the_writer(string value) =>
        Written(value, own: true, indented: false).Should().BeNull();

    [Fact]
    public void Text_with_a_lone_surrogate_is_left_to_the_writer() =>
        Written("lone " + (char)0xD800 + " surrogate", own: true, indented: false).Should().BeNull();

    [Fact]
    public void The_scan_applies_only_to_the_relaxed_encoder()
    {
        using var w = new Utf8JsonWriter(new ArrayBufferWriter<byte>(), new JsonWriterOptions { Encoder = JavaScriptEncoder.Default });
        RelaxedJsonText.Applies(w).Should().BeFalse();
    }
}
