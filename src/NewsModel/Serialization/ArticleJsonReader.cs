using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>
/// Reads the canonical JSON from a parsed document, checking every value's type and naming the JSON path of
/// the first problem. Unknown properties are ignored (a newer writer may add some); a <c>$type</c> is honoured
/// only when the user registered it. Beyond types it checks what the model promises: spans that are ranges of a
/// string, paragraphs whose span is as long as their text and whose index is their place, UTC offsets a
/// <see cref="DateTimeOffset"/> accepts, and references (speaker ids, paragraph indices) that lead somewhere.
/// </summary>
internal sealed partial class ArticleJsonReader(ModelExtensions extensions)
{
    public Article ReadArticle(JsonElement e)
    {
        const string path = "$";
        Expect(e, JsonValueKind.Object, path);
        var version = RequiredInt(e, "schemaVersion", path);
        if (version != NewsJson.SchemaVersion)
        {
            throw new NewsJsonException($"schema version {version} is not supported; this library reads version {NewsJson.SchemaVersion}.", path + ".schemaVersion");
        }
        var article = new Article
        {
            Headline = OptionalString(e, "headline", path),
            HeadlineSpan = OptionalSpan(e, "headlineSpan", path),
            Rubric = OptionalString(e, "rubric", path),
            Published = Published(e, path),
            Url = OptionalString(e, "url", path),
            Dateline = Object(e, "dateline", path, (d, p) => new Dateline
            {
                Place = RequiredString(d, "place", p),
                Region = OptionalString(d, "region", p),
                Date = OptionalString(d, "date", p),
                Agency = OptionalString(d, "agency", p),
                Span = RequiredSpan(d, "span", p),
            }),
            Lead = Object(e, "lead", path, Lead),
            Paragraphs = Array(e, "paragraphs", path, Paragraph),
            Statements = Array(e, "statements", path, Statement),
            Speakers = Array(e, "speakers", path, Speaker),
            Treaties = Array(e, "treaties", path, Treaty),
            Removed = Array(e, "removed", path, (r, p) => new RemovedLine
            {
                Text = RequiredString(r, "text", p),
                Reason = Enum<RemovalReason>(r, "reason", p, JsonNames.TryParse),
                Span = RequiredSpan(r, "span", p),
            }),
            Diagnostics = Array(e, "diagnostics", path, (d, p) => new Diagnostic
            {
                Code = RequiredString(d, "code", p),
                Severity = Enum<DiagnosticSeverity>(d, "severity", p, JsonNames.TryParse),
                Message = RequiredString(d, "message", p),
                Span = OptionalSpan(d, "span", p),
            }),
        };
        CheckReferences(article, path);
        return Extend(article, e, path);
    }

