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

    [Fact]
    public void Every_UTF16_unit_at_any_place_in_a_longer_text_is_written_as_the_writer_writes_it()
    {
        // The vector steps take sixteen or eight units at once and the text's last ones overlapping what came
        // before: each unit is tried at every place in texts of every length up to 48, after an escape or not.
        int written = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            int length = 1 + c % 48;
            int at = (c / 48) % length;
            var chars = "The minister said on Tuesday that talks, held in Geneva".ToCharArray(0, length);
            if (c % 3 == 0 && length > 2) chars[(at + length / 2) % length] = '"';
            chars[at] = (char)c;
            var value = new string(chars);
            var own = Written(value, own: true, indented: false);
            if (own is null) continue;
            written++;
            own.Should().Be(Written(value, own: false, indented: false), "U+{0:X4} at {1} of {2} must be written as the writer writes it", c, at, length);
        }
        written.Should().BeGreaterThan(50_000);
    }

    [Fact]
    public void Random_texts_of_plain_escaped_and_wide_characters_are_written_as_the_writer_writes_them()
    {
        var random = new Random(20261129);
        const string Pool = "abcdefghij ,.'\"\\\n\r\t\u00e9\u2019\u201c\u041c\u6771";
        for (int k = 0; k < 20_000; k++)
        {
            var chars = new char[random.Next(0, 80)];
            int wide = random.Next(0, 4);
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(0, 8) < wide ? Pool[random.Next(Pool.Length)] : (char)('a' + random.Next(26));
            }
            var value = new string(chars);
            Written(value, own: true, indented: false).Should().Be(Written(value, own: false, indented: false), "the text was \"{0}\"", value);
        }
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
    public void Text_with_a_character_the_scan_does_not_write_is_left_to_the_writer(string value) =>
        Written(value, own: true, indented: false).Should().BeNull();

    [Theory]
    [InlineData("line\u2028separator")]
    [InlineData("Mr\u00A0Lavrov said")]
    [InlineData("a C1 control \u0083 here")]
    [InlineData("spaces\u00A0\u00A0\u00A0 in a row")]
    public void Text_with_a_character_the_encoder_escapes_is_written_as_the_writer_escapes_it(string value)
    {
        var own = Written(value, own: true, indented: false);
        own.Should().NotBeNull("the scan writes a character the encoder escapes as \\uXXXX itself");
        own.Should().Be(Written(value, own: false, indented: false));
        own.Should().Contain("\\u");
    }

    [Theory]
    [InlineData("\u00A0starts the text")]
    [InlineData("a\u00A0\u00A0\u00A0\u00A0")]
    public void An_escape_with_no_room_left_by_the_units_before_it_is_left_to_the_writer(string value)
    {
        // Three bytes a unit is the room the caller makes: six for the first unit's escape do not fit in it.
        Written(value, own: true, indented: false).Should().BeNull();
    }

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
