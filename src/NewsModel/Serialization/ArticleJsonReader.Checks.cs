using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using NewsModel.Model;

namespace NewsModel.Serialization;

internal sealed partial class ArticleJsonReader
{
    /// <summary>The widest offset from UTC there is, and the widest <see cref="DateTimeOffset"/> accepts.</summary>
    private static readonly TimeSpan MaxUtcOffset = TimeSpan.FromHours(14);

    /// <summary>A statement's paragraph: <c>-1</c> (outside the body) is null; any other negative number is an error.</summary>
    private static int? StatementParagraph(JsonElement e, string path)
    {
        var index = RequiredInt(e, "paragraph", path);
        if (index == ArticleJsonWriter.NotInBody) return null;
        if (index < 0)
        {
            throw new NewsJsonException(
                string.Create(CultureInfo.InvariantCulture, $"a paragraph index is {ArticleJsonWriter.NotInBody} (headline or lead) or a body paragraph's position, not {index}."),
                path + ".paragraph");
        }
        return index;
    }

    /// <summary>
    /// What refers to something else must find it: each body paragraph's index is its place, each speaker id is
    /// used once, each statement's speaker is among the speakers, and each statement's paragraph is a body paragraph
    /// when it stands in the body (and none when it stands in the headline or the lead).
    /// </summary>
    private static void CheckReferences(Article article, string path)
    {
        var paragraphs = article.Paragraphs;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Index != i)
            {
                throw new NewsJsonException(
                    string.Create(CultureInfo.InvariantCulture, $"the paragraph at position {i} has index {paragraphs[i].Index}; a body paragraph's index is its position."),
                    Item(path, "paragraphs", i) + ".index");
            }
        }
        var speakerIds = new HashSet<string>(article.Speakers.Count, StringComparer.Ordinal);
        for (int i = 0; i < article.Speakers.Count; i++)
        {
            if (!speakerIds.Add(article.Speakers[i].Id))
            {
                throw new NewsJsonException($"the speaker id '{article.Speakers[i].Id}' is used twice; a statement's speaker must name one speaker.", Item(path, "speakers", i) + ".id");
            }
        }
        for (int i = 0; i < article.Statements.Count; i++)
        {
            var statement = article.Statements[i];
            if (statement.SpeakerId is { } id && !speakerIds.Contains(id))
            {
                throw new NewsJsonException($"the speaker '{id}' is not among the article's speakers.", Item(path, "statements", i) + ".speaker");
            }
            var index = statement.ParagraphIndex;
            if (statement.Where == StatementLocation.Body ? index is not { } body || body >= paragraphs.Count : index is not null)
            {
                var expected = statement.Where == StatementLocation.Body
                    ? string.Create(CultureInfo.InvariantCulture, $"a statement in the body names one of its {paragraphs.Count} paragraphs (0 to {paragraphs.Count - 1})")
                    : $"a statement in the {JsonNames.Of(statement.Where)} has paragraph {ArticleJsonWriter.NotInBody}";
                throw new NewsJsonException(
                    string.Create(CultureInfo.InvariantCulture, $"paragraph {index ?? ArticleJsonWriter.NotInBody} does not fit: {expected}."),
                    Item(path, "statements", i) + ".paragraph");
            }
        }
    }

    private static string Item(string path, string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}.{name}[{index}]");

    /// <summary>
    /// Throws for the first property name or string in <paramref name="root"/> that is not valid UTF-8, naming its
    /// path; called only once the whole input is known to hold invalid UTF-8, so the walk costs nothing on good input.
    /// </summary>
    public static void ThrowInvalidUtf8(JsonElement root)
    {
        var found = FindInvalidUtf8(root, "$");
        throw new NewsJsonException("the JSON is not valid UTF-8.", found ?? "$");
    }

    private static string? FindInvalidUtf8(JsonElement e, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                return Utf8.IsValid(JsonMarshal.GetRawUtf8Value(e)) ? null : path;
            case JsonValueKind.Object:
                foreach (var property in e.EnumerateObject())
                {
                    if (!Utf8.IsValid(JsonMarshal.GetRawUtf8PropertyName(property))) return path;
                    if (FindInvalidUtf8(property.Value, path + "." + property.Name) is { } inValue) return inValue;
                }
                return null;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    if (FindInvalidUtf8(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]")) is { } inItem) return inItem;
                }
                return null;
            default:
                return null;
        }
    }
}
