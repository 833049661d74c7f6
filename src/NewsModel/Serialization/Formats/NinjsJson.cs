using System.Buffers;
using System.Text.Json;
using NewsModel.Model;

namespace NewsModel.Serialization.Formats;

/// <summary>
/// An article as IPTC ninjs 3.1 ("News in JSON", schema <c>http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json</c>):
/// headline, lead, body, dateline place, publication time, the agency, the speakers as people, organisations and
/// places, the treaties as subjects, and each statement as an associated component with its speaker.
/// </summary>
/// <remarks>
/// Thread-safe; all members are static. Writes with <see cref="Utf8JsonWriter"/>, no reflection. ninjs has no
/// place for text spans, cue spans, aliases, mentions, removed lines or diagnostics: the canonical JSON
/// (<see cref="NewsJson"/>) keeps those. The mapping is described in <c>docs/formats.md</c>.
/// </remarks>
public static class NinjsJson
{
    /// <summary>The ninjs version written.</summary>
    public const string Version = "3.1";

    /// <summary>The URI of the JSON Schema the output follows, as written in its <c>standard.schema</c>.</summary>
    public const string SchemaUri = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

    /// <summary>The ninjs document of <paramref name="article"/> as a string.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="article"/> is null.</exception>
    public static string Serialize(Article article, ExportOptions? options = null) =>
        JsonExport.ToString(article, options, Write);

    /// <summary>Writes the ninjs document of <paramref name="article"/> as UTF-8 to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static void Serialize(IBufferWriter<byte> output, Article article, ExportOptions? options = null) =>
        JsonExport.ToBuffer(output, article, options, Write);

    /// <summary>Writes the ninjs document of <paramref name="article"/> as UTF-8 to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static void Serialize(Stream stream, Article article, ExportOptions? options = null) =>
        JsonExport.ToStream(stream, article, options, Write);

    private static void Write(Utf8JsonWriter w, Article article, ExportOptions options)
    {
        var facts = new ArticleFacts(article);
        var uri = facts.Identifier(options.Id);
        w.WriteStartObject();
        w.WriteString("uri", uri);
        w.WriteStartObject("standard");
        w.WriteString("name", "ninjs");
        w.WriteString("version", Version);
        w.WriteString("schema", SchemaUri);
        w.WriteEndObject();
        w.WriteString("type", "text");
        w.WriteString("representationType", "full");
        if (facts.PublishedInstant() is { } instant)
        {
            w.WriteString("firstCreated", instant);
            w.WriteString("versionCreated", instant);
        }
        w.WriteString("language", options.Language);
        if (article.Headline is { } headline)
        {
            w.WriteStartArray("headlines");
            TextObject(w, "main", headline);
            w.WriteEndArray();
        }
        if (article.Lead is { } lead)
        {
            w.WriteStartArray("descriptions");
            TextObject(w, "summary", lead.Text);
            w.WriteEndArray();
        }
        var body = facts.Body();
        w.WriteStartArray("bodies");
        w.WriteStartObject();
        w.WriteString("role", "main");
        w.WriteString("contentType", "text/plain");
        w.WriteNumber("charCount", body.Length);
        w.WriteNumber("wordCount", ArticleFacts.WordCount(body));
        w.WriteString("value", body);
        w.WriteEndObject();
        w.WriteEndArray();
        if (article.Dateline is { } dateline)
        {
            if (!string.IsNullOrWhiteSpace(dateline.Place)) w.WriteString("located", dateline.Place);
            if (dateline.Agency is { } agency)
            {
                w.WriteStartArray("infoSources");
                w.WriteStartObject();
                w.WriteString("name", agency);
                w.WriteString("role", "source");
                w.WriteEndObject();
                w.WriteEndArray();
            }
        }
        if (article.Rubric is { } rubric) w.WriteString("slugline", rubric);
        Speakers(w, article.Speakers);
        if (!article.Treaties.IsEmpty)
        {
            w.WriteStartArray("subjects");
            foreach (var treaty in article.Treaties)
            {
                w.WriteStartObject();
                w.WriteString("name", treaty.Name);
                w.WriteString("rel", "mentioned");
                w.WriteString("literal", treaty.Acronym ?? treaty.Id);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (!article.Statements.IsEmpty)
        {
            w.WriteStartArray("associations");
            foreach (var statement in article.Statements) Statement(w, facts, statement, uri);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>A statement as an associated text component: its words as the body, its speaker, kind, place and cue as metadata.</summary>
    private static void Statement(Utf8JsonWriter w, ArticleFacts facts, Statement statement, string articleUri)
    {
        w.WriteStartObject();
        w.WriteString("name", statement.Id);
        w.WriteString("rel", "statement");
        w.WriteString("uri", articleUri + "#" + Uri.EscapeDataString(statement.Id));
        w.WriteString("type", "component");
        w.WriteStartArray("descriptions");
        TextObject(w, "kind", JsonNames.Of(statement.Kind));
        TextObject(w, "where", JsonNames.Of(statement.Where));
        if (statement.Cue is { } cue) TextObject(w, "cue", cue);
        w.WriteEndArray();
        w.WriteStartArray("bodies");
        TextObject(w, "statement", statement.Text);
        w.WriteEndArray();
        if (facts.SpeakerOf(statement) is { } speaker) Speakers(w, [speaker]);
        w.WriteEndObject();
    }

    /// <summary>Speakers by kind: persons (and others, who are mostly unnamed people) as people, organisations, countries as places.</summary>
    private static void Speakers(Utf8JsonWriter w, EquatableArray<Speaker> speakers)
    {
        Group(w, "people", speakers, static k => k is SpeakerKind.Person or SpeakerKind.Other);
        Group(w, "organisations", speakers, static k => k == SpeakerKind.Organization);
        Group(w, "places", speakers, static k => k == SpeakerKind.Country);
    }

    private static void Group(Utf8JsonWriter w, string property, EquatableArray<Speaker> speakers, Func<SpeakerKind, bool> take)
    {
        bool open = false;
        foreach (var speaker in speakers)
        {
            if (!take(speaker.Kind)) continue;
            if (!open)
            {
                w.WriteStartArray(property);
                open = true;
            }
            w.WriteStartObject();
            w.WriteString("name", speaker.Name);
            w.WriteString("rel", "speaker");
            w.WriteString("literal", speaker.Id);
            w.WriteEndObject();
        }
        if (open) w.WriteEndArray();
    }

    private static void TextObject(Utf8JsonWriter w, string role, string value)
    {
        w.WriteStartObject();
        w.WriteString("role", role);
        w.WriteString("contentType", "text/plain");
        w.WriteString("value", value);
        w.WriteEndObject();
    }
}
