using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;
using NewsModel.Parsing.Treaties;

namespace NewsModel.Parsing.Pipeline;

/// <summary>The knowledge base turned into lookup structures, once per <see cref="ArticleParser"/>.</summary>
internal sealed class CompiledKnowledge
{
    private static readonly string[] GroupNounList =
    [
        "officials", "official", "aides", "aide", "lawmakers", "sources", "source", "analysts", "experts", "diplomats",
        "critics", "residents", "witnesses", "police", "authorities", "ministers", "leaders", "spokesman", "spokeswoman",
        "spokesperson", "people", "traders", "dealers", "economists", "bankers", "observers", "insiders", "executives",
        "delegates", "negotiators", "spokesmen", "spokeswomen", "representatives", "investigators", "prosecutors",
        "activists", "campaigners", "organisers", "organizers", "researchers", "scientists", "doctors", "protesters", "parties",
    ];

    private static readonly string[] NounPhraseWordList =
    [
        "the", "a", "an", "of", "and", "for", "former", "acting", "deputy", "senior", "chief", "top", "first", "ex",
        "new", "outgoing", "incoming", "then", "late", "prime", "foreign", "defense", "defence", "general", "state",
        "press", "permanent", "special", "head", "vice", "assistant", "its", "his", "her", "their", "our", "country's",
    ];

    private static readonly string[] AuxiliaryList =
    [
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "later", "then", "again", "earlier",
        "recently", "previously", "further", "repeatedly", "once", "reportedly", "publicly", "already", "has also",
        "did", "does", "do", "not", "had", "been", "may", "might", "could", "can", "should", "just", "openly", "bluntly",
        "clearly", "firmly", "strongly", "explicitly", "specifically", "now", "since", "often", "never", "always", "still",
        "even", "only",
    ];

    public CompiledKnowledge(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        // Each index sized for the phrases it takes, so that building it grows no table.
        int cueForms = 0, gazetteerNames = 0, adjectives = 0, agencyForms = 0;
        foreach (var cue in knowledge.Cues) cueForms += cue.Forms.Count;
        foreach (var org in knowledge.Organizations) gazetteerNames += 1 + org.Aliases.Count;
        foreach (var country in knowledge.Countries)
        {
            gazetteerNames += 1 + country.Aliases.Count + country.Metonyms.Count;
            adjectives += country.Adjectives.Count;
        }
        foreach (var agency in knowledge.Agencies) agencyForms += agency.Forms.Count;
        Cues = new(cueForms);
        Titles = new(knowledge.Titles.Count);
        Descriptions = new(knowledge.Descriptions.Count);
        Gazetteer = new(gazetteerNames);
        Adjectives = new(adjectives);
        Agencies = new(agencyForms);
        foreach (var cue in knowledge.Cues)
        {
            foreach (var form in cue.Forms) CueLeads.Add(Cues.Add(form, cue));
        }
        // The titles' and descriptions' words as their indexes cut them, for the noun-phrase words below.
        var titleWords = new List<string>();
        var titlePhrases = new List<(string[] Words, bool IsHonorific)>(knowledge.Titles.Count);
        foreach (var title in knowledge.Titles)
        {
            var words = Titles.Add(title.Text, title);
            titleWords.AddRange(words);
            titlePhrases.Add((words, title.IsHonorific));
        }
        RunStartWords = Speakers.SpeakerStage.RunStartWordsOf(titlePhrases);
        var descriptionWords = new List<string>();
        foreach (var d in knowledge.Descriptions) descriptionWords.AddRange(Descriptions.Add(d.HeadNoun, d));
        foreach (var org in knowledge.Organizations)
        {
            var entity = new GazetteerEntity(org.Name, SpeakerKind.Organization, org.Country, org.HeadNouns);
            Gazetteer.Add(org.Name, new GazetteerHit(entity, false, false));
            foreach (var alias in org.Aliases)
            {
                var generic = alias.StartsWith('~');
                var text = generic ? alias[1..] : alias;
                Gazetteer.Add(text, new GazetteerHit(entity, generic, false), caseSensitive: IsAcronym(text));
            }
        }
        foreach (var country in knowledge.Countries)
        {
            var entity = new GazetteerEntity(country.Name, SpeakerKind.Country, country.Name, default);
            Gazetteer.Add(country.Name, new GazetteerHit(entity, false, false));
            foreach (var alias in country.Aliases) Gazetteer.Add(alias, new GazetteerHit(entity, false, false), caseSensitive: IsAcronym(alias));
            foreach (var metonym in country.Metonyms) Gazetteer.Add(metonym, new GazetteerHit(entity, false, false));
            foreach (var adjective in country.Adjectives)
            {
                Adjectives.Add(adjective, entity, caseSensitive: true);
            }
        }
        foreach (var agency in knowledge.Agencies)
        {
            foreach (var form in agency.Forms) Agencies.Add(form, agency, caseSensitive: true);
        }
        GivenNames = GivenNameTable(knowledge);
        TreatyKnowledge = new TreatyKnowledge(knowledge);
        Layout = new LayoutKnowledge(knowledge);
        var nounPhraseWords = new List<string>(NounPhraseWordList);
        nounPhraseWords.AddRange(descriptionWords);
        nounPhraseWords.AddRange(titleWords);
        GroupNouns = new WordSet(GroupNounList);
        Words = new WordClasses(AuxiliaryList, nounPhraseWords, GroupNounList, Cues.FirstWords, Descriptions.FirstWords, Titles.FirstWords);
        Screen = new TokenScreen(Words, TreatyKnowledge, Titles, Speakers.SpeakerStage.NamePassWords, Gazetteer, Titles, Descriptions, Adjectives);
        if (Gazetteer.ScreenMark != TokenMarks.None && Titles.ScreenMark != TokenMarks.None && Descriptions.ScreenMark != TokenMarks.None)
        {
            NameStartMarks = TokenMarks.Screened | Gazetteer.ScreenMark | Titles.ScreenMark | Descriptions.ScreenMark;
        }
    }

