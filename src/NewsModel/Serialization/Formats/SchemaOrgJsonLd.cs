using System.Buffers;
using System.Text.Json;
using NewsModel.Model;

namespace NewsModel.Serialization.Formats;

/// <summary>
/// An article as a schema.org <c>NewsArticle</c> in JSON-LD: headline, publication date, dateline and the place
/// it names (<c>locationCreated</c>), section, lead (<c>description</c>), body (<c>articleBody</c>), the agency as
/// publisher, the speakers and treaties as <c>mentions</c>, and the statements as parts of the article
/// (<c>hasPart</c>): a quote as a <c>Quotation</c> with <c>spokenByCharacter</c>, reported speech as a <c>Claim</c>
/// with its <c>author</c>.
/// </summary>
/// <remarks>
/// Thread-safe; all members are static. Writes with <see cref="Utf8JsonWriter"/>, no reflection. Nodes refer to
/// each other by blank-node ids (<c>_:speaker-sp1</c>, <c>_:treaty-ctbt</c>). Properties that schema.org lets repeat
/// (<c>alternateName</c>, <c>description</c>, <c>articleSection</c>) are written as arrays. The mapping and what
/// the vocabulary cannot carry are described in <c>docs/formats.md</c>.
/// </remarks>
public static class SchemaOrgJsonLd
{
    /// <summary>The JSON-LD document of <paramref name="article"/> as a string.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="article"/> is null.</exception>
    public static string Serialize(Article article, ExportOptions? options = null) =>
        JsonExport.ToString(article, options, Write);

    /// <summary>Writes the JSON-LD document of <paramref name="article"/> as UTF-8 to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static void Serialize(IBufferWriter<byte> output, Article article, ExportOptions? options = null) =>
        JsonExport.ToBuffer(output, article, options, Write);

    /// <summary>Writes the JSON-LD document of <paramref name="article"/> as UTF-8 to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static void Serialize(Stream stream, Article article, ExportOptions? options = null) =>
        JsonExport.ToStream(stream, article, options, Write);

    private static void Write(Utf8JsonWriter w, Article article, ExportOptions options)
    {
        var facts = new ArticleFacts(article);
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "NewsArticle");
        w.WriteString("@id", facts.Identifier(options.Id));
        if (ArticleFacts.AbsoluteUri(article.Url) is { } url) w.WriteString("url", url);
        if (article.Headline is { } headline) w.WriteString("headline", headline);
        w.WriteString("inLanguage", options.Language);
        if ((facts.PublishedInstant() ?? facts.PublishedDate()) is { } published) w.WriteString("datePublished", published);
        if (article.Rubric is { } rubric)
        {
            w.WriteStartArray("articleSection");
            w.WriteStringValue(rubric);
            w.WriteEndArray();
        }
        if (facts.DatelineText() is { } dateline) w.WriteString("dateline", dateline);
        if (article.Dateline is { } d)
        {
            if (!string.IsNullOrWhiteSpace(d.Place))
            {
                w.WriteStartObject("locationCreated");
                w.WriteString("@type", "Place");
                w.WriteString("name", d.Place);
                if (!string.IsNullOrWhiteSpace(d.Region))
                {
                    w.WriteStartObject("containedInPlace");
                    w.WriteString("@type", "Place");
                    w.WriteString("name", d.Region);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            if (d.Agency is { } agency)
            {
                w.WriteStartObject("publisher");
                w.WriteString("@type", "Organization");
                w.WriteString("name", agency);
                w.WriteEndObject();
            }
        }
        if (article.Lead is { } lead)
        {
            w.WriteStartArray("description");
            w.WriteStringValue(lead.Text);
            w.WriteEndArray();
        }
        w.WriteString("articleBody", facts.Body());
        if (!article.Speakers.IsEmpty || !article.Treaties.IsEmpty)
        {
            w.WriteStartArray("mentions");
            foreach (var speaker in article.Speakers) Speaker(w, speaker);
            foreach (var treaty in article.Treaties) Treaty(w, treaty);
            w.WriteEndArray();
        }
        if (!article.Statements.IsEmpty)
        {
            w.WriteStartArray("hasPart");
            foreach (var statement in article.Statements) Statement(w, facts, statement);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>A blank-node id; the prefix keeps a speaker, a treaty and a statement with the same id apart.</summary>
    private static string NodeId(string prefix, string id) => "_:" + prefix + "-" + id;

    private static void Speaker(Utf8JsonWriter w, Speaker speaker)
    {
        w.WriteStartObject();
        w.WriteString("@type", speaker.Kind switch
        {
            SpeakerKind.Person => "Person",
            SpeakerKind.Organization => "Organization",
            SpeakerKind.Country => "Country",
            _ => "Thing",
        });
        w.WriteString("@id", NodeId("speaker", speaker.Id));
        w.WriteString("name", speaker.Name);
        AlternateNames(w, speaker.Aliases, speaker.Name);
        if (speaker.Kind == SpeakerKind.Person)
        {
            if (speaker.Title is { } title) w.WriteString("jobTitle", title);
            if (speaker.Affiliation is { } affiliation)
            {
                w.WriteStartObject("affiliation");
                w.WriteString("@type", "Organization");
                w.WriteString("name", affiliation);
                w.WriteEndObject();
            }
        }
        w.WriteEndObject();
    }

    private static void Treaty(Utf8JsonWriter w, Treaty treaty)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Legislation");
        w.WriteString("@id", NodeId("treaty", treaty.Id));
        w.WriteString("name", treaty.Name);
        var names = treaty.Acronym is { } acronym ? treaty.Aliases.Add(acronym) : treaty.Aliases;
        AlternateNames(w, names, treaty.Name);
        w.WriteString("legislationType", treaty.Kind == TreatyKind.Treaty ? "treaty" : "political agreement");
        w.WriteEndObject();
    }

    private static void AlternateNames(Utf8JsonWriter w, EquatableArray<string> names, string name)
    {
        bool open = false;
        foreach (var alias in names)
        {
            if (string.Equals(alias, name, StringComparison.Ordinal)) continue;
            if (!open)
            {
                w.WriteStartArray("alternateName");
                open = true;
            }
            w.WriteStringValue(alias);
        }
        if (open) w.WriteEndArray();
    }

    /// <summary>A quote (direct or mixed) as a Quotation spoken by its speaker; reported speech as a Claim by its author.</summary>
    private static void Statement(Utf8JsonWriter w, ArticleFacts facts, Statement statement)
    {
        bool quotation = statement.Kind != StatementKind.Indirect;
        w.WriteStartObject();
        w.WriteString("@type", quotation ? "Quotation" : "Claim");
        w.WriteString("@id", NodeId("statement", statement.Id));
        w.WriteString("text", statement.Text);
        if (facts.SpeakerOf(statement) is { } speaker)
        {
            w.WriteStartObject(quotation ? "spokenByCharacter" : "author");
            w.WriteString("@id", NodeId("speaker", speaker.Id));
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
