using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsModel.Model;

namespace NewsModel.Serialization.Formats;

/// <summary>The plumbing the JSON exports share: writer options and the string, stream and buffer entry points.</summary>
internal static class JsonExport
{
    public static JsonWriterOptions WriterOptions(ExportOptions options) => new()
    {
        Indented = options.Indented,
        IndentSize = 2,
        // Readable output (letters and dashes as they are). A page that embeds this JSON in a <script> element
        // must escape "<" there, as for any JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToString(Article article, ExportOptions? options, Action<Utf8JsonWriter, Article, ExportOptions> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        ToBuffer(buffer, article, options, write);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void ToBuffer(IBufferWriter<byte> output, Article article, ExportOptions? options, Action<Utf8JsonWriter, Article, ExportOptions> write)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(article);
        options ??= ExportOptions.Default;
        using var writer = new Utf8JsonWriter(output, WriterOptions(options));
        write(writer, article, options);
    }

    public static void ToStream(Stream stream, Article article, ExportOptions? options, Action<Utf8JsonWriter, Article, ExportOptions> write)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(article);
        options ??= ExportOptions.Default;
        using var writer = new Utf8JsonWriter(stream, WriterOptions(options));
        write(writer, article, options);
    }
}