    /// <summary>
    /// <see cref="TokenMarks.Screened"/> and the bits the screen keeps the gazetteer's, the titles' and the descriptions'
    /// first-word answers in: a token whose marks masked by these are <see cref="TokenMarks.Screened"/> alone starts a
    /// phrase of none of the three, told in one test where each index's own asks three. None (no token passes the test)
    /// when one of the three is not screened.
    /// </summary>
    public TokenMarks NameStartMarks { get; }

    /// <summary>The word lists of the attribution stage in one table, so a token is hashed once for all of them.</summary>
    public WordClasses Words { get; }
    /// <summary>Marks each block's tokens with what the stages' filters say about them, in one pass.</summary>
    public TokenScreen Screen { get; }

    public KnowledgeBase Knowledge { get; }
    public PhraseIndex<CueEntry> Cues { get; }
    /// <summary>The cue phrases' first and second words by letter and length (<see cref="Attribution.CueLeadScreen"/>).</summary>
    public Attribution.CueLeadScreen CueLeads { get; } = new();
    public PhraseIndex<TitleEntry> Titles { get; }
    /// <summary>The name pass's words that start a capitalised run, with what the titles say of them (<see cref="Speakers.SpeakerStage.RunStartWordsOf"/>).</summary>
    public WordFlags RunStartWords { get; }
    public PhraseIndex<DescriptionEntry> Descriptions { get; }
    public PhraseIndex<GazetteerHit> Gazetteer { get; }
    public PhraseIndex<GazetteerEntity> Adjectives { get; }
    public PhraseIndex<AgencyEntry> Agencies { get; }
    /// <summary>Given names with the gender each signals.</summary>
    public WordTable<Gender> GivenNames { get; }
    /// <summary>Treaty names, aliases and acronyms; built with the treaty stage's other lookups in <see cref="TreatyKnowledge"/>.</summary>
    public PhraseIndex<TreatyEntry> Treaties => TreatyKnowledge.Names;
    public TreatyKnowledge TreatyKnowledge { get; }
    public LayoutKnowledge Layout { get; }

    private WordSet GroupNouns { get; }

    public bool IsGroupNoun(ReadOnlySpan<char> word) => GroupNouns.Contains(word);

    /// <summary>
    /// The given names by their characters. The shipped names are read from their table's text, without a string or an
    /// entry for each of the 8,000 (which were most of a process's start-up); the table keeps no list of its keys,
    /// which no stage reads.
    /// </summary>
    private static WordTable<Gender> GivenNameTable(KnowledgeBase knowledge)
    {
        if (knowledge.ShippedGivenNames is { } shipped)
        {
            var table = new WordTable<Gender>(shipped.MaxCount, keepKeys: false, keyChars: shipped.Length);
            shipped.FillInto(table);
            return table;
        }
        var names = new WordTable<Gender>(knowledge.GivenNames.Count, keepKeys: false);
        foreach (var name in knowledge.GivenNames) names.Set(name.Name, name.Gender);
        return names;
    }

    private static bool IsAcronym(string text) => text.Length <= 6 && text.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
