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
    private static readonly WordSet SentenceOpeners = new([
        "The", "A", "An", "But", "And", "Or", "So", "In", "On", "At", "For", "With", "From", "By", "To", "Of", "If", "When", "While",
        "As", "After", "Before", "Since", "Although", "Though", "Because", "That", "This", "These", "Those", "It", "There", "Here",
        "What", "Who", "How", "Why", "Where", "Yet", "Also", "Now", "Then", "Meanwhile", "However", "Asked", "Last", "Next", "Still",
        "Even", "Only", "Just", "Some", "Many", "Most", "All", "Both", "Each", "Every", "Such", "Other", "Another", "One", "Two",
        "Not", "No", "Yes", "Under", "Over", "During", "About", "Against", "Despite", "Like", "Unlike", "According", "Among",
        "Without", "Within", "Until", "Instead", "Indeed", "Later", "Earlier", "Today", "Yesterday", "Tomorrow", "Once", "Twice",
        "Will", "Would", "Should", "Could", "Can", "May", "Might", "Must", "Do", "Does", "Did", "Is", "Are", "Was", "Were",
        "Has", "Have", "Had", "Let", "Please", "Thank", "Thanks", "Dear", "Hey", "Oh", "Well", "Sure", "Maybe", "Perhaps",]);

    /// <summary>Words that never name anyone, wherever they stand.</summary>
    private static readonly WordSet NeverNames = new([
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I", "He", "She", "We", "They", "You",
        "His", "Her", "Their", "Our", "My", "Its", "Your", "Mr", "Mrs", "Ms", "Dr",]);

    /// <summary>Lower-case words that join the parts of one name ("Bill de Blasio", "Ludwig van Beethoven").</summary>
    private static readonly string[] NameParticleWords = ["de", "van", "von", "der", "den", "bin", "al", "da", "di", "du", "del", "la", "le", "ibn"];

    private static readonly WordSet NameParticles = new(NameParticleWords);

    /// <summary>The length of the longest of <see cref="NameParticleWords"/>: a longer word is no particle.</summary>
    private static readonly int LongestParticle = NameParticleWords.Max(w => w.Length);

    /// <summary>Words before a name that make it an object or an adjunct, not the subject.</summary>
    private static readonly WordSet Prepositions = new([
        "in", "at", "on", "for", "with", "from", "by", "to", "of", "about", "after", "before", "during", "like", "than", "against",
        "under", "over", "between", "among", "toward", "towards", "into", "onto", "upon", "via", "without", "behind", "beside",
        "told", "asked", "urged", "called", "and", "or", "nor",]);

    /// <summary>Abbreviations and initials after which a full stop ends no sentence.</summary>
    private static readonly WordSet Abbreviations = new([
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Adm", "Capt", "Cmdr", "Maj", "Sgt", "St",
        "Jr", "Sr", "Prof", "Rev", "Hon", "No", "Inc", "Corp", "Co", "Ltd", "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep",
        "Oct", "Nov", "Dec", "Mt", "Ft", "U", "S",]);

    /// <summary>Everything <see cref="FindMentions"/> learns of the text, kept in the thread's scratch from one parse to the next.</summary>
    private sealed class TextMentions : IParseScratch
    {
        public List<TextMention> Mentions { get; } = [];
        /// <summary>The start of each sentence, in order.</summary>
        public List<int> SentenceStarts { get; } = [];
        /// <summary>Mentions of names no table knew, to link once every strong name has its entity.</summary>
        public List<int> Weak { get; } = [];
        public List<GenderedPronoun> Pronouns { get; } = [];
        /// <summary>
        /// Each spelling of a name read so far, keyed by where it was first met in the source being read, with what it
        /// names and the entity found for it.
        /// </summary>
        public SpellingTable Read { get; } = new();

        /// <summary>Per sentence, 1 + the index of the mention that is its subject, 0 when it has none, while genders are learnt.</summary>
        public List<int> SubjectOf { get; } = [];

        public bool Release()
        {
            bool keep = Mentions.Count <= ParseScratch.MaxKeptCapacity && SentenceStarts.Count <= ParseScratch.MaxKeptCapacity;
            Mentions.Clear();
            SentenceStarts.Clear();
            Weak.Clear();
            Pronouns.Clear();
            Read.Clear();
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
        /// </summary>
        private static int HashOf(ReadOnlySpan<char> text)
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

    /// <summary>What a spelling of a name reads as, and the entity found for it.</summary>
    private struct Reading(Analysis analysis)
    {
        public readonly Analysis Analysis = analysis;

        /// <summary>
        /// A named spelling's entity, found under its name (<see cref="FindOrCreate(EntityIndex, in Analysis, bool, out bool)"/>):
        /// a name is asked for at each of its mentions. For a weak spelling (no table knew it), the entity it links to,
        /// made once after the pass.
        /// </summary>
        public KeptEntity Entity;
    }

    /// <summary>What a lone capitalised word no table knows is read as: a name, to be linked if the article gave it to someone.</summary>
    private static readonly Analysis BareName = new(Class.None, "", SpeakerKind.Other);

    /// <summary>
    /// <c>a == <see cref="BareName"/></c>, field by field without the record's general equality (a call per field in
    /// ahead-of-time code).
    /// </summary>
    private static bool IsBareName(in Analysis a) =>
        a.Class == Class.None && a.Name.Length == 0 && a.Kind == SpeakerKind.Other && a.Title is null && a.Affiliation is null
        && a.Pronoun == PronounFit.Any && a.Description is null && a.Gazetteer is null && a.Gender == Gender.Unknown;

    /// <summary>A pronoun outside quotes, kept to learn the gender of the name it most likely stands for.</summary>
    private readonly record struct GenderedPronoun(int Position, int Sentence, Gender Gender);

    private static TextMentions FindMentions(ParseContext ctx, EntityIndex entities)
    {
        var found = ctx.Scratch.Get<TextMentions>();
        var weak = found.Weak;
        var pronouns = found.Pronouns;
        var read = found.Read;
        var s = ctx.Source;
        read.Start(s);
        var k = ctx.Knowledge;
        foreach (var block in ctx.Blocks)
        {
            var tokens = Tokenizer.Of(ctx, block);
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
            bool inQuote = false, subjectSeen = false;
            found.SentenceStarts.Add(block.Start);
            int sentenceFirst = 0;
            // Only the tokens the screen marked can start a name, a quote or a sentence, or be a pronoun: the pass steps
            // from one to the next (about a third of the tokens) and skips those a name already took.
            var marked = ParseContext.MarkedIn(ctx.NameMarked, block.NameMarked);
            int unread = 0;
            foreach (int i in marked)
            {
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
                if (!inQuote && t.Length <= 4 && PronounGender(s.AsSpan(t.Start, t.Length)) is var g && g != Gender.Unknown)
                {
                    pronouns.Add(new GenderedPronoun(t.Start, found.SentenceStarts.Count - 1, g));
                    continue;
                }
                if (!char.IsUpper(s[t.Start]) && !StartsLowerCaseTitle(k, s, tokens, i)) continue;
                (unread, subjectSeen) = ReadMention(ctx, entities, found, tokens, i, sentenceFirst, inQuote, subjectSeen);
            }
        }
        // Names no title or given name marked as people's link only to an entity the article already has.
        // No entity changes from here on: each weak spelling is linked once. The mentions are walked as a span: a list's
        // enumerator is a call per mention in ahead-of-time code.
        var mentions = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found.Mentions);
        foreach (int m in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weak))
        {
            ref var mention = ref mentions[m];
            int entry = mention.Spelling - 1;
            if (entry < 0) mention.Entity = Linked(entities, s.AsSpan(mention.Start, mention.End - mention.Start));
            else
            {
                ref var reading = ref read[entry];
                if (!reading.Entity.IsFinal) reading.Entity = KeptEntity.Final(Linked(entities, s.AsSpan(mention.Start, mention.End - mention.Start)));
                mention.Entity = reading.Entity.FinalEntity;
            }
        }
        foreach (ref readonly var m in mentions)
        {
            if (m.Entity is { } e) e.TextMentions++;
        }
        LearnGenders(found, pronouns);
        return found;
    }

    /// <summary>
    /// Reads the capitalised run from token <paramref name="i"/> as a mention, when it names anyone; returns the token
    /// after the run and whether the sentence's subject has been seen. Apart from the pass's loop, and with no
    /// reference to its locals: a quarter of its tokens start a run, and the loop over all of them keeps its few values
    /// in registers without this method's.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (int End, bool SubjectSeen) ReadMention(
        ParseContext ctx, EntityIndex entities, TextMentions found, List<Token> tokens, int i, int sentenceFirst, bool inQuote, bool subjectSeen)
    {
        var s = ctx.Source;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        int end = RunEnd(s, span, i);
        int start = i;
        bool atSentenceStart = i == sentenceFirst || (i > 0 && span[i - 1].Kind == TokenKind.Punct && IsQuoteMark(s[span[i - 1].Start]) && i - 1 == sentenceFirst);
        if (atSentenceStart)
        {
            while (start < end && SentenceOpeners.Contains(s.AsSpan(span[start].Start, span[start].Length))) start++;
        }
        while (start < end && NeverNames.Contains(s.AsSpan(span[start].Start, span[start].Length)) && !IsHonorificAt(ctx.Knowledge, s, tokens, start)) start++;
        if (start >= end) return (end, subjectSeen);
        bool possessive = end + 1 < span.Length && span[end].Kind == TokenKind.Punct && Chars.IsApostrophe(s[span[end].Start])
            && s.AsSpan(span[end + 1].Start, span[end + 1].Length).Equals("s", StringComparison.OrdinalIgnoreCase);
        var read = found.Read;
        var spelling = Spelling.At(s, span[start].Start, span[end - 1].End - span[start].Start);
        int entry = read.Find(spelling);
        if (entry < 0) entry = ReadNew(ctx, read, spelling, tokens, start, end);
        // The reading where the table keeps it: a copy here would make this frame hold (and zero) one more.
        ref readonly var a = ref read.AnalysisOf(entry);
        var role = MentionRole.None;
        if (inQuote) role |= MentionRole.InQuote;
        if (possessive) role |= MentionRole.Possessive;
        if (!inQuote && !subjectSeen && a.Class != Class.Pronoun && !possessive)
        {
            bool afterPreposition = start > sentenceFirst && span[start - 1].Kind == TokenKind.Word
                && Prepositions.Contains(s.AsSpan(span[start - 1].Start, span[start - 1].Length));
            if (!afterPreposition) role |= MentionRole.Subject;
            subjectSeen = true;
        }
        SpeakerEntity? entity = null;
        if (a.Class == Class.Named)
        {
            if (entry >= 0 && read[entry].Entity.TryGet(entities, out var kept))
            {
                entity = kept;
                entities.CountVisits(1);
            }
            else
            {
                entity = FindOrCreate(entities, a, spoke: false, out bool byName);
                if (byName && entry >= 0) read[entry].Entity = KeptEntity.Found(entity, entities);
            }
        }
        else if (a.Class == Class.Generic) entity = ResolveGeneric(entities, a);
        // A bare word's reading is BareName itself (SpellingTable.AnalysisOf), known without comparing its fields.
        else if (a.Name.Length > 0 || System.Runtime.CompilerServices.Unsafe.AreSame(in a, in BareName) || IsBareName(a)) found.Weak.Add(found.Mentions.Count);
        found.Mentions.Add(new TextMention
        {
            Start = span[start].Start,
            End = span[end - 1].End,
            Sentence = found.SentenceStarts.Count - 1,
            Role = role,
            Spelling = (ushort)(entry + 1),
            Entity = entity,
        });
        return (end, subjectSeen);
    }

    /// <summary>
    /// Reads the new spelling <c>tokens[start..end)</c> and keeps its reading: names repeat ("Trump" fifty times), and
    /// each spelling is read once per article. Returns its entry, or -1 past <see cref="MaxNamesRead"/> spellings (only
    /// in hostile text), when the reading is kept for this mention alone.
    /// </summary>
    /// <remarks>
    /// A bare word (about half the new spellings) is kept without its reading, which every bare word shares; the others
    /// are read apart (<see cref="ReadAndKeep"/>), so that this frame holds no reading of its own to zero and copy.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int ReadNew(ParseContext ctx, SpellingTable read, in Spelling spelling, List<Token> tokens, int start, int end)
    {
        if (!IsBareWord(ctx, tokens, start, end)) return ReadAndKeep(ctx, read, spelling, tokens, start, end);
        return read.Count < MaxNamesRead ? read.AddBare(spelling) : read.AddUnkept(BareName);
    }

    /// <summary>As <see cref="ReadNew"/>, for a spelling that is no bare word.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int ReadAndKeep(ParseContext ctx, SpellingTable read, in Spelling spelling, List<Token> tokens, int start, int end)
    {
        var a = ReadName(ctx, tokens, start, end);
        return read.Count < MaxNamesRead ? read.Add(spelling, a) : read.AddUnkept(a);
    }

    /// <summary>True when the full stop, "!" or "?" at token <paramref name="i"/> ends its sentence.</summary>
    private static bool EndsSentence(string s, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Length) return true;
        var next = tokens[i + 1];
        if (next.Kind == TokenKind.Punct ? !IsQuoteMark(s[next.Start]) : !Chars.IsCapitalized(s, next)) return false;
        if (s[tokens[i].Start] != '.' || i == 0) return true;
        var before = tokens[i - 1];
        if (before.End != tokens[i].Start || before.Kind != TokenKind.Word) return true;
        return !(before.Length == 1 && char.IsUpper(s[before.Start])) && !Abbreviations.Contains(s.AsSpan(before.Start, before.Length));
    }

    /// <summary>
    /// True when the lower-case word at <paramref name="i"/> starts a title ("foreign minister Lavrov") followed by a
    /// capitalised word. A title spans at most <c>Titles.MaxWords</c> tokens besides the hyphens it skips: most
    /// lower-case words have no capitalised word that near, and that walk of a few tokens is cheaper than the title
    /// lookup it spares.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool StartsLowerCaseTitle(CompiledKnowledge k, string s, List<Token> tokens, int i)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        int words = 1;
        bool near = false;
        for (int j = i + 1; j < span.Length && words <= k.Titles.MaxWords; j++)
        {
            var next = span[j];
            if (Chars.IsCapitalized(s, next))
            {
                near = true;
                break;
            }
            if (next.Kind != TokenKind.Punct || !Chars.IsHyphen(s[next.Start])) words++;
        }
        return near && k.Titles.TryMatch(s, tokens, i, tokens.Count, out _, out int end) && end < span.Length && Chars.IsCapitalized(s, span[end]);
    }

    private static bool IsHonorificAt(CompiledKnowledge k, string s, List<Token> tokens, int i) =>
        k.Titles.TryMatch(s, tokens, i, tokens.Count, out var title, out _) && title.IsHonorific;

    /// <summary>
    /// The end of the capitalised run from token <paramref name="i"/>: names, initials, "O'Rourke", "Jean-Luc", "Bill de
    /// Blasio". Over the tokens' span: the walk reads each token once, with no list or captured variable between.
    /// </summary>
    /// <remarks>
    /// Most runs end at a lower-case word, which only a particle carries on: the word's length rules out nearly all of
    /// them before the next token is read or the particles asked.
    /// </remarks>
    private static int RunEnd(string s, ReadOnlySpan<Token> tokens, int i)
    {
        int j = i + 1;
        while (j < tokens.Length)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Word)
            {
                if (char.IsUpper(s[t.Start]) && !NeverNames.Contains(s.AsSpan(t.Start, t.Length)))
                {
                    j++;
                    continue;
                }
                if (t.Length <= LongestParticle && j + 1 < tokens.Length && Chars.IsCapitalized(s, tokens[j + 1])
                    && NameParticles.Contains(s.AsSpan(t.Start, t.Length)))
                {
                    j++;
                    continue;
                }
                break;
            }
            if (t.Kind != TokenKind.Punct || j + 1 >= tokens.Length || !Chars.IsCapitalized(s, tokens[j + 1])) break;
            var prev = tokens[j - 1];
            char c = s[t.Start];
            bool tight = prev.End == t.Start && t.End == tokens[j + 1].Start;
            if ((c == '-' || Chars.IsApostrophe(c)) && tight && !(Chars.IsApostrophe(c) && tokens[j + 1].Length == 1))
            {
                j += 2;
                continue;
            }
            if (c == '.' && prev.End == t.Start && prev.Kind == TokenKind.Word
                && (prev.Length == 1 || Abbreviations.Contains(s.AsSpan(prev.Start, prev.Length))))
            {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    /// <summary>
    /// How many different names an article's reading keeps; more only in hostile text, read again each time. An entry
    /// fits the 16 bits of <see cref="TextMention.Spelling"/>.
    /// </summary>
    private const int MaxNamesRead = 4096;

    /// <summary>
    /// True when the run <c>tokens[start..end)</c> is a lone word that no table knows (most capitalised words): it reads
    /// as <see cref="BareName"/>, without the whole phrase reader, and only a name the article already gave someone links
    /// it. The probes end at the word (a phrase of one word), and a word the screen ruled out is answered without a call.
    /// </summary>
    private static bool IsBareWord(ParseContext ctx, List<Token> tokens, int start, int end)
    {
        var s = ctx.Source;
        var k = ctx.Knowledge;
        return end - start == 1 && !k.Gazetteer.TryMatch(s, tokens, start, end, out _, out _) && !k.Titles.TryMatch(s, tokens, start, end, out _, out _)
            && !k.Descriptions.TryMatch(s, tokens, start, end, out _, out _) && !OrganizationHeads.Contains(s.AsSpan(tokens[start].Start, tokens[start].Length));
    }

    /// <summary>What the capitalised run <c>tokens[start..end)</c> names, when it is no <see cref="IsBareWord"/>.</summary>
    private static Analysis ReadName(ParseContext ctx, List<Token> tokens, int start, int end) =>
        // Most longer runs are capitalised words alone, read without the whole phrase reader.
        TryReadPlainName(ctx, tokens, start, end, asNamePass: true, out var plain) ? plain : ReadWholeName(ctx, tokens, start, end);

    /// <summary>What the capitalised run <c>tokens[start..end)</c> names, read by the whole phrase reader.</summary>
    private static Analysis ReadWholeName(ParseContext ctx, List<Token> tokens, int start, int end)
    {
        var s = ctx.Source;
        var k = ctx.Knowledge;
        var a = Analyze(ctx, tokens, start, end);
        if (a.Class == Class.Named && a.Kind == SpeakerKind.Person && a.Title is null && a.Gender == Gender.Unknown
            && !(k.Titles.TryMatch(s, tokens, start, end, out var title, out _) && title.IsHonorific))
        {
            // A bare name with nothing to say it is a person ("Iowa", "Medicare"): only a name the article
            // already gave someone links.
            return a with { Class = Class.None };
        }
        return a;
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
    private static SpeakerEntity? Linked(EntityIndex entities, ReadOnlySpan<char> name)
    {
        foreach (var e in entities.Named(name)) return e;
        // Most bare names end no person's name, which the index tells from the word's shape before the characters are read.
        if (entities.MayEndPeople(name) && !HasSpaceOrBreak(name))
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
    /// "he" and "she" outside quotes most likely stand for the subject of their sentence, named before them, else of
    /// the sentence before: each such pronoun is a vote for that person's gender. A person whose name or title
    /// tells the gender keeps it; votes decide only for the others, and only when they agree.
    /// </summary>
    private static void LearnGenders(TextMentions found, List<GenderedPronoun> pronouns)
    {
        if (pronouns.Count == 0) return;
        // Per sentence, 1 + the index of its subject's mention, 0 when it has none: sentences are numbered densely, so an
        // array answers where a dictionary hashed.
        var subjectOf = found.SubjectOf;
        subjectOf.Clear();
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(subjectOf, found.SentenceStarts.Count);
        var subjects = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(subjectOf);
        subjects.Clear();
        var mentions = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found.Mentions);
        for (int i = 0; i < mentions.Length; i++)
        {
            ref readonly var m = ref mentions[i];
            if ((m.Role & MentionRole.Subject) != 0 && m.Entity is { Kind: SpeakerKind.Person } && subjects[m.Sentence] == 0) subjects[m.Sentence] = i + 1;
        }
        foreach (ref readonly var p in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pronouns))
        {
            int here = subjects[p.Sentence], before = p.Sentence > 0 ? subjects[p.Sentence - 1] : 0;
            SpeakerEntity? e = here > 0 && mentions[here - 1].Start < p.Position ? mentions[here - 1].Entity
                : before > 0 ? mentions[before - 1].Entity
                : null;
            if (e is null) continue;
            if (p.Gender == Gender.Male) e.MaleVotes++;
            else e.FemaleVotes++;
        }
    }
}