    private static PublishedTime? Published(JsonElement e, string path)
    {
        var detail = Object(e, "publishedDetail", path, (d, p) =>
        {
            var localText = RequiredString(d, "local", p);
            if (!DateTime.TryParseExact(localText, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                throw new NewsJsonException($"'{localText}' is not a local date-time of the form yyyy-MM-ddTHH:mm:ss.", p + ".local");
            }
            TimeSpan? offset = null;
            if (OptionalString(d, "utcOffset", p) is { } offsetText)
            {
                if (!TimeSpan.TryParseExact(offsetText.TrimStart('+', '-'), @"hh\:mm", CultureInfo.InvariantCulture, out var value) || offsetText.Length != 6)
                {
                    throw new NewsJsonException($"'{offsetText}' is not a UTC offset of the form +hh:mm.", p + ".utcOffset");
                }
                if (value > MaxUtcOffset)
                {
                    throw new NewsJsonException($"'{offsetText}' is beyond ±14:00, the widest offset from UTC.", p + ".utcOffset");
                }
                offset = offsetText[0] == '-' ? -value : value;
            }
            return new PublishedTime
            {
                Text = RequiredString(d, "text", p),
                Span = RequiredSpan(d, "span", p),
                Local = local,
                UtcOffset = offset,
                Precision = Enum<TimePrecision>(d, "precision", p, JsonNames.TryParse),
                YearSource = Enum<YearSource>(d, "yearSource", p, JsonNames.TryParse),
            };
        });
        var iso = OptionalString(e, "published", path);
        if (detail is not null && iso is not null && iso != detail.ToIsoString())
        {
            throw new NewsJsonException($"'{iso}' does not agree with publishedDetail ('{detail.ToIsoString()}').", path + ".published");
        }
        return detail;
    }

    private static Paragraph Paragraph(JsonElement e, string path)
    {
        var index = RequiredInt(e, "index", path);
        if (index < 0) throw new NewsJsonException($"a body paragraph's index cannot be negative ({index}).", path + ".index");
        return ParagraphWithText(e, path, index);
    }

    private static Paragraph Lead(JsonElement e, string path)
    {
        var index = RequiredInt(e, "index", path);
        if (index != ArticleJsonWriter.NotInBody)
        {
            throw new NewsJsonException($"the lead's index is {ArticleJsonWriter.NotInBody}, not {index}: it is not a body paragraph.", path + ".index");
        }
        return ParagraphWithText(e, path, null);
    }

    private static Paragraph ParagraphWithText(JsonElement e, string path, int? index)
    {
        var text = RequiredString(e, "text", path);
        var span = RequiredSpan(e, "span", path);
        if (span.Length != text.Length)
        {
            throw new NewsJsonException(
                string.Create(CultureInfo.InvariantCulture, $"the span's length ({span.Length}) differs from the length of the paragraph's text ({text.Length}); the span must cover the text as written."),
                path + ".span");
        }
        return new Paragraph { Index = index, Text = text, Span = span };
    }

    private Statement Statement(JsonElement e, string path)
    {
        var statement = new Statement
        {
            Id = RequiredString(e, "id", path),
            Kind = Enum<StatementKind>(e, "kind", path, JsonNames.TryParse),
            Where = Enum<StatementLocation>(e, "where", path, JsonNames.TryParse),
            Text = RequiredString(e, "text", path),
            Cue = OptionalString(e, "cue", path),
            CueSpan = OptionalSpan(e, "cueSpan", path),
            SpeakerId = OptionalString(e, "speaker", path),
            SpeakerMention = Object(e, "speakerMention", path, Mention),
            ParagraphIndex = StatementParagraph(e, path),
            Spans = Array(e, "spans", path, SpanValue),
        };
        return Extend(statement, e, path);
    }

    private Speaker Speaker(JsonElement e, string path)
    {
        var speaker = new Speaker
        {
            Id = RequiredString(e, "id", path),
            Name = RequiredString(e, "name", path),
            Kind = Enum<SpeakerKind>(e, "kind", path, JsonNames.TryParse),
            Title = OptionalString(e, "title", path),
            Affiliation = OptionalString(e, "affiliation", path),
            Aliases = Array(e, "aliases", path, StringValue),
            Mentions = Array(e, "mentions", path, Mention),
        };
        return Extend(speaker, e, path);
    }

    private Treaty Treaty(JsonElement e, string path)
    {
        var treaty = new Treaty
        {
            Id = RequiredString(e, "id", path),
            Name = RequiredString(e, "name", path),
            Acronym = OptionalString(e, "acronym", path),
            Kind = Enum<TreatyKind>(e, "kind", path, JsonNames.TryParse),
            Aliases = Array(e, "aliases", path, StringValue),
            Mentions = Array(e, "mentions", path, Mention),
            Articles = Array(e, "articles", path, (r, p) => new TreatyArticleReference
            {
                Article = RequiredInt(r, "article", p),
                Paragraph = OptionalInt(r, "paragraph", p),
                Text = RequiredString(r, "text", p),
                Span = RequiredSpan(r, "span", p),
            }),
        };
        return Extend(treaty, e, path);
    }

    private static Mention Mention(JsonElement e, string path) => new(RequiredString(e, "text", path), RequiredSpan(e, "span", path));

    private T Extend<T>(T value, JsonElement e, string path)
        where T : class
    {
        if (!e.TryGetProperty("$type", out var typeElement)) return value;
        var name = StringValue(typeElement, path + ".$type");
        var registration = extensions.ForName(typeof(T), name)
            ?? throw new NewsJsonException($"the type '{name}' is not registered for {typeof(T).Name}; register it in NewsJsonOptions.Extensions to read it.", path + ".$type");
        object read;
        try
        {
            read = registration.Read(value, e);
        }
        catch (Exception ex) when (ex is not (NewsJsonException or OutOfMemoryException or OperationCanceledException))
        {
            // The extension is the user's code: whatever it throws for bad input, the caller of Deserialize sees
            // the one documented exception, with the path of the object the extension was reading.
            throw new NewsJsonException($"the extension '{name}' could not read this object: {ex.Message}", path, ex);
        }
        return read as T
            ?? throw new NewsJsonException($"the extension '{name}' returned {(read is null ? "null" : read.GetType().Name)}, not a {typeof(T).Name}.", path);
    }

    private static void Expect(JsonElement e, JsonValueKind kind, string path)
    {
        if (e.ValueKind != kind)
        {
            throw new NewsJsonException($"expected {Describe(kind)} but found {Describe(e.ValueKind)}.", path);
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static JsonElement Required(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var value))
        {
            throw new NewsJsonException($"the required property '{name}' is missing.", path);
        }
        return value;
    }

    private static string RequiredString(JsonElement e, string name, string path) =>
        StringValue(Required(e, name, path), path + "." + name);

    private static string? OptionalString(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return StringValue(value, path + "." + name);
    }

    private static int RequiredInt(JsonElement e, string name, string path) => IntValue(Required(e, name, path), path + "." + name);

    private static int? OptionalInt(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return IntValue(value, path + "." + name);
    }

    private static int IntValue(JsonElement value, string path)
    {
        Expect(value, JsonValueKind.Number, path);
        if (!value.TryGetInt32(out int result)) throw new NewsJsonException("expected a whole number that fits in 32 bits.", path);
        return result;
    }

    private static T Enum<T>(JsonElement e, string name, string path, TryParseName<T> parse)
    {
        var text = RequiredString(e, name, path);
        if (!parse(text, out var value)) throw new NewsJsonException($"'{text}' is not a known {typeof(T).Name} value.", path + "." + name);
        return value;
    }

    private delegate bool TryParseName<T>(string text, out T value);

    private static TextSpan RequiredSpan(JsonElement e, string name, string path) => SpanValue(Required(e, name, path), path + "." + name);

    private static TextSpan? OptionalSpan(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return SpanValue(value, path + "." + name);
    }

    private static TextSpan SpanValue(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Array, path);
        if (e.GetArrayLength() != 2) throw new NewsJsonException("a span is [start, length]: expected two numbers.", path);
        int start = IntValue(e[0], path + "[0]");
        int length = IntValue(e[1], path + "[1]");
        if (start < 0 || length < 0) throw new NewsJsonException("a span's start and length cannot be negative.", path);
        if (start > int.MaxValue - length) throw new NewsJsonException("a span's end (start + length) must fit in 32 bits.", path);
        return new TextSpan(start, length);
    }

