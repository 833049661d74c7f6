using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Speakers;

/// <summary>
/// Names over the whole text, not only the speakers': every person or body a pronoun or description may stand for.
/// One pass over each block's tokens; each name finds its entity by key.
/// </summary>
internal static partial class SpeakerStage
{
    /// <summary>
    /// What the name pass reacts to besides capitalised words and the first words of titles: the gendered pronouns
    /// (<see cref="PronounGender"/>), the straight quotation mark and the ASCII marks that end a sentence. The token
    /// screen marks these (<see cref="TokenMarks.MayConcernNames"/>) and the pass steps over the marked tokens only;
    /// marks beyond ASCII (curly quotes, the ellipsis) are always marked.
    /// </summary>
    internal static readonly string[] NamePassWords = ["he", "him", "his", "she", "her", "hers", "\"", ".", "!", "?"];

    /// <summary>Capitalised words that open a sentence without naming anyone.</summary>
    private static readonly string[] SentenceOpenerWords = [
        "The", "A", "An", "But", "And", "Or", "So", "In", "On", "At", "For", "With", "From", "By", "To", "Of", "If", "When", "While",
        "As", "After", "Before", "Since", "Although", "Though", "Because", "That", "This", "These", "Those", "It", "There", "Here",
        "What", "Who", "How", "Why", "Where", "Yet", "Also", "Now", "Then", "Meanwhile", "However", "Asked", "Last", "Next", "Still",
        "Even", "Only", "Just", "Some", "Many", "Most", "All", "Both", "Each", "Every", "Such", "Other", "Another", "One", "Two",
        "Not", "No", "Yes", "Under", "Over", "During", "About", "Against", "Despite", "Like", "Unlike", "According", "Among",
        "Without", "Within", "Until", "Instead", "Indeed", "Later", "Earlier", "Today", "Yesterday", "Tomorrow", "Once", "Twice",
        "Will", "Would", "Should", "Could", "Can", "May", "Might", "Must", "Do", "Does", "Did", "Is", "Are", "Was", "Were",
        "Has", "Have", "Had", "Let", "Please", "Thank", "Thanks", "Dear", "Hey", "Oh", "Well", "Sure", "Maybe", "Perhaps",];

    private static readonly WordSet SentenceOpeners = new(SentenceOpenerWords);

