using System.Runtime.CompilerServices;

namespace NewsModel.Model;

/// <summary>
/// The speakers of an article by id, built once per article instance and held in a weak table keyed by the
/// instance: the record itself stays a plain value (a cache field would take part in its equality, and
/// <c>with</c> would copy a stale one into the new article).
/// </summary>
internal static class SpeakerIndex
{
    /// <summary>Up to this many speakers a scan is faster than a hash lookup and allocates nothing.</summary>
    public const int LinearLimit = 8;

    private static readonly ConditionalWeakTable<Article, Dictionary<string, Speaker>> Indexes = [];

    public static Dictionary<string, Speaker> Of(Article article) => Indexes.GetValue(article, static a =>
    {
        var byId = new Dictionary<string, Speaker>(a.Speakers.Count, StringComparer.Ordinal);
        foreach (var speaker in a.Speakers)
        {
            if (speaker?.Id is { } id) byId.TryAdd(id, speaker);
        }
        return byId;
    });
}
