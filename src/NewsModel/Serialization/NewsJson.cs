using System.Buffers;
using System.Text;
using System.Text.Json;
using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>
/// The canonical JSON of an <see cref="Article"/>: camelCase, <c>schemaVersion</c>, a fixed property order,
/// spans as <c>[start, length]</c>. <c>Deserialize(Serialize(a)) == a</c> for every article the parser makes,
/// and writing what was read gives the same bytes. No reflection: safe to trim and to compile ahead of time.
/// <c>JsonSerializer</c> and ASP.NET Core write and read the same JSON through <see cref="NewsJsonConverter"/>.
/// </summary>
/// <remarks>
/// Thread-safe; all members are static. Text is written as UTF-8; an unpaired UTF-16 surrogate cannot be, so
/// the writer puts U+FFFD in its place. The parser never leaves one in an article (it reads it as U+FFFD and
/// reports <c>NM0004</c>), so its articles always round-trip; an article built by hand with one does not.
/// The <c>…Async</c> members never read or write a stream synchronously (ASP.NET Core forbids it by default):
/// an article's JSON is built in memory and written in one asynchronous call, and read whole before it is parsed.
/// </remarks>
public static partial class NewsJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// The longest string value read (in UTF-16 units): the parser's default maximum input, so no article it makes
    /// holds a longer one. A longer string fails with <see cref="NewsJsonException"/> instead of exhausting memory.
    /// </summary>
    public const int MaxStringLength = NewsModel.Parsing.ParseOptions.DefaultMaxInputLength;

    /// <summary>The canonical JSON of <paramref name="article"/> as a string.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="article"/> is null.</exception>
    /// <exception cref="InvalidOperationException">When the article holds a derived type that is not registered in the options' extensions.</exception>
    public static string Serialize(Article article, NewsJsonOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        Serialize(buffer, article, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the canonical JSON of <paramref name="article"/> as UTF-8 to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="InvalidOperationException">When the article holds a derived type that is not registered.</exception>
    public static void Serialize(IBufferWriter<byte> output, Article article, NewsJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(article);
        options ??= NewsJsonOptions.Default;
        using var writer = JsonOutput.For(output, options);
        new ArticleJsonWriter(writer, options.Extensions).Write(article);
    }

    /// <summary>Writes the canonical JSON of <paramref name="article"/> as UTF-8 to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="InvalidOperationException">When the article holds a derived type that is not registered.</exception>
    public static void Serialize(Stream stream, Article article, NewsJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(article);
        options ??= NewsJsonOptions.Default;
        using var writer = JsonOutput.For(stream, options);
        new ArticleJsonWriter(writer, options.Extensions).Write(article);
    }

    /// <summary>Reads an article from its canonical JSON.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="json"/> is null.</exception>
    /// <exception cref="NewsJsonException">When the JSON is malformed or does not follow the schema; its path says where.</exception>
    public static Article Deserialize(string json, NewsJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        return Deserialize(bytes, options);
    }

    /// <summary>Reads an article from its canonical JSON as UTF-8 (a leading byte order mark is skipped).</summary>
    /// <exception cref="NewsJsonException">
    /// When the JSON is malformed (invalid UTF-8 anywhere and a property written twice in one object included), nests
    /// deeper than <see cref="NewsJsonOptions.MaxDepth"/>, or does not follow the schema: a wrong type, a span that
    /// cannot be, a UTC offset beyond ±14:00, a reference to a speaker or paragraph that is not there. Its path says where.
    /// </exception>
    public static Article Deserialize(ReadOnlySpan<byte> utf8Json, NewsJsonOptions? options = null)
    {
        options ??= NewsJsonOptions.Default;
        if (utf8Json.StartsWith(Utf8Bom)) utf8Json = utf8Json[Utf8Bom.Length..];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = options.MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new NewsJsonException($"The JSON is not well formed: {e.Message}", e.Path is { Length: > 0 } p && p[0] == '$' ? p : "$", e);
        }
        using (document)
        {
            // Strings are checked where they are read; this also covers names and values the reader skips.
            if (!System.Text.Unicode.Utf8.IsValid(utf8Json)) ArticleJsonReader.ThrowInvalidUtf8(document.RootElement);
            return new ArticleJsonReader(options.Extensions).ReadArticle(document.RootElement);
        }
    }

    /// <summary>Reads an article from a stream of canonical JSON (UTF-8), synchronously; see <see cref="DeserializeAsync"/>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="stream"/> is null.</exception>
    /// <exception cref="NewsJsonException">When the JSON is malformed or does not follow the schema.</exception>
    public static Article Deserialize(Stream stream, NewsJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Deserialize(memory.GetBuffer().AsSpan(0, (int)memory.Length), options);
    }

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the canonical JSON this library writes: every property, its type, the enum
    /// names, the patterns of times and offsets. The package also carries it as <c>schema/article.schema.json</c>.
    /// </summary>
    /// <remarks>
    /// What the schema cannot say, the reader checks besides: a paragraph's span is as long as its text, a body
    /// paragraph's index is its position, a statement's speaker is one of the speakers.
    /// </remarks>
    /// <returns>The schema's text (UTF-8 JSON decoded to a string).</returns>
    public static string GetJsonSchema()
    {
        using var stream = typeof(NewsJson).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"The embedded resource '{SchemaResource}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private const string SchemaResource = "NewsModel.Serialization.article.schema.json";

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
}
