using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsModel.Model;

namespace NewsModel.Serialization.Formats;

/// <summary>
/// What the exports read from an article the same way: speakers by id, the body as one text, the dateline as
/// words, the publication instant, and an identifier. One place, so the formats never disagree on them.
/// </summary>
internal sealed class ArticleFacts
{
    private readonly Dictionary<string, Speaker> _speakers;

    public ArticleFacts(Article article)
    {
        Article = article;
        _speakers = new Dictionary<string, Speaker>(article.Speakers.Count, StringComparer.Ordinal);
        foreach (var speaker in article.Speakers) _speakers.TryAdd(speaker.Id, speaker);
    }

    public Article Article { get; }

    /// <summary>The speaker a statement names, or null when it names none or one the article does not list.</summary>
    public Speaker? SpeakerOf(Statement statement) =>
        statement.SpeakerId is { } id && _speakers.TryGetValue(id, out var speaker) ? speaker : null;

    /// <summary>The body paragraphs joined by a blank line; empty when there are none.</summary>
    public string Body()
    {
        var builder = new StringBuilder();
        foreach (var paragraph in Article.Paragraphs)
        {
            if (builder.Length > 0) builder.Append("\n\n");
            builder.Append(paragraph.Text);
        }
        return builder.ToString();
    }

    /// <summary>The dateline as words: "MOSCOW, September 27", with the region when there is one; null without a place or date.</summary>
    public string? DatelineText()
    {
        if (Article.Dateline is not { } d) return null;
        var parts = new List<string>(3);
        if (!string.IsNullOrWhiteSpace(d.Place)) parts.Add(d.Place);
        if (!string.IsNullOrWhiteSpace(d.Region)) parts.Add(d.Region);
        if (!string.IsNullOrWhiteSpace(d.Date)) parts.Add(d.Date);
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>
    /// The publication time as an RFC 3339 date-time (<c>2026-09-27T01:53:00+03:00</c>), or null when the text does
    /// not give both a time of day and the zone: a local time without its offset is no instant.
    /// </summary>
    public string? PublishedInstant() =>
        Article.Published is { Precision: not TimePrecision.Date } p && p.ToDateTimeOffset() is { } instant
            ? instant.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)
            : null;

    /// <summary>The publication date (<c>2026-09-27</c>), or null when the text gives none.</summary>
    public string? PublishedDate() =>
        Article.Published?.Local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// An absolute URI for the article: <paramref name="given"/> when set, else the article's URL when it is an
    /// absolute URI, else a <c>urn:newsmodel:</c> name made from a hash of the article's words, so the same text
    /// always gets the same identifier.
    /// </summary>
    public string Identifier(string? given)
    {
        if (!string.IsNullOrEmpty(given)) return given;
        if (AbsoluteUri(Article.Url) is { } url) return url;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text ?? ""));
            hash.AppendData([0]);
        }
        Add(Article.Headline);
        Add(Article.Published?.ToIsoString());
        Add(Article.Lead?.Text);
        foreach (var paragraph in Article.Paragraphs) Add(paragraph.Text);
        return "urn:newsmodel:" + Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }

    /// <summary><paramref name="url"/> when it is an absolute http(s) URI, else null.</summary>
    public static string? AbsoluteUri(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    /// <summary>Words in <paramref name="text"/>, counted as runs of letters or digits.</summary>
    public static int WordCount(string text)
    {
        int count = 0;
        bool inWord = false;
        foreach (var c in text)
        {
            bool wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord) count++;
            inWord = wordChar;
        }
        return count;
    }
}
