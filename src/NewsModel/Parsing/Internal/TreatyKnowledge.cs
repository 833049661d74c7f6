using NewsModel.Knowledge;

namespace NewsModel.Parsing.Internal;

/// <summary>The treaty catalog's lookup structures beyond the name index: head nouns and shared acronyms.</summary>
internal sealed class TreatyKnowledge
{
    public TreatyKnowledge(KnowledgeBase knowledge)
    {
        foreach (var noun in knowledge.TreatyNouns) Nouns.Add(noun.Noun, noun);
        var byAcronym = new Dictionary<string, List<TreatyEntry>>(StringComparer.Ordinal);
        foreach (var treaty in knowledge.Treaties)
        {
            foreach (var acronym in treaty.Acronyms)
            {
                if (!byAcronym.TryGetValue(acronym, out var list)) byAcronym[acronym] = list = [];
                list.Add(treaty);
            }
        }
        foreach (var (acronym, list) in byAcronym)
        {
            if (list.Count > 1) SharedAcronyms[acronym] = list;
        }
    }

    /// <summary>Head nouns ("agreement", "joint declaration").</summary>
    public PhraseIndex<TreatyNounEntry> Nouns { get; } = new();

    /// <summary>Acronyms that stand for more than one catalog entry, with those entries in catalog order.</summary>
    public Dictionary<string, List<TreatyEntry>> SharedAcronyms { get; } = new(StringComparer.Ordinal);
}
