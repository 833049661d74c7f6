using System.Collections.Frozen;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>Writes the canonical JSON, property by property in a fixed order.</summary>
internal sealed class ArticleJsonWriter(Utf8JsonWriter w, ModelExtensions extensions)
{
    public static JsonWriterOptions WriterOptions(NewsJsonOptions options) => new()
    {
        Indented = options.Indented,
        IndentSize = 2,
        // The same bytes on every platform: the writer's default is the platform's line end.
        NewLine = "\n",
        // Readable output: non-ASCII letters and dashes as they are. HTML-safe escaping adds only the characters
        // that matter in a page, so the text stays readable there too.
        Encoder = options.HtmlSafe ? HtmlSafe.Encoder : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The writer's own calls follow the model's fixed shape, which the schema and round-trip tests hold it to;
        // checking every call's place in the document again was 6 % of writing. An extension's properties are
        // written by code the library does not know, so with any registered the writer checks every call.
        SkipValidation = options.Extensions.IsEmpty,
    };

    /// <summary>
    /// The HTML-safe encoder, made on first use: building its table of allowed characters was a twentieth of the
    /// tool's start-up, and most writers never ask for it.
    /// </summary>
    private static class HtmlSafe
    {
        public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    }

    /// <summary>
    /// Property names encoded once: writing a pre-encoded name skips escaping and transcoding it on every write,
    /// a large share of the serializer's time with this many short properties.
    /// </summary>
    private static class N
    {
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("$type");
        public static readonly JsonEncodedText Acronym = JsonEncodedText.Encode("acronym");
        public static readonly JsonEncodedText Affiliation = JsonEncodedText.Encode("affiliation");
        public static readonly JsonEncodedText Agency = JsonEncodedText.Encode("agency");
        public static readonly JsonEncodedText Aliases = JsonEncodedText.Encode("aliases");
        public static readonly JsonEncodedText Article = JsonEncodedText.Encode("article");
        public static readonly JsonEncodedText Articles = JsonEncodedText.Encode("articles");
        public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
        public static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");
        public static readonly JsonEncodedText CueSpan = JsonEncodedText.Encode("cueSpan");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText Dateline = JsonEncodedText.Encode("dateline");
        public static readonly JsonEncodedText Diagnostics = JsonEncodedText.Encode("diagnostics");
        public static readonly JsonEncodedText Headline = JsonEncodedText.Encode("headline");
        public static readonly JsonEncodedText HeadlineSpan = JsonEncodedText.Encode("headlineSpan");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Index = JsonEncodedText.Encode("index");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Lead = JsonEncodedText.Encode("lead");
        public static readonly JsonEncodedText Local = JsonEncodedText.Encode("local");
        public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Paragraph = JsonEncodedText.Encode("paragraph");
        public static readonly JsonEncodedText Paragraphs = JsonEncodedText.Encode("paragraphs");
        public static readonly JsonEncodedText Place = JsonEncodedText.Encode("place");
        public static readonly JsonEncodedText Precision = JsonEncodedText.Encode("precision");
        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
        public static readonly JsonEncodedText PublishedDetail = JsonEncodedText.Encode("publishedDetail");
        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
        public static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");
        public static readonly JsonEncodedText Removed = JsonEncodedText.Encode("removed");
        public static readonly JsonEncodedText Rubric = JsonEncodedText.Encode("rubric");
        public static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
        public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
        public static readonly JsonEncodedText Span = JsonEncodedText.Encode("span");
        public static readonly JsonEncodedText Spans = JsonEncodedText.Encode("spans");
        public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
        public static readonly JsonEncodedText SpeakerMention = JsonEncodedText.Encode("speakerMention");
        public static readonly JsonEncodedText Speakers = JsonEncodedText.Encode("speakers");
        public static readonly JsonEncodedText Statements = JsonEncodedText.Encode("statements");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Treaties = JsonEncodedText.Encode("treaties");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText UtcOffset = JsonEncodedText.Encode("utcOffset");
        public static readonly JsonEncodedText Where = JsonEncodedText.Encode("where");
        public static readonly JsonEncodedText YearSource = JsonEncodedText.Encode("yearSource");
    }

    /// <summary>Bytes the writer holds before it hands them on: a writer over a stream otherwise buffers a whole article.</summary>
    private const int FlushAt = 1 << 16;

    /// <summary>
    /// Hands what the writer holds to its output once it passes <see cref="FlushAt"/>, so that writing a huge article
    /// to a stream holds one chunk of its JSON at a time, never all of it.
    /// </summary>
    private void FlushWhenFull()
    {
        if (w.BytesPending >= FlushAt) w.Flush();
    }

    /// <summary>Whether text strings may be escaped by <see cref="RelaxedJsonText"/> (the writer escapes with its encoder).</summary>
    private readonly bool _relaxed = RelaxedJsonText.Applies(w);

    /// <summary>Strings longer than this many UTF-16 units are written in segments of this size.</summary>
    private const int Segment = 1 << 13;