    /// <summary>
    /// Every string goes through here: it checks the type, refuses strings longer than any article the parser
    /// reads (before decoding them, when there is no escape to shorten them), and turns System.Text.Json's
    /// InvalidOperationException for invalid UTF-8 or an escaped unpaired surrogate ("\\uD800") into a NewsJsonException.
    /// </summary>
    private static string StringValue(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.String, path);
        var raw = JsonMarshal.GetRawUtf8Value(e);
        if (raw.Length > NewsJson.MaxStringLength
            && raw.IndexOf((byte)'\\') < 0
            && Encoding.UTF8.GetCharCount(raw) - 2 > NewsJson.MaxStringLength)
        {
            throw TooLong(path);
        }
        string value;
        try
        {
            value = e.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new NewsJsonException("the string is not valid Unicode (invalid UTF-8, or an escaped unpaired surrogate).", path, ex);
        }
        if (value.Length > NewsJson.MaxStringLength) throw TooLong(path);
        return value;
    }

    private static NewsJsonException TooLong(string path) => new(
        string.Create(CultureInfo.InvariantCulture, $"the string is longer than {NewsJson.MaxStringLength} UTF-16 units, more than any article holds."), path);

    private static T? Object<T>(JsonElement e, string name, string path, Func<JsonElement, string, T> read)
        where T : class
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        var p = path + "." + name;
        Expect(value, JsonValueKind.Object, p);
        return read(value, p);
    }

    private static EquatableArray<T> Array<T>(JsonElement e, string name, string path, Func<JsonElement, string, T> read)
    {
        var value = Required(e, name, path);
        var p = path + "." + name;
        Expect(value, JsonValueKind.Array, p);
        var items = new T[value.GetArrayLength()];
        int i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{p}[{i}]");
            if (typeof(T) != typeof(TextSpan) && typeof(T) != typeof(string)) Expect(item, JsonValueKind.Object, itemPath);
            items[i++] = read(item, itemPath);
        }
        return EquatableArray.Create<T>(items);
    }
}
