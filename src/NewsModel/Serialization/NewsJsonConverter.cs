using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>
/// Makes <see cref="JsonSerializer"/> (and so ASP.NET Core, HttpClient's JSON helpers and source-generated contexts)
/// write and read an <see cref="Article"/> as its canonical JSON, the same bytes as <see cref="NewsJson"/>.
/// <see cref="Article"/> carries it in a <see cref="JsonConverterAttribute"/>, so no setup is needed; add an instance
/// built with <see cref="NewsJsonOptions"/> to <see cref="JsonSerializerOptions.Converters"/> to read and write
/// registered <see cref="ModelExtensions"/> or to escape for HTML.
/// </summary>
/// <remarks>
/// Thread-safe. The canonical format wins over the serializer's settings: property names, order, escaping and
/// enum spelling are the canonical ones whatever the naming policy or encoder. An article at the root is indented
/// (two spaces) when the serializer writes indented, as <see cref="NewsJson.Serialize(Article, NewsJsonOptions?)"/>
/// does; an article inside another value is written on one line. Reading checks what <see cref="NewsJson"/> checks and
/// throws <see cref="NewsJsonException"/>, which ASP.NET Core answers with 400 Bad Request.
/// </remarks>
public sealed class NewsJsonConverter : JsonConverter<Article>
{
    private readonly NewsJsonOptions _indented;
    private readonly NewsJsonOptions _oneLine;

    /// <summary>A converter with <see cref="NewsJsonOptions.Default"/> (no extensions, relaxed escaping).</summary>
    public NewsJsonConverter()
        : this(NewsJsonOptions.Default)
    {
    }

    /// <summary>A converter with <paramref name="options"/>; their <see cref="NewsJsonOptions.Indented"/> is not used (the serializer's setting is).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="options"/> is null.</exception>
    public NewsJsonConverter(NewsJsonOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _indented = options with { Indented = true };
        _oneLine = options with { Indented = false };
    }

    /// <inheritdoc/>
    public override Article Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The value is parsed again by NewsJson so that it gets every check the canonical reader makes (duplicate
        // properties, UTF-8, depth) without a second implementation of them.
        using var document = JsonDocument.ParseValue(ref reader);
        return NewsJson.Deserialize(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(document.RootElement), _oneLine);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Article value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        // Written by the canonical writer and copied in raw: the serializer's own writer would apply its encoder
        // and indentation, and the bytes would not be canonical.
        var buffer = new ArrayBufferWriter<byte>(4096);
        NewsJson.Serialize(buffer, value, writer.Options.Indented && writer.CurrentDepth == 0 ? _indented : _oneLine);
        writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
    }
}
