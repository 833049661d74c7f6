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
        // Readable output: non-ASCII letters and dashes as they are; this JSON is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public void Write(Article a)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", NewsJson.SchemaVersion);
        var extension = TypeOf(a, typeof(Article));
        w.WriteString("headline", a.Headline);
        Span("headlineSpan", a.HeadlineSpan);
        w.WriteString("rubric", a.Rubric);
        if (a.Published is { } p)
        {
            w.WriteString("published", p.ToIsoString());
            w.WriteStartObject("publishedDetail");
            w.WriteString("text", p.Text);
            Span("span", p.Span);
            w.WriteString("local", p.Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            if (p.UtcOffset is { } offset) w.WriteString("utcOffset", FormatOffset(offset));
            else w.WriteNull("utcOffset");
            w.WriteString("precision", JsonNames.Of(p.Precision));
            w.WriteString("yearSource", JsonNames.Of(p.YearSource));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("published");
            w.WriteNull("publishedDetail");
        }
        w.WriteString("url", a.Url);
        if (a.Dateline is { } d)
        {
            w.WriteStartObject("dateline");
            w.WriteString("place", d.Place);
            w.WriteString("region", d.Region);
            w.WriteString("date", d.Date);
            w.WriteString("agency", d.Agency);
            Span("span", d.Span);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("dateline");
        }
        if (a.Lead is { } lead)
        {
            w.WritePropertyName("lead");
            Paragraph(lead);
        }
        else
        {
            w.WriteNull("lead");
        }
        w.WriteStartArray("paragraphs");
        foreach (var paragraph in a.Paragraphs) Paragraph(paragraph);
        w.WriteEndArray();
        w.WriteStartArray("statements");
        foreach (var s in a.Statements) Statement(s);
        w.WriteEndArray();
        w.WriteStartArray("speakers");
        foreach (var s in a.Speakers) Speaker(s);
        w.WriteEndArray();
        w.WriteStartArray("treaties");
        foreach (var t in a.Treaties) Treaty(t);
        w.WriteEndArray();
        w.WriteStartArray("removed");
        foreach (var r in a.Removed)
        {
            w.WriteStartObject();
            w.WriteString("text", r.Text);
            w.WriteString("reason", JsonNames.Of(r.Reason));
            Span("span", r.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("diagnostics");
        foreach (var diagnostic in a.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", diagnostic.Code);
            w.WriteString("severity", JsonNames.Of(diagnostic.Severity));
            w.WriteString("message", diagnostic.Message);
            Span("span", diagnostic.Span);
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
        w.WriteString("$type", registration.Name);
        return registration;
    }

    private void Paragraph(Paragraph p)
    {
        w.WriteStartObject();
        w.WriteNumber("index", p.Index);
        w.WriteString("text", p.Text);
        Span("span", p.Span);
        w.WriteEndObject();
    }

    private void Statement(Statement s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        var extension = TypeOf(s, typeof(Statement));
        w.WriteString("kind", JsonNames.Of(s.Kind));
        w.WriteString("where", JsonNames.Of(s.Where));
        w.WriteString("text", s.Text);
        w.WriteString("cue", s.Cue);
        Span("cueSpan", s.CueSpan);
        w.WriteString("speaker", s.SpeakerId);
        if (s.SpeakerMention is { } m)
        {
            w.WritePropertyName("speakerMention");
            Mention(m);
        }
        else
        {
            w.WriteNull("speakerMention");
        }
        w.WriteNumber("paragraph", s.ParagraphIndex);
        w.WriteStartArray("spans");
        foreach (var span in s.Spans) SpanValue(span);
        w.WriteEndArray();
        extension?.Write(w, s);
        w.WriteEndObject();
    }

    private void Speaker(Speaker s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        var extension = TypeOf(s, typeof(Speaker));
        w.WriteString("name", s.Name);
        w.WriteString("kind", JsonNames.Of(s.Kind));
        w.WriteString("title", s.Title);
        w.WriteString("affiliation", s.Affiliation);
        Strings("aliases", s.Aliases);
        Mentions(s.Mentions);
        extension?.Write(w, s);
        w.WriteEndObject();
    }

    private void Treaty(Treaty t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        var extension = TypeOf(t, typeof(Treaty));
        w.WriteString("name", t.Name);
        w.WriteString("acronym", t.Acronym);
        w.WriteString("kind", JsonNames.Of(t.Kind));
        Strings("aliases", t.Aliases);
        Mentions(t.Mentions);
        w.WriteStartArray("articles");
        foreach (var r in t.Articles)
        {
            w.WriteStartObject();
            w.WriteNumber("article", r.Article);
            if (r.Paragraph is { } paragraph) w.WriteNumber("paragraph", paragraph);
            else w.WriteNull("paragraph");
            w.WriteString("text", r.Text);
            Span("span", r.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        extension?.Write(w, t);
        w.WriteEndObject();
    }

    private void Strings(string name, EquatableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private void Mentions(EquatableArray<Mention> mentions)
    {
        w.WriteStartArray("mentions");
        foreach (var m in mentions) Mention(m);
        w.WriteEndArray();
    }

    private void Mention(Mention m)
    {
        w.WriteStartObject();
        w.WriteString("text", m.Text);
        Span("span", m.Span);
        w.WriteEndObject();
    }

    private void Span(string name, TextSpan? span)
    {
        w.WritePropertyName(name);
        if (span is { } s) SpanValue(s);
        else w.WriteNullValue();
    }

    private void SpanValue(TextSpan span)
    {
        // A span is [start, length] on one line, even in indented output: short and diff-friendly.
        w.WriteRawValue(string.Create(CultureInfo.InvariantCulture, $"[{span.Start}, {span.Length}]"), skipInputValidation: true);
    }
}