    /// <summary>
    /// Writes a string property that may be as long as the input (a paragraph, a statement, a headline). The writer
    /// escapes a string whole in a buffer six times its length and reserves three bytes per escaped character in its
    /// output before it writes: for a paragraph of megabytes that is many times the text. Written in segments, each
    /// handed on as the writer fills, the JSON is the same and the memory one segment's.
    /// </summary>
    private void Text(JsonEncodedText name, string? value)
    {
        if (value is null || value.Length <= Segment)
        {
            if (value is null || !_relaxed || !RelaxedJsonText.TryWrite(w, name, value)) w.WriteString(name, value);
            return;
        }
        w.WritePropertyName(name);
        var rest = value.AsSpan();
        while (rest.Length > Segment)
        {
            // A segment never ends between the two halves of a surrogate pair, so each escapes as the whole would.
            int cut = char.IsHighSurrogate(rest[Segment - 1]) ? Segment - 1 : Segment;
            w.WriteStringValueSegment(rest[..cut], isFinalSegment: false);
            rest = rest[cut..];
            FlushWhenFull();
        }
        w.WriteStringValueSegment(rest, isFinalSegment: true);
    }

    /// <summary>The paragraph index the JSON gives the lead and statements outside the body (null in the model).</summary>
    internal const int NotInBody = -1;

