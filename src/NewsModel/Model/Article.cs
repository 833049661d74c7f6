using System.Text.Json.Serialization;
using NewsModel.Serialization;

namespace NewsModel.Model;

/// <summary>
/// One news article as the parser read it: its frame (headline, rubric, time, dateline, lead, paragraphs),
/// what was said in it (<see cref="Statements"/>), who said it (<see cref="Speakers"/>) and the treaties it names.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is by value, collections included, so parsing the same text twice
/// gives equal articles and a JSON round trip can be checked with <c>==</c>. Open for inheritance: derive a
/// record and register it with <see cref="Serialization.ModelExtensions"/> to carry your own properties
/// through the JSON. <c>JsonSerializer</c> writes and reads it as the canonical JSON (see <see cref="NewsJsonConverter"/>).
/// </remarks>
[JsonConverter(typeof(NewsJsonConverter))]
public record Article
{
    /// <summary>The headline as written, or null when the text has none (body-only input).</summary>
    public string? Headline { get; init; }

    /// <summary>Where <see cref="Headline"/> stands in the source, or null.</summary>
    public TextSpan? HeadlineSpan { get; init; }

    /// <summary>The section or category line ("Russian Politics &amp; Diplomacy"), or null.</summary>
    public string? Rubric { get; init; }

    /// <summary>When the article was published, as far as the text tells; null when it does not.</summary>
    public PublishedTime? Published { get; init; }

    /// <summary>The article's address when the copy carries a URL line, else null.</summary>
    public string? Url { get; init; }

    /// <summary>The dateline ("MOSCOW, September 27. /TASS/."), or null when the article has none.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>The standfirst between headline and dateline, or null.</summary>
    public Paragraph? Lead { get; init; }

    /// <summary>The body paragraphs in order, without the dateline and without boilerplate.</summary>
    public EquatableArray<Paragraph> Paragraphs { get; init; }

    /// <summary>Every act of saying found in headline, lead and body, in reading order.</summary>
    public EquatableArray<Statement> Statements { get; init; }

    /// <summary>The entities that speak, each once, with every name the article uses for them.</summary>
    public EquatableArray<Speaker> Speakers { get; init; }

    /// <summary>The treaties and agreements the article names, each once, with their mentions.</summary>
    public EquatableArray<Treaty> Treaties { get; init; }

    /// <summary>Lines taken out of the body as boilerplate ("Read more on the site →", captions, credits).</summary>
    public EquatableArray<RemovedLine> Removed { get; init; }

    /// <summary>What the parser noticed about the input: problems it worked around, limits it hit.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>The speaker with <paramref name="id"/> (a <see cref="Statement.SpeakerId"/>), or null when there is none.</summary>
    /// <remarks>
    /// Constant time: an index by id is built on the first lookup in an article with more than a handful of
    /// speakers and kept beside the article (not in it, so equality and <c>with</c> are unaffected). When two speakers
    /// share an id, the first is found. Thread-safe.
    /// </remarks>
    public Speaker? FindSpeaker(string? id)
    {
        if (id is null) return null;
        var speakers = Speakers;
        if (speakers.Count <= SpeakerIndex.LinearLimit)
        {
            foreach (var speaker in speakers)
            {
                if (speaker?.Id == id) return speaker;
            }
            return null;
        }
        return SpeakerIndex.Of(this).GetValueOrDefault(id);
    }
}
