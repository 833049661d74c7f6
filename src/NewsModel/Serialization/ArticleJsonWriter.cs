using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>Writes the canonical JSON, property by property in a fixed order.</summary>
internal sealed class ArticleJsonWriter(JsonOutput w, ModelExtensions extensions)
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
        public static readonly JsonName Type = new("$type");
        public static readonly JsonName Acronym = new("acronym");
        public static readonly JsonName Affiliation = new("affiliation");
        public static readonly JsonName Agency = new("agency");
        public static readonly JsonName Aliases = new("aliases");
        public static readonly JsonName Article = new("article");
        public static readonly JsonName Articles = new("articles");
        public static readonly JsonName Code = new("code");
        public static readonly JsonName Cue = new("cue");
        public static readonly JsonName CueSpan = new("cueSpan");
        public static readonly JsonName Date = new("date");
        public static readonly JsonName Dateline = new("dateline");
        public static readonly JsonName Diagnostics = new("diagnostics");
        public static readonly JsonName Headline = new("headline");
        public static readonly JsonName HeadlineSpan = new("headlineSpan");
        public static readonly JsonName Id = new("id");
        public static readonly JsonName Index = new("index");
        public static readonly JsonName Kind = new("kind");
        public static readonly JsonName Lead = new("lead");
        public static readonly JsonName Local = new("local");
        public static readonly JsonName Mentions = new("mentions");
        public static readonly JsonName Message = new("message");
        public static readonly JsonName Name = new("name");
        public static readonly JsonName Paragraph = new("paragraph");
        public static readonly JsonName Paragraphs = new("paragraphs");
        public static readonly JsonName Place = new("place");
        public static readonly JsonName Precision = new("precision");
        public static readonly JsonName Published = new("published");
        public static readonly JsonName PublishedDetail = new("publishedDetail");
        public static readonly JsonName Reason = new("reason");
        public static readonly JsonName Region = new("region");
        public static readonly JsonName Removed = new("removed");
        public static readonly JsonName Rubric = new("rubric");
        public static readonly JsonName SchemaVersion = new("schemaVersion");
        public static readonly JsonName Severity = new("severity");
        public static readonly JsonName Span = new("span");
        public static readonly JsonName Spans = new("spans");
        public static readonly JsonName Speaker = new("speaker");
        public static readonly JsonName SpeakerMention = new("speakerMention");
        public static readonly JsonName Speakers = new("speakers");
        public static readonly JsonName Statements = new("statements");
        public static readonly JsonName Text = new("text");
        public static readonly JsonName Title = new("title");
        public static readonly JsonName Treaties = new("treaties");
        public static readonly JsonName Url = new("url");
        public static readonly JsonName UtcOffset = new("utcOffset");
        public static readonly JsonName Where = new("where");
        public static readonly JsonName YearSource = new("yearSource");
    }

    /// <summary>The paragraph index the JSON gives the lead and statements outside the body (null in the model).</summary>
    internal const int NotInBody = -1;

    public void Write(Article a)
    {
        w.WriteStartObject();
        w.WriteNumber(N.SchemaVersion, NewsJson.SchemaVersion);
        var extension = TypeOf(a, typeof(Article));
        w.WriteText(N.Headline, a.Headline);
        Span(N.HeadlineSpan, a.HeadlineSpan);
        w.WriteString(N.Rubric, a.Rubric);
        if (a.Published is { } p)
        {
            w.WriteString(N.Published, p.ToIsoString());
            w.WriteStartObject(N.PublishedDetail);
            w.WriteText(N.Text, p.Text);
            Span(N.Span, p.Span);
            w.WriteString(N.Local, p.Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            if (p.UtcOffset is { } offset) w.WriteString(N.UtcOffset, FormatOffset(offset));
            else w.WriteNull(N.UtcOffset);
            w.WriteString(N.Precision, Encoded(p.Precision));
            w.WriteString(N.YearSource, Encoded(p.YearSource));
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
        // Each list is written by a method of its own, so Write has no loop. Where the code is compiled at run time, a
        // method whose loop runs long in its first, unoptimized code is compiled again, optimized, in the middle of
        // that call (on-stack replacement), and the compiler's memory for it grows with the method: Write with every
        // list's loop in it took about 3.5 MB at the end of a large input's run, beside the whole model
        // (docs/reliability.md, "The compiler's memory at the end of the run"); a list's own loop takes a small part.
        Paragraphs(a.Paragraphs);
        Statements(a.Statements);
        Speakers(a.Speakers);
        Treaties(a.Treaties);
        Removed(a.Removed);
        Diagnostics(a.Diagnostics);
        extension?.Write(w.Writer!, a);
        w.WriteEndObject();
    }

    private void Paragraphs(EquatableArray<Paragraph> paragraphs)
    {
        w.WriteStartArray(N.Paragraphs);
        foreach (var paragraph in paragraphs)
        {
            Paragraph(paragraph);
            w.FlushWhenFull();
        }
        w.WriteEndArray();
    }

    private void Statements(EquatableArray<Statement> statements)
    {
        w.WriteStartArray(N.Statements);
        foreach (var s in statements)
        {
            Statement(s);
            w.FlushWhenFull();
        }
        w.WriteEndArray();
    }

    private void Speakers(EquatableArray<Speaker> speakers)
    {
        w.WriteStartArray(N.Speakers);
        foreach (var s in speakers)
        {
            Speaker(s);
            w.FlushWhenFull();
        }
        w.WriteEndArray();
    }

    private void Treaties(EquatableArray<Treaty> treaties)
    {
        w.WriteStartArray(N.Treaties);
        foreach (var t in treaties)
        {
            Treaty(t);
            w.FlushWhenFull();
        }
        w.WriteEndArray();
    }

    private void Removed(EquatableArray<RemovedLine> removed)
    {
        w.WriteStartArray(N.Removed);
        foreach (var r in removed)
        {
            w.WriteStartObject();
            w.WriteText(N.Text, r.Text);
            w.WriteString(N.Reason, Encoded(r.Reason));
            Span(N.Span, r.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void Diagnostics(EquatableArray<Diagnostic> diagnostics)
    {
        w.WriteStartArray(N.Diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString(N.Code, diagnostic.Code);
            w.WriteString(N.Severity, Encoded(diagnostic.Severity));
            w.WriteString(N.Message, diagnostic.Message);
            Span(N.Span, diagnostic.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
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
        w.WriteText(N.Text, p.TextChars);
        Span(N.Span, p.Span);
        w.WriteEndObject();
    }

    private void Statement(Statement s)
    {
        w.WriteStartObject();
        w.WriteString(N.Id, s.Id);
        var extension = TypeOf(s, typeof(Statement));
        w.WriteString(N.Kind, Encoded(s.Kind));
        w.WriteString(N.Where, Encoded(s.Where));
        if (w.Writer is null && s.IsJoinedText(out var source, out var pieces, out ulong spaces)) w.WriteText(N.Text, source, pieces, spaces);
        else w.WriteText(N.Text, s.TextChars);
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
        foreach (var span in s.Spans) w.WriteSpanValue(span);
        w.WriteEndArray();
        extension?.Write(w.Writer!, s);
        w.WriteEndObject();
    }

    private void Speaker(Speaker s)
    {
        w.WriteStartObject();
        w.WriteString(N.Id, s.Id);
        var extension = TypeOf(s, typeof(Speaker));
        w.WriteString(N.Name, s.Name);
        w.WriteString(N.Kind, Encoded(s.Kind));
        w.WriteString(N.Title, s.Title);
        w.WriteString(N.Affiliation, s.Affiliation);
        Strings(N.Aliases, s.Aliases);
        Mentions(s.Mentions);
        extension?.Write(w.Writer!, s);
        w.WriteEndObject();
    }

    private void Treaty(Treaty t)
    {
        w.WriteStartObject();
        w.WriteString(N.Id, t.Id);
        var extension = TypeOf(t, typeof(Treaty));
        w.WriteString(N.Name, t.Name);
        w.WriteString(N.Acronym, t.Acronym);
        w.WriteString(N.Kind, Encoded(t.Kind));
        Strings(N.Aliases, t.Aliases);
        Mentions(t.Mentions);
        w.WriteStartArray(N.Articles);
        foreach (var r in t.Articles)
        {
            w.WriteStartObject();
            w.WriteNumber(N.Article, r.Article);
            if (r.Paragraph is { } paragraph) w.WriteNumber(N.Paragraph, paragraph);
            else w.WriteNull(N.Paragraph);
            w.WriteText(N.Text, r.Text);
            Span(N.Span, r.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        extension?.Write(w.Writer!, t);
        w.WriteEndObject();
    }

    private void Strings(JsonName name, EquatableArray<string> values)
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
        w.WriteText(N.Text, m.Text);
        Span(N.Span, m.Span);
        w.WriteEndObject();
    }

    private void Span(JsonName name, TextSpan? span)
    {
        if (span is { } s)
        {
            w.WriteSpan(name, s);
            return;
        }
        w.WriteNull(name);
    }

    /// <summary>The enum names the canonical JSON uses, encoded once, by value; a value outside the enum is written as <see cref="JsonNames"/> names it.</summary>
    private static class EnumNames
    {
        public static readonly JsonEnumName[] StatementKinds = Of<StatementKind>(JsonNames.Of);
        public static readonly JsonEnumName[] StatementLocations = Of<StatementLocation>(JsonNames.Of);
        public static readonly JsonEnumName[] SpeakerKinds = Of<SpeakerKind>(JsonNames.Of);
        public static readonly JsonEnumName[] TreatyKinds = Of<TreatyKind>(JsonNames.Of);
        public static readonly JsonEnumName[] TimePrecisions = Of<TimePrecision>(JsonNames.Of);
        public static readonly JsonEnumName[] YearSources = Of<YearSource>(JsonNames.Of);
        public static readonly JsonEnumName[] Severities = Of<DiagnosticSeverity>(JsonNames.Of);
        public static readonly JsonEnumName[] RemovalReasons = Of<RemovalReason>(JsonNames.Of);

        /// <summary>The names of the enum's values 0, 1, 2 … (the model's enums are numbered from 0 without gaps).</summary>
        private static JsonEnumName[] Of<T>(Func<T, string> name)
            where T : struct, Enum
        {
            var values = Enum.GetValues<T>();
            var names = new JsonEnumName[values.Length];
            for (int i = 0; i < names.Length; i++) names[i] = new JsonEnumName(name(values[i]));
            return names;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsonEnumName Encoded(StatementKind v) => (uint)v < (uint)EnumNames.StatementKinds.Length ? EnumNames.StatementKinds[(int)v] : new(JsonNames.Of(v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsonEnumName Encoded(StatementLocation v) => (uint)v < (uint)EnumNames.StatementLocations.Length ? EnumNames.StatementLocations[(int)v] : new(JsonNames.Of(v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsonEnumName Encoded(SpeakerKind v) => (uint)v < (uint)EnumNames.SpeakerKinds.Length ? EnumNames.SpeakerKinds[(int)v] : new(JsonNames.Of(v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsonEnumName Encoded(TreatyKind v) => (uint)v < (uint)EnumNames.TreatyKinds.Length ? EnumNames.TreatyKinds[(int)v] : new(JsonNames.Of(v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsonEnumName Encoded(TimePrecision v) => (uint)v < (uint)EnumNames.TimePrecisions.Length ? EnumNames.TimePrecisions[(int)v] : new(JsonNames.Of(v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsonEnumName Encoded(YearSource v) => (uint)v < (uint)EnumNames.YearSources.Length ? EnumNames.YearSources[(int)v] : new(JsonNames.Of(v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsonEnumName Encoded(DiagnosticSeverity v) => (uint)v < (uint)EnumNames.Severities.Length ? EnumNames.Severities[(int)v] : new(JsonNames.Of(v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsonEnumName Encoded(RemovalReason v) => (uint)v < (uint)EnumNames.RemovalReasons.Length ? EnumNames.RemovalReasons[(int)v] : new(JsonNames.Of(v));
}