    /// <summary>Words that never name anyone, wherever they stand.</summary>
    private static readonly string[] NeverNameWords = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I", "He", "She", "We", "They", "You",
        "His", "Her", "Their", "Our", "My", "Its", "Your", "Mr", "Mrs", "Ms", "Dr",];

    private static readonly WordSet NeverNames = new(NeverNameWords);

    /// <summary>The flag of <see cref="RunStartWordsOf"/> for a word of <see cref="SentenceOpeners"/>.</summary>
    private const byte OpenerFlag = 1;

    /// <summary>The flag of <see cref="RunStartWordsOf"/> for a word of <see cref="NeverNames"/>.</summary>
    private const byte NeverNameFlag = 2;

    /// <summary>
    /// The flag of <see cref="RunStartWordsOf"/> for a word of <see cref="NeverNames"/> that is an honorific wherever it
    /// stands ("Mr"): the titles hold it as a title of its own, and every title it starts is honorific.
    /// </summary>
    internal const byte HonorificFlag = 4;

    /// <summary>
    /// The flag of <see cref="RunStartWordsOf"/> for a word of <see cref="NeverNames"/> that starts a title, which may
    /// or may not be honorific where it stands: the titles are asked.
    /// </summary>
    internal const byte TitleFlag = 8;

    /// <summary>
    /// The flag of <see cref="RunStartWordsOf"/> for a word of <see cref="OrganizationHeads"/>: a run of one word that
    /// heads an organisation's name ("Police", "Congress") is read as a mention of its own (<see cref="ReadWord"/>),
    /// which the first word's flags now tell, where the word was asked of that set a second time.
    /// </summary>
    internal const byte OrganizationHeadFlag = 16;

    /// <summary>Not a flag: what the pass hands <see cref="ReadWord"/> for a word whose flags it did not ask.</summary>
    internal const byte FlagsNotAsked = 128;

    /// <summary>
    /// <see cref="SentenceOpeners"/>, <see cref="NeverNames"/> and <see cref="OrganizationHeads"/> asked as one, of the
    /// first word of every capitalised run, in the pass's loop: most first words are in none, which one shape test tells. The never-name words that
    /// start titles carry what the titles (<paramref name="titles"/>: each title's words as the index cut them, and
    /// whether it is honorific) say of them, once per knowledge: <see cref="HonorificFlag"/> or <see cref="TitleFlag"/>.
    /// </summary>
    /// <remarks>
    /// The pass asked the title index whether such a word is an honorific at each run it starts (628 probes over
    /// bulk200, every one "Mr", "Mrs", "Ms" or "Dr" and honorific: 0.19 M instructions). The organisation heads were
    /// asked again of each one-word run's word the screen ruled out of the phrase indexes (7,388 runs): in this one
    /// lookup, 103.46 -> 103.27 M instructions on the 200 bulk articles, the more first words it lets through costing
    /// less than the second shape test and lookup they spare.
    /// </remarks>
    internal static WordFlags RunStartWordsOf(IEnumerable<(string[] Words, bool IsHonorific)> titles)
    {
        // Each never-name word a title starts: whether a title is that word alone, and whether all it starts are
        // honorific. One pass over the titles, each first word asked of the never-name words' set.
        var starts = new Dictionary<string, (bool Alone, bool AllHonorific)>(StringComparer.OrdinalIgnoreCase);
        bool unsure = false;
        foreach (var (words, isHonorific) in titles)
        {
            if (words.Length == 0) continue;
            var first = words[0];
            // The title index compares first words ignoring case: one beyond ASCII is left to it, for every word.
            if (!System.Text.Ascii.IsValid(first)) unsure = true;
            else if (NeverNames.Contains(first))
            {
                starts[first] = starts.TryGetValue(first, out var held)
                    ? (held.Alone || words.Length == 1, held.AllHonorific && isHonorific)
                    : (words.Length == 1, isHonorific);
            }
        }
        var honorific = new List<string>();
        var asked = new List<string>();
        foreach (var word in NeverNameWords)
        {
            bool startsTitle = starts.TryGetValue(word, out var title);
            if (unsure || startsTitle && !(title.Alone && title.AllHonorific)) asked.Add(word);
            else if (startsTitle) honorific.Add(word);
        }
        return new WordFlags((SentenceOpenerWords, OpenerFlag), (NeverNameWords, NeverNameFlag), (honorific.ToArray(), HonorificFlag), (asked.ToArray(), TitleFlag), (OrganizationHeadWords, OrganizationHeadFlag));
    }

    /// <summary>Lower-case words that join the parts of one name ("Bill de Blasio", "Ludwig van Beethoven").</summary>
    private static readonly string[] NameParticleWords = ["de", "van", "von", "der", "den", "bin", "al", "da", "di", "du", "del", "la", "le", "ibn"];

    private static readonly WordSet NameParticles = new(NameParticleWords);

    /// <summary>The length of the longest of <see cref="NameParticleWords"/>: a longer word is no particle.</summary>
    /// <remarks>A constant, not read from the statics at each word RunEnd walks; <see cref="LongestWordsHold"/> checks it.</remarks>
    private const int LongestParticle = 3;

    /// <summary>Words before a name that make it an object or an adjunct, not the subject.</summary>
    private static readonly WordSet Prepositions = new([
        "in", "at", "on", "for", "with", "from", "by", "to", "of", "about", "after", "before", "during", "like", "than", "against",
        "under", "over", "between", "among", "toward", "towards", "into", "onto", "upon", "via", "without", "behind", "beside",
        "told", "asked", "urged", "called", "and", "or", "nor",]);

    /// <summary>Abbreviations and initials after which a full stop ends no sentence.</summary>
    private static readonly string[] AbbreviationWords = [
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Adm", "Capt", "Cmdr", "Maj", "Sgt", "St",
        "Jr", "Sr", "Prof", "Rev", "Hon", "No", "Inc", "Corp", "Co", "Ltd", "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep",
        "Oct", "Nov", "Dec", "Mt", "Ft", "U", "S",];

    private static readonly WordSet Abbreviations = new(AbbreviationWords);

    /// <summary>The length of the longest of <see cref="AbbreviationWords"/>: a longer word is no abbreviation.</summary>
    /// <remarks>A constant, as <see cref="LongestParticle"/>.</remarks>
    private const int LongestAbbreviation = 4;

    /// <summary>Whether <see cref="LongestParticle"/> and <see cref="LongestAbbreviation"/> are the lengths of their lists' longest words. For tests.</summary>
    internal static bool LongestWordsHold() =>
        NameParticleWords.Max(w => w.Length) == LongestParticle && AbbreviationWords.Max(w => w.Length) == LongestAbbreviation;

    /// <summary>Everything <see cref="FindMentions"/> learns of the text, kept in the thread's scratch from one parse to the next.</summary>
    private sealed class TextMentions : ParseScratchPart
    {
        public List<TextMention> Mentions { get; } = [];

        /// <summary>The parse's entities (<see cref="EntityIndex.All"/>), which a mention's <see cref="TextMention.EntityNumber"/> counts in: set by <see cref="FindMentions"/>.</summary>
        public List<SpeakerEntity> Entities { get; set; } = null!;

        /// <summary>
        /// The parse under way and its entity index, set by <see cref="FindMentions"/> and dropped as the parse ends: the
        /// readers of a run take them from here, one argument where they took three (the pass's loop passes fewer and
        /// keeps fewer values), and asked here at each run's reading.
        /// </summary>
        public ParseContext Context { get; set; } = null!;

        /// <inheritdoc cref="Context"/>
        public EntityIndex Index { get; set; } = null!;

        /// <summary>The entity <paramref name="mention"/> is linked to, or null.</summary>
        public SpeakerEntity? EntityOf(in TextMention mention) => mention.EntityNumber == 0 ? null : Entities[mention.EntityNumber - 1];
        /// <summary>The start of each sentence, in order.</summary>
        public List<int> SentenceStarts { get; } = [];
        /// <summary>Mentions of names no table knew, to link once every strong name has its entity.</summary>
        public List<int> Weak { get; } = [];
        public List<GenderedPronoun> Pronouns { get; } = [];
        /// <summary>
        /// Each spelling of a name read recently, with what it names, kept from one parse to the next, and the entity this
        /// parse found for it: 4,096 of them, 0.51 MB (124 bytes a spelling: its reading 40, key 16, slots 8, characters 32,
        /// entity kept 24, parse number 4), made at that size on a thread's first name. With 2,048 the memo emptied
        /// within 200 bulk articles and read again what it had held (0.25 M instructions more over them).
        /// </summary>
        public SpellingMemo Read { get; } = new();

        /// <summary>The entity each bare word of this parse links to, by its text (<see cref="LinkMemo"/>).</summary>
        public LinkMemo Links { get; } = new();

        /// <summary>
        /// The memo of recent speaker phrases (<see cref="StageBuffers.Phrases"/>), which holds this parse's phrases:
        /// asked for a run's text before the run is read. Set by <see cref="FindMentions"/> for each parse.
        /// </summary>
        public ReadingMemo Phrases { get; set; } = null!;

        /// <summary>
        /// Whether the pass makes an entity for a name that finds none: set by <see cref="FindMentions"/> for each parse,
        /// false when no statement's phrase is a pronoun, a description or a generic name, the only phrases an entity
        /// made from the text can be the speaker of (<see cref="ReadMention"/>).
        /// </summary>
        public bool MakesEntities { get; set; }

        /// <summary>Per sentence, 1 + the index of the mention that is its subject, 0 when it has none, while genders are learnt.</summary>
        public List<int> SubjectOf { get; } = [];

        public override bool Release()
        {
            Context = null!;
            Index = null!;
            bool keep = Mentions.Count <= ParseScratch.MaxKeptCapacity && SentenceStarts.Count <= ParseScratch.MaxKeptCapacity;
            Mentions.Clear();
            SentenceStarts.Clear();
            Weak.Clear();
            Pronouns.Clear();
            Read.Release();
            keep &= Links.Release();
            SubjectOf.Clear();
            return keep;
        }

        /// <summary>Forgets what the parse put in it and gives back the room of its lists and tables.</summary>
        public void DropAll()
        {
            Release();
            Mentions.TrimExcess();
            SentenceStarts.TrimExcess();
            Weak.TrimExcess();
            Pronouns.TrimExcess();
            Read.Trim();
            Links.Trim();
            SubjectOf.TrimExcess();
        }

        /// <summary>The sentence <paramref name="position"/> stands in.</summary>
        public int SentenceAt(int position)
        {
            var starts = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(SentenceStarts);
            int i = starts.BinarySearch(position);
            return i >= 0 ? i : Math.Max(0, ~i - 1);
        }

        /// <summary>The index of the first mention starting at or after <paramref name="position"/>.</summary>
        public int FirstAtOrAfter(int position)
        {
            int lo = 0, hi = Mentions.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Mentions[mid].Start < position) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }

    /// <summary>A spelling by position: equal text anywhere in the source is one key, with no string made for it.</summary>
    private readonly record struct Spelling(int Start, int Length, int Hash)
    {
        public static Spelling At(string source, int start, int length) => new(start, length, HashOf(source.AsSpan(start, length)));

        /// <summary>
        /// A hash of the characters, four at a time: the table compares a spelling's characters whenever hashes agree, so
        /// this need only spread names, not resist chosen collisions as the string hash does at three times the cost.
        /// Inlined: the name pass hashes every capitalised run (11,851 over the 200 bulk articles), and the call cost
        /// more than the few words' loop (-0.2 M instructions).
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static int HashOf(ReadOnlySpan<char> text)
        {
            const ulong Multiplier = 0x9E3779B97F4A7C15UL;
            ulong hash = (ulong)text.Length;
            foreach (ulong four in System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(text)) hash = (hash ^ four) * Multiplier;
            for (int i = text.Length & ~3; i < text.Length; i++) hash = (hash ^ text[i]) * Multiplier;
            // The high bits of each product carry every character; fold them into the low ones the table's slots read.
            hash ^= hash >> 32;
            hash ^= hash >> 16;
            return (int)hash;
        }
    }

    /// <summary>What a lone capitalised word no table knows is read as: a name, to be linked if the article gave it to someone.</summary>
    private static readonly Analysis BareName = new(Class.None, "", SpeakerKind.Other);

    /// <summary>
    /// <c>a == <see cref="BareName"/></c>, field by field without the record's general equality (a call per field in
    /// ahead-of-time code).
    /// </summary>
    private static bool IsBareName(in Analysis a) =>
        a.Class == Class.None && a.Name.Length == 0 && a.Kind == SpeakerKind.Other && a.Title is null && a.Affiliation is null
        && a.Pronoun == PronounFit.Any && a.KnowsNothing && a.Gender == Gender.Unknown;

    /// <summary>A pronoun outside quotes, kept to learn the gender of the name it most likely stands for.</summary>
    private readonly record struct GenderedPronoun(int Position, int Sentence, Gender Gender);

    /// <summary>
    /// The name pass over the whole text: every name's mention and entity, and what resolving the statements' speakers asks
    /// of them. <paramref name="forPronouns"/> and <paramref name="forDescriptions"/> say whether a statement's phrase is a
    /// pronoun or a description: only a pronoun's resolution reads how often an entity is named and the gender its
    /// pronouns give it, and only it and an apposed description read the entity a bare name links to, so an article
    /// without such phrases is spared that work; with <paramref name="forGenerics"/>, the three kinds of phrase are the
    /// only ones an entity made from the text can be the speaker of (<see cref="TextMentions.MakesEntities"/>).
    /// </summary>
    private static TextMentions FindMentions(ParseContext ctx, EntityIndex entities, ReadingMemo phrases, bool forPronouns, bool forDescriptions, bool forGenerics)
    {
        var found = ctx.Scratch.Get<TextMentions>();
        found.Phrases = phrases;
        found.Entities = entities.All;
        found.Context = ctx;
        found.Index = entities;
        found.MakesEntities = forPronouns || forDescriptions || forGenerics;
        var weak = found.Weak;
        var pronouns = found.Pronouns;
        var read = found.Read;
        var s = ctx.Source;
        read.Start(ctx.Knowledge, s);
        // A pass that makes no entity only changes the speakers it finds (ReadMention): with none made, it changes
        // nothing the stage reads.
        if (!found.MakesEntities && entities.All.Count == 0) return found;
        // The blocks in reading order, as ParseContext.Blocks gives them, without its enumerator (interface calls per block).
        if (ctx.Headline is { } headline) FindMentionsIn(ctx, found, headline);
        if (ctx.Lead is { } lead) FindMentionsIn(ctx, found, lead);
        foreach (var block in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ctx.Body))
        {
            // On a huge input the garbage of the pass (the arrays its lists outgrew) is collected between blocks,
            // while what the pass keeps is still small; collected only once the pass is done, it would be compacted
            // together with all the pass keeps, a copy that is the stage's peak on a text of many names and pronouns.
            ctx.CheckMemory();
            FindMentionsIn(ctx, found, block);
        }
        if (!forPronouns && !forDescriptions) return found;
        // Names no title or given name marked as people's link only to an entity the article already has.
        // No entity changes from here on: each weak spelling of the table is linked once, and a mention without one (a
        // word ReadWord read) by its own text. The mentions are walked as a span: a list's enumerator is a call per
        // mention in ahead-of-time code.
        var mentions = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found.Mentions);
        if (!forPronouns)
        {
            // Only an apposed description reads a mention's entity, and only that of the name just before the comma
            // before its phrase (Apposed): a weak mention is linked only there (31 of 200 bulk articles are such).
            LinkBeforeSpeakers(ctx, entities, found);
            return found;
        }
        foreach (int m in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weak)) Link(entities, found, s, ref mentions[m]);
        CountAndLearnGenders(found, pronouns);
        return found;
    }

    /// <summary>
    /// Links the weak <paramref name="mention"/> to the entity its text stands for, once per spelling; a bare word
    /// (<see cref="ReadWord"/>, no spelling kept) once per text in the parse (<see cref="LinkMemo"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Link(EntityIndex entities, TextMentions found, string s, ref TextMention mention)
    {
        int entry = mention.Spelling - 1;
        if (entry < 0) mention.EntityNumber = found.Links.NumberOf(entities, s, mention.Start, mention.End - mention.Start);
        else
        {
            ref var kept = ref found.Read.EntityOf(entry);
            if (!kept.IsFinal) kept = KeptEntity.Final(Linked(entities, s.AsSpan(mention.Start, mention.End - mention.Start)));
            mention.EntityNumber = TextMention.NumberOf(kept.FinalEntity);
        }
    }

    /// <summary>
    /// Links each weak mention that ends just before a comma before a statement's speaker phrase: the one mention
    /// <see cref="Apposed"/> may read for that phrase (the last that starts before the comma), whatever the phrase reads as.
    /// </summary>
    private static void LinkBeforeSpeakers(ParseContext ctx, EntityIndex entities, TextMentions found)
    {
        var s = ctx.Source;
        var mentions = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found.Mentions);
        var weak = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found.Weak);
        foreach (var draft in ctx.Statements)
        {
            if (draft.SpeakerSpan is not { } span) continue;
            int comma = span.Start - 1;
            while (comma >= 0 && s[comma] == ' ') comma--;
            if (comma < 0 || s[comma] != ',') continue;
            int m = found.FirstAtOrAfter(comma) - 1;
            // The weak list holds mention indexes in ascending order.
            if (m >= 0 && mentions[m].EntityNumber == 0 && weak.BinarySearch(m) >= 0) Link(entities, found, s, ref mentions[m]);
        }
    }

    /// <summary>The name pass over one block: its names, pronouns and sentence starts.</summary>
    private static void FindMentionsIn(ParseContext ctx, TextMentions found, Block block)
    {
        var s = ctx.Source;
        var k = ctx.Knowledge;
        var pronouns = found.Pronouns;
        var tokens = Tokenizer.Of(ctx, block);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        bool inQuote = false, subjectSeen = false;
        found.SentenceStarts.Add(block.Start);
        int sentenceFirst = 0;
        // Only the tokens the screen marked can start a name, a quote or a sentence, or be a pronoun: the pass steps
        // from one to the next (about a third of the tokens) and skips those a name already took.
        var marked = ParseContext.MarkedIn(ctx.NameMarked, block.NameMarked);
        var startWords = k.RunStartWords;
        int unread = 0;
        for (int m = 0; m < marked.Length; m++)
        {
            int i = marked[m];
            if (i < unread) continue;
            var t = span[i];
            if (t.Kind == TokenKind.Punct)
            {
                char c = s[t.Start];
                if (c == '"') inQuote = !inQuote;
                else if (c == '\u201C') inQuote = true;
                else if (c == '\u201D') inQuote = false;
                else if (Chars.IsSentenceEnd(c) && EndsSentence(s, span, i))
                {
                    found.SentenceStarts.Add(i + 1 < span.Length ? span[i + 1].Start : t.End);
                    subjectSeen = false;
                    sentenceFirst = i + 1;
                }
                continue;
            }
            if (t.Kind != TokenKind.Word) continue;
            // Most words are no pronoun by their length alone, tested here without a call.
            if (!inQuote && t.Length <= 4 && (s[t.Start] | 0x20) is 'h' or 's' && PronounGender(s.AsSpan(t.Start, t.Length)) is var g && g != Gender.Unknown)
            {
                pronouns.Add(new GenderedPronoun(t.Start, found.SentenceStarts.Count - 1, g));
                continue;
            }
            if (!char.IsUpper(s[t.Start]) && !StartsLowerCaseTitle(k, s, tokens, i)) continue;
            // The run's end, and whether its first word opens sentences or names no one, asked here, where the loop's few
            // values leave registers free: in ReadMention the test of the first word cost about a hundred instructions a
            // run in spills and reloads. A run of such words alone ("The", "But") makes no mention and is not read.
            // A run goes on past its first word only to a capitalised word (one that names someone), which the screen
            // marks, or through an initial's full stop, also marked, or a particle, hyphen or apostrophe before one: with
            // neither of the next two tokens marked, it is the one word, told from the list without walking the tokens
            // (RunEnd asked of 8,255 runs of 15,778 over 200 bulk articles).
            unread = EndsAtFirstWord(marked, m, i) ? i + 1 : RunEnd(s, span, i);
            int start = i;
            byte startFlags = startWords.Of(s.AsSpan(t.Start, t.Length));
            if ((startFlags & (OpenerFlag | NeverNameFlag)) != 0)
            {
                // A run of the one word makes no mention when SkipStartWords would step past it: a word that names no
                // one and starts no title ("I", "June"), or a sentence's opener ("The", "But") at its sentence's start.
                if (unread == i + 1
                    && ((startFlags & NeverNameFlag) != 0 && (t.Marks & k.NameStartMarks) == TokenMarks.Screened
                        || (startFlags & OpenerFlag) != 0 && OpensSentence(s, span, i, sentenceFirst)))
                {
                    continue;
                }
                start = SkipStartWords(found.Context, tokens, i, unread, sentenceFirst, startFlags);
            }
            if (start < unread)
            {
                // A run of one word that may be listed somewhere, or heads an organisation's name, goes to ReadMention
                // here, without ReadWord's frame (1,477 of 7,388 one-word runs); one after start words ReadWord asks.
                subjectSeen = start == unread - 1
                    && (start != i || (t.Marks & k.NameStartMarks) == TokenMarks.Screened && (startFlags & OrganizationHeadFlag) == 0)
                    ? ReadWord(found, tokens, start, sentenceFirst, inQuote, subjectSeen, start == i ? startFlags : FlagsNotAsked)
                    : ReadMention(found, tokens, start, unread, sentenceFirst, inQuote, subjectSeen);
            }
        }
    }

    /// <summary>
    /// The words of <paramref name="text"/> at <paramref name="words"/> whose entity number among
    /// <paramref name="entities"/>, as the pass links a bare word (a table of the parse's answers by text), differs from
    /// the answer the word's text gives alone. For tests.
    /// </summary>
    internal static List<string> CompareBareWordLinks(EntityIndex entities, string text, IEnumerable<(int Start, int Length)> words) =>
        LinkMemo.Disagreements(entities, text, words);

    /// <summary>
    /// True when neither of the two tokens after <c>marked[m]</c> = <paramref name="i"/> is marked: a capitalised run
    /// from there is that one word (<see cref="RunEnd"/> would give <paramref name="i"/> + 1).
    /// </summary>
    /// <remarks>
    /// Asking also the token after the first word when it is marked or the one after it is (a word longer than any
    /// particle, a comma: 1,300 of RunEnd's 3,700 runs of one word over 200 bulk articles) cost more in the pass's loop
    /// than the calls it spared (+14 K instructions; +0.14 M with the marked token's full stop and apostrophe as well).
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool EndsAtFirstWord(ReadOnlySpan<int> marked, int m, int i) => m + 1 >= marked.Length || marked[m + 1] > i + 2;

    /// <summary>
    /// For each capitalised word of <paramref name="ctx"/>'s blocks (after layout and attribution) that the name pass's
    /// loop takes for a run of one word without walking it (<see cref="EndsAtFirstWord"/>), compares that with
    /// <see cref="RunEnd"/>; adds the text from the word to where RunEnd ends to <paramref name="disagreements"/> where they
    /// differ, and returns how many words were so taken. For tests.
    /// </summary>
    internal static int CompareOneWordRuns(ParseContext ctx, List<string> disagreements)
    {
        var s = ctx.Source;
        int taken = 0;
        foreach (var block in ctx.Blocks)
        {
            var tokens = Tokenizer.Of(ctx, block);
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
            var marked = ParseContext.MarkedIn(ctx.NameMarked, block.NameMarked);
            for (int m = 0; m < marked.Length; m++)
            {
                int i = marked[m];
                if (!Chars.IsCapitalized(s, span[i]) || !EndsAtFirstWord(marked, m, i)) continue;
                taken++;
                int end = RunEnd(s, span, i);
                if (end != i + 1) disagreements.Add(s[span[i].Start..span[end - 1].End]);
            }
        }
        return taken;
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\'' or '\u2018' or '\u2019';

    private static Gender PronounGender(ReadOnlySpan<char> word) =>
        // Every word of the text comes here: most are ruled out by length and first letter before any compare.
        word.Length is < 2 or > 4 || (word[0] | 0x20) is not ('h' or 's') ? Gender.Unknown
        : word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase)
            ? Gender.Male
            : word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("hers", StringComparison.OrdinalIgnoreCase)
                ? Gender.Female
                : Gender.Unknown;

    /// <summary>The entity a bare name stands for, when the article has given it to one: the whole name, else a surname.</summary>
    private static SpeakerEntity? Linked(EntityIndex entities, ReadOnlySpan<char> name) =>
        // Most bare names are no entity's name and end no person's, which the index tells from the word's shape, made once.
        Linked(entities, name, KeyShapes.Shape(name));

    /// <summary>As <see cref="Linked(EntityIndex, ReadOnlySpan{char})"/>, for a name whose <see cref="KeyShapes.Shape"/> is <paramref name="shape"/>.</summary>
    private static SpeakerEntity? Linked(EntityIndex entities, ReadOnlySpan<char> name, int shape)
    {
        foreach (var e in entities.Named(name, shape)) return e;
        if (entities.MayEndPeople(shape) && !HasSpaceOrBreak(name))
        {
            SpeakerEntity? first = null;
            foreach (var e in entities.PeopleEndingIn(name))
            {
                if (first is null || e.Order < first.Order) first = e;
            }
            return first;
        }
        return null;
    }

    /// <summary>True when <paramref name="name"/> holds a space, tab or line break: a name of one word holds none.</summary>
    /// <remarks>A name is a few characters: a plain loop tests them in fewer instructions than two vectorized searches' calls.</remarks>
    private static bool HasSpaceOrBreak(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
        {
            if (c is ' ' or '\n' or '\r' or '\t') return true;
        }
        return false;
    }

    /// <summary>
    /// Counts each entity's mentions in the text, and learns genders: "he" and "she" outside quotes most likely stand
    /// for the subject of their sentence, named before them, else of the sentence before: each such pronoun is a vote
    /// for that person's gender. A person whose name or title tells the gender keeps it; votes decide only for the
    /// others, and only when they agree. One walk over the mentions does both.
    /// </summary>
    private static void CountAndLearnGenders(TextMentions found, List<GenderedPronoun> pronouns)
    {
        var mentions = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found.Mentions);
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found.Entities);
        if (pronouns.Count == 0)
        {
            foreach (ref readonly var m in mentions)
            {
                if (m.EntityNumber > 0) all[m.EntityNumber - 1].TextMentions++;
            }
            return;
        }
        // Per sentence, 1 + the index of its subject's mention, 0 when it has none: sentences are numbered densely, so an
        // array answers where a dictionary hashed.
        var subjectOf = found.SubjectOf;
        subjectOf.Clear();
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(subjectOf, found.SentenceStarts.Count);
        var subjects = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(subjectOf);
        subjects.Clear();
        for (int i = 0; i < mentions.Length; i++)
        {
            ref readonly var m = ref mentions[i];
            if (m.EntityNumber <= 0) continue;
            var e = all[m.EntityNumber - 1];
            e.TextMentions++;
            if ((m.Role & MentionRole.Subject) != 0 && e.Kind == SpeakerKind.Person && subjects[m.Sentence] == 0) subjects[m.Sentence] = i + 1;
        }
        foreach (ref readonly var p in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pronouns))
        {
            int here = subjects[p.Sentence], before = p.Sentence > 0 ? subjects[p.Sentence - 1] : 0;
            SpeakerEntity? e = here > 0 && mentions[here - 1].Start < p.Position ? found.EntityOf(mentions[here - 1])
                : before > 0 ? found.EntityOf(mentions[before - 1])
                : null;
            if (e is null) continue;
            if (p.Gender == Gender.Male) e.MaleVotes++;
            else e.FemaleVotes++;
        }
    }
}
