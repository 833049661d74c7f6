using System.Text.Json;

namespace NewsModel.Training;

/// <summary>One gold statement of an annotated article: its speaker and where its source is written.</summary>
internal sealed record GoldStatement(string? Speaker, IReadOnlyList<(int Start, int End)> SourceSpans, string? Text, bool ResolvedByMachine);

/// <summary>
/// What the tool reads of a gold file (the format of ../shared/eval/CONTRACT.md with PolNeAR's extra fields): the
/// statements with their source spans, and each gold speaker's names (its name and aliases, folded as the scorer folds them).
/// </summary>
internal sealed class GoldArticle
{
    private readonly Dictionary<string, HashSet<string>> _names = new(StringComparer.Ordinal);

    public List<GoldStatement> Statements { get; } = [];

    /// <summary>True when the gold marks where each statement's source is written.</summary>
    public bool HasSourceSpans { get; private set; }

    public static GoldArticle Parse(string json)
    {
        var gold = new GoldArticle();
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.TryGetProperty("speakers", out var speakers) && speakers.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in speakers.EnumerateArray())
            {
                if (Text(s, "name") is not { } name) continue;
                var set = gold.NamesSet(name);
                if (s.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
                {
                    foreach (var a in aliases.EnumerateArray())
                    {
                        if (a.ValueKind == JsonValueKind.String && Names.Fold(a.GetString()) is { Length: > 0 } folded) set.Add(folded);
                    }
                }
            }
        }
        if (root.TryGetProperty("statements", out var statements) && statements.ValueKind == JsonValueKind.Array)
        {
            foreach (var st in statements.EnumerateArray())
            {
                var spans = new List<(int, int)>();
                if (st.TryGetProperty("sourceSpans", out var ss) && ss.ValueKind == JsonValueKind.Array)
                {
                    foreach (var pair in ss.EnumerateArray())
                    {
                        if (pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2) spans.Add((pair[0].GetInt32(), pair[1].GetInt32()));
                    }
                }
                gold.HasSourceSpans |= spans.Count > 0;
                gold.Statements.Add(new GoldStatement(Text(st, "speaker"), spans, Text(st, "text"), Text(st, "speakerResolved") == "corenlp"));
            }
        }
        return gold;
    }

    /// <summary>The folded names the scorer accepts for the gold speaker <paramref name="speaker"/>: its own and its aliases.</summary>
    public IReadOnlySet<string> NamesOf(string speaker) => NamesSet(speaker);

    private HashSet<string> NamesSet(string speaker)
    {
        var key = Names.Fold(speaker);
        if (!_names.TryGetValue(key, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            if (key.Length > 0) set.Add(key);
            _names[key] = set;
        }
        return set;
    }

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