    public void Write(Article a)
    {
        w.WriteStartObject();
        w.WriteNumber(N.SchemaVersion, NewsJson.SchemaVersion);
        var extension = TypeOf(a, typeof(Article));
        Text(N.Headline, a.Headline);
        Span(N.HeadlineSpan, a.HeadlineSpan);
        w.WriteString(N.Rubric, a.Rubric);
        if (a.Published is { } p)
        {
            w.WriteString(N.Published, p.ToIsoString());
            w.WriteStartObject(N.PublishedDetail);
            Text(N.Text, p.Text);
            Span(N.Span, p.Span);
            w.WriteString(N.Local, p.Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            if (p.UtcOffset is { } offset) w.WriteString(N.UtcOffset, FormatOffset(offset));
            else w.WriteNull(N.UtcOffset);
            w.WriteString(N.Precision, Encoded(JsonNames.Of(p.Precision)));
            w.WriteString(N.YearSource, Encoded(JsonNames.Of(p.YearSource)));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(N.Published);
            w.WriteNull(N.PublishedDetail);
        }
        w.WriteString(N.Url, a.Url);
        if (a.Dateline is { } d)
        {
            w.WriteStartObject(N.Dateline);
            w.WriteString(N.Place, d.Place);
            w.WriteString(N.Region, d.Region);
            w.WriteString(N.Date, d.Date);
            w.WriteString(N.Agency, d.Agency);
            Span(N.Span, d.Span);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(N.Dateline);
        }
        if (a.Lead is { } lead)
        {
            w.WritePropertyName(N.Lead);
            Paragraph(lead);
        }
        else
        {
            w.WriteNull(N.Lead);
        }
        w.WriteStartArray(N.Paragraphs);
        foreach (var paragraph in a.Paragraphs)
        {
            Paragraph(paragraph);
            FlushWhenFull();
        }
        w.WriteEndArray();
        w.WriteStartArray(N.Statements);
        foreach (var s in a.Statements)
        {
            Statement(s);
            FlushWhenFull();
        }
        w.WriteEndArray();
        w.WriteStartArray(N.Speakers);
        foreach (var s in a.Speakers)
        {
            Speaker(s);
            FlushWhenFull();
        }
        w.WriteEndArray();
        w.WriteStartArray(N.Treaties);
        foreach (var t in a.Treaties)
        {
            Treaty(t);
            FlushWhenFull();
        }
        w.WriteEndArray();
        w.WriteStartArray(N.Removed);
        foreach (var r in a.Removed)
        {
            w.WriteStartObject();
            Text(N.Text, r.Text);
            w.WriteString(N.Reason, Encoded(JsonNames.Of(r.Reason)));
            Span(N.Span, r.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(N.Diagnostics);
        foreach (var diagnostic in a.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString(N.Code, diagnostic.Code);
            w.WriteString(N.Severity, Encoded(JsonNames.Of(diagnostic.Severity)));
            w.WriteString(N.Message, diagnostic.Message);
            Span(N.Span, diagnostic.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        extension?.Write(w, a);
        w.WriteEndObject();
    }

    internal static string FormatOffset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }

    /// <summary>Writes "$type" for a registered derived type and returns its registration; throws for an unregistered one.</summary>
    private ModelExtensions.Registration? TypeOf(object value, Type baseType)
    {
        var type = value.GetType();
        if (type == baseType) return null;
        var registration = extensions.ForType(type)
            ?? throw new InvalidOperationException($"{type.Name} derives from {baseType.Name} but is not registered in NewsJsonOptions.Extensions; register it so its properties are not lost.");
        w.WriteString(N.Type, registration.Name);
        return registration;
    }

    private void Paragraph(Paragraph p)
    {
        w.WriteStartObject();
        w.WriteNumber(N.Index, p.Index ?? NotInBody);
        Text(N.Text, p.Text);
        Span(N.Span, p.Span);
        w.WriteEndObject();
    }

    private void Statement(Statement s)
    {
        w.WriteStartObject();
        w.WriteString(N.Id, s.Id);
        var extension = TypeOf(s, typeof(Statement));
        w.WriteString(N.Kind, Encoded(JsonNames.Of(s.Kind)));
        w.WriteString(N.Where, Encoded(JsonNames.Of(s.Where)));
        Text(N.Text, s.Text);
        w.WriteString(N.Cue, s.Cue);
        Span(N.CueSpan, s.CueSpan);
        w.WriteString(N.Speaker, s.SpeakerId);
        if (s.SpeakerMention is { } m)
        {
            w.WritePropertyName(N.SpeakerMention);
            Mention(m);
        }
        else
        {
            w.WriteNull(N.SpeakerMention);
        }
        w.WriteNumber(N.Paragraph, s.ParagraphIndex ?? NotInBody);
        w.WriteStartArray(N.Spans);
        foreach (var span in s.Spans) SpanValue(span);
        w.WriteEndArray();
        extension?.Write(w, s);
        w.WriteEndObject();
    }

    private void Speaker(Speaker s)
    {
        w.WriteStartObject();
        w.WriteString(N.Id, s.Id);
        var extension = TypeOf(s, typeof(Speaker));
        w.WriteString(N.Name, s.Name);
        w.WriteString(N.Kind, Encoded(JsonNames.Of(s.Kind)));
        w.WriteString(N.Title, s.Title);
        w.WriteString(N.Affiliation, s.Affiliation);
        Strings(N.Aliases, s.Aliases);
        Mentions(s.Mentions);
        extension?.Write(w, s);
        w.WriteEndObject();
    }

    private void Treaty(Treaty t)
    {
        w.WriteStartObject();
        w.WriteString(N.Id, t.Id);
        var extension = TypeOf(t, typeof(Treaty));
        w.WriteString(N.Name, t.Name);
        w.WriteString(N.Acronym, t.Acronym);
        w.WriteString(N.Kind, Encoded(JsonNames.Of(t.Kind)));
        Strings(N.Aliases, t.Aliases);
        Mentions(t.Mentions);
        w.WriteStartArray(N.Articles);
        foreach (var r in t.Articles)
        {
            w.WriteStartObject();
            w.WriteNumber(N.Article, r.Article);
            if (r.Paragraph is { } paragraph) w.WriteNumber(N.Paragraph, paragraph);
            else w.WriteNull(N.Paragraph);
            Text(N.Text, r.Text);
            Span(N.Span, r.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        extension?.Write(w, t);
        w.WriteEndObject();
    }

    private void Strings(JsonEncodedText name, EquatableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private void Mentions(EquatableArray<Mention> mentions)
    {
        w.WriteStartArray(N.Mentions);
        foreach (var m in mentions) Mention(m);
        w.WriteEndArray();
    }

    private void Mention(Mention m)
    {
        w.WriteStartObject();
        Text(N.Text, m.Text);
        Span(N.Span, m.Span);
        w.WriteEndObject();
    }

    private void Span(JsonEncodedText name, TextSpan? span)
    {
        w.WritePropertyName(name);
        if (span is { } s) SpanValue(s);
        else w.WriteNullValue();
    }

    /// <summary>The enum names the canonical JSON uses, encoded once; any other string is encoded as it comes.</summary>
    private static readonly FrozenDictionary<string, JsonEncodedText> EnumValues =
        new[]
        {
            Enum.GetValues<StatementKind>().Select(JsonNames.Of), Enum.GetValues<StatementLocation>().Select(JsonNames.Of),
            Enum.GetValues<SpeakerKind>().Select(JsonNames.Of), Enum.GetValues<TreatyKind>().Select(JsonNames.Of),
            Enum.GetValues<TimePrecision>().Select(JsonNames.Of), Enum.GetValues<YearSource>().Select(JsonNames.Of),
            Enum.GetValues<DiagnosticSeverity>().Select(JsonNames.Of), Enum.GetValues<RemovalReason>().Select(JsonNames.Of),
        }
        .SelectMany(names => names)
        .Distinct(StringComparer.Ordinal)
        .ToFrozenDictionary(name => name, name => JsonEncodedText.Encode(name), StringComparer.Ordinal);

    private static JsonEncodedText Encoded(string name) => EnumValues.TryGetValue(name, out var encoded) ? encoded : JsonEncodedText.Encode(name);

    private void SpanValue(TextSpan span)
    {
        // A span is [start, length] on one line, even in indented output: short and diff-friendly.
        // Formatted as UTF-8 on the stack: a string per span was the serializer's largest allocation.
        Span<byte> buffer = stackalloc byte[32];
        buffer[0] = (byte)'[';
        span.Start.TryFormat(buffer[1..], out int n, default, CultureInfo.InvariantCulture);
        n++;
        buffer[n++] = (byte)',';
        buffer[n++] = (byte)' ';
        span.Length.TryFormat(buffer[n..], out int m, default, CultureInfo.InvariantCulture);
        n += m;
        buffer[n++] = (byte)']';
        w.WriteRawValue(buffer[..n], skipInputValidation: true);
    }
}
