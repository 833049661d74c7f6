using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Speakers;

/// <summary>The name pass's reading of one capitalised run: where it ends, what it names, the mention it makes.</summary>
internal static partial class SpeakerStage
{
    /// <summary>
    /// Reads the name <c>tokens[start..end)</c> of a capitalised run (<see cref="RunEnd"/>, <see cref="SkipStartWords"/>)
    /// as a mention; returns whether the sentence's subject has been seen. Apart from the pass's loop, and with no
    /// reference to its locals: a quarter of its tokens start a run, and the loop over all of them keeps its few values
    /// in registers without this method's.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool ReadMention(TextMentions found, List<Token> tokens, int start, int end, int sentenceFirst, bool inQuote, bool subjectSeen)
    {
        var ctx = found.Context;
        var entities = found.Index;
        var s = ctx.Source;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var read = found.Read;
        var spelling = Spelling.At(s, span[start].Start, span[end - 1].End - span[start].Start);
        int entry = read.Find(s.AsSpan(spelling.Start, spelling.Length), spelling.Hash);
        if (entry < 0) entry = ReadNew(ctx, found, spelling, tokens, start, end);
        // The reading where the table keeps it: a copy here would make this frame hold (and zero) one more.
        ref readonly var a = ref read.AnalysisOf(entry);
        if (!found.MakesEntities)
        {
            // Nothing reads the mentions of this text (FindMentions): a name is asked for only for the speaker it may change.
            if (a.Class == Class.Named) FindSpeaker(entities, read, a, entry);
            return subjectSeen;
        }
        var role = RoleOf(s, span, start, sentenceFirst, inQuote, IsPossessive(s, span, end), a.Class != Class.Pronoun, ref subjectSeen);
        SpeakerEntity? entity = null;
        if (a.Class == Class.Named)
        {
            if (entry >= 0 && read.EntityOf(entry).TryGet(entities, out var kept))
            {
                entity = kept;
                entities.CountVisits(1);
            }
            else
            {
                int made = entities.All.Count;
                long changes = entities.Changes;
                entity = FindOrCreate(entities, a, spoke: false, out bool byName);
                if (entry >= 0)
                {
                    // A surname found for a fuller name made before ("Trump" after "Donald Trump": 579 finds over 200
                    // bulk articles, each asking the index again) is kept as well when the finding made and changed
                    // no entity, while none is made or changed.
                    if (byName) read.EntityOf(entry) = KeptEntity.Found(entity, entities);
                    else if (entities.All.Count == made && entities.Changes == changes) read.EntityOf(entry) = KeptEntity.FoundAmong(entity, entities);
                }
            }
        }
        else if (a.Class == Class.Generic) entity = ResolveGeneric(entities, a);
        // A bare word's reading is BareName itself (SpellingMemo.AnalysisOf), known without comparing its fields.
        else if (a.Name.Length > 0 || System.Runtime.CompilerServices.Unsafe.AreSame(in a, in BareName) || IsBareName(a)) found.Weak.Add(found.Mentions.Count);
        found.Mentions.Add(new TextMention
        {
            Start = span[start].Start,
            End = span[end - 1].End,
            Sentence = found.SentenceStarts.Count - 1,
            Role = role,
            Spelling = (ushort)(entry + 1),
            EntityNumber = TextMention.NumberOf(entity),
        });
        return subjectSeen;
    }

    /// <summary>
    /// Reads the run of the one word <c>tokens[i]</c> as <see cref="ReadMention"/> does; returns whether the sentence's
    /// subject has been seen. A word the screen ruled out of the gazetteer, titles and descriptions and no organisation's
    /// head (<see cref="IsBareWord"/>, most one-word runs) reads as <see cref="BareName"/> whatever the article: it makes
    /// a weak mention (only when <see cref="TextMentions.MakesEntities"/>) without its spelling being hashed, found or
    /// entered, and is linked by its own text once the pass is done. Other words go to <see cref="ReadMention"/>: a run's
    /// first word straight from the pass's loop, which has its marks and flags at hand; a word after start words from here.
    /// </summary>
    /// <remarks>
    /// 5,911 of the 11,851 runs over the 200 bulk articles: about 150 instructions each here against some 250 in
    /// <see cref="ReadMention"/> and, for a word new to the article, 280 more to read and enter it; linking each mention
    /// by its text instead of once per spelling gives back about a third of that (116.13 -> 115.60 M in all).
    /// <paramref name="startFlags"/> are the word's <see cref="RunStartWordsOf"/> flags when the pass asked them, else
    /// <see cref="FlagsNotAsked"/> (a word after the start words of its run), when <see cref="OrganizationHeads"/> is asked here.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool ReadWord(TextMentions found, List<Token> tokens, int i, int sentenceFirst, bool inQuote, bool subjectSeen, byte startFlags)
    {
        var ctx = found.Context;
        var s = ctx.Source;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var t = span[i];
        // The pass's loop sends a first word that is no bare word to ReadMention itself; a word after start words is asked here.
        if ((startFlags & FlagsNotAsked) != 0
            && ((t.Marks & ctx.Knowledge.NameStartMarks) != TokenMarks.Screened || OrganizationHeads.Contains(s.AsSpan(t.Start, t.Length))))
        {
            return ReadMention(found, tokens, i, i + 1, sentenceFirst, inQuote, subjectSeen);
        }
        // Nothing reads the mentions of this text (FindMentions), and a bare name names no speaker.
        if (!found.MakesEntities) return subjectSeen;
        var role = RoleOf(s, span, i, sentenceFirst, inQuote, IsPossessive(s, span, i + 1), mayBeSubject: true, ref subjectSeen);
        found.Weak.Add(found.Mentions.Count);
        found.Mentions.Add(new TextMention
        {
            Start = t.Start,
            End = t.End,
            Sentence = found.SentenceStarts.Count - 1,
            Role = role,
        });
        return subjectSeen;
    }

    /// <summary>Whether the run that ends before <c>span[end]</c> is followed by "'s".</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsPossessive(string s, ReadOnlySpan<Token> span, int end) =>
        end + 1 < span.Length && span[end].Kind == TokenKind.Punct && Chars.IsApostrophe(s[span[end].Start])
        && s.AsSpan(span[end + 1].Start, span[end + 1].Length).Equals("s", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The role of a mention whose run starts at <c>span[start]</c>: in a quote, possessive, or the sentence's subject
    /// (the first mention of the sentence outside a quote that is no possessive and follows no preposition; a pronoun,
    /// <paramref name="mayBeSubject"/> false, neither is one nor passes the subject on). Sets
    /// <paramref name="subjectSeen"/> once the subject's place is taken.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static MentionRole RoleOf(string s, ReadOnlySpan<Token> span, int start, int sentenceFirst, bool inQuote, bool possessive, bool mayBeSubject, ref bool subjectSeen)
    {
        var role = MentionRole.None;
        if (inQuote) role |= MentionRole.InQuote;
        if (possessive) role |= MentionRole.Possessive;
        if (!inQuote && !subjectSeen && mayBeSubject && !possessive)
        {
            bool afterPreposition = start > sentenceFirst && span[start - 1].Kind == TokenKind.Word
                && Prepositions.Contains(s.AsSpan(span[start - 1].Start, span[start - 1].Length));
            if (!afterPreposition) role |= MentionRole.Subject;
            subjectSeen = true;
        }
        return role;
    }

    /// <summary>
    /// Where the name of the run <c>tokens[i..end)</c> starts, when its first word is a sentence opener or a word that
    /// never names anyone (<paramref name="flags"/>, its <see cref="RunStartWordsOf"/>): past the openers that start a
    /// sentence ("But", "The"), then past the words that name no one but an honorific ("I", "May"; not "Mr Smith").
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int SkipStartWords(ParseContext ctx, List<Token> tokens, int i, int end, int sentenceFirst, byte flags)
    {
        var s = ctx.Source;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        int start = i;
        if ((flags & OpenerFlag) != 0 && OpensSentence(s, span, i, sentenceFirst))
        {
            start++;
            while (start < end && SentenceOpeners.Contains(s.AsSpan(span[start].Start, span[start].Length))) start++;
        }
        if (start == i)
        {
            if ((flags & NeverNameFlag) == 0 || IsHonorificAt(ctx.Knowledge, s, tokens, i, flags)) return i;
            start++;
        }
        var startWords = ctx.Knowledge.RunStartWords;
        while (start < end && startWords.Of(s.AsSpan(span[start].Start, span[start].Length)) is var f && (f & NeverNameFlag) != 0
            && !IsHonorificAt(ctx.Knowledge, s, tokens, start, f))
        {
            start++;
        }
        return start;
    }

    /// <summary>Whether the word at <c>span[i]</c> starts its sentence, or follows a quotation mark that does.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool OpensSentence(string s, ReadOnlySpan<Token> span, int i, int sentenceFirst) =>
        i == sentenceFirst || (i > 0 && i - 1 == sentenceFirst && span[i - 1].Kind == TokenKind.Punct && IsQuoteMark(s[span[i - 1].Start]));

    /// <summary>
    /// Finds the entity a named spelling of the text stands for among those made, changing it as
    /// <see cref="FindOrCreate(EntityIndex, in Analysis, bool, out bool)"/> does, but makes none: for a text whose
    /// statements' phrases hold no pronoun, description or generic name, the only phrases an entity made from the text
    /// can be the speaker of (<see cref="TextMentions.MakesEntities"/>).
    /// </summary>
    /// <remarks>
    /// The speakers found and changed are the ones the pass would find and change with the entities it makes: every
    /// speaker is entered before them under each key it has, and a speaker that takes a new name (a fuller one) takes
    /// it from the first mention of that name, so under any key a speaker comes before an entity made from the text,
    /// and the lookups (the first entity of a name that fits, the first person made of a surname) find the speaker.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void FindSpeaker(EntityIndex entities, SpellingMemo read, in Analysis a, int entry)
    {
        if (entry >= 0 && read.EntityOf(entry).TryGet(entities, out _))
        {
            entities.CountVisits(1);
            return;
        }
        if (Find(entities, a, spoke: false, out bool byName) is { } entity && byName && entry >= 0) read.EntityOf(entry) = KeptEntity.Found(entity, entities);
    }

    /// <summary>
    /// Reads the new spelling <c>tokens[start..end)</c> and keeps its reading (<see cref="SpellingMemo"/>): names repeat
    /// ("Trump" fifty times, and article after article), and each spelling is read once while the table holds it.
    /// Returns its entry, or -1 when the table has no room for it (only in text dense in names, or hostile), when the
    /// reading is kept for this mention alone.
    /// </summary>
    /// <remarks>
    /// A bare word that comes here (one the screen did not rule out: <see cref="ReadWord"/> reads the others) is kept
    /// without its reading, which every bare word shares; the others are read apart (<see cref="ReadAndKeep"/>), so that
    /// this frame holds no reading of its own to zero and copy.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int ReadNew(ParseContext ctx, TextMentions found, in Spelling spelling, List<Token> tokens, int start, int end)
    {
        if (end - start == 1 && IsBareWord(ctx, tokens, start)) return found.Read.AddBare(ctx.Source.AsSpan(spelling.Start, spelling.Length), spelling.Hash);
        return ReadAndKeep(ctx, found, spelling, tokens, start, end);
    }

    /// <summary>As <see cref="ReadNew"/>, for a spelling that is no bare word.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int ReadAndKeep(ParseContext ctx, TextMentions found, in Spelling spelling, List<Token> tokens, int start, int end)
    {
        // The statements' speaker phrases are read before the pass, and a speaker's name mostly comes back in the text
        // as a run of its own ("Sergey Lavrov said"): a run whose text the memo of recent phrases holds takes that
        // reading, as the name pass reads it, instead of being read again.
        var text = ctx.Source.AsSpan(spelling.Start, spelling.Length);
        int said = found.Phrases.Find(text, spelling.Hash);
        var read = found.Read;
        int entry = read.Enter(text, spelling.Hash);
        // Read straight into the table's entry, with no reading of this frame's to copy there.
        ref var reading = ref read.ReadingAt(entry);
        if (said >= 0) reading = AsNameReading(ctx, found.Phrases[said], tokens, start, end);
        else if (!TryReadPlainName(ctx, tokens, start, end, asNamePass: true, out reading)) reading = ReadWholeName(ctx, tokens, start, end);
        // A bare name's default reading is BareName in the table (AnalysisOf), but not for one mention alone.
        else if (entry < 0 && reading.Name is null) reading = BareName;
        return entry;
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
        // Most words before a full stop are longer than any abbreviation, told without the set's shape test.
        return !(before.Length == 1 && char.IsUpper(s[before.Start]))
            && (before.Length > LongestAbbreviation || !Abbreviations.Contains(s.AsSpan(before.Start, before.Length)));
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
        // A word the screen ruled out of the titles (most pronouns in quotes come here) starts none, whatever follows:
        // the title lookup would answer so at once, after the walk.
        var titleMark = k.Titles.ScreenMark;
        if ((span[i].Marks & (TokenMarks.Screened | titleMark)) == TokenMarks.Screened && titleMark != TokenMarks.None) return false;
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

    /// <summary>
    /// True when the never-name word at <paramref name="i"/>, whose <see cref="RunStartWordsOf"/> flags are
    /// <paramref name="flags"/>, starts an honorific title ("Mr Smith"): told by its flags, the titles asked only for a
    /// word whose flags leave it open.
    /// </summary>
    private static bool IsHonorificAt(CompiledKnowledge k, string s, List<Token> tokens, int i, byte flags) =>
        (flags & HonorificFlag) != 0
        || (flags & TitleFlag) != 0 && k.Titles.TryMatch(s, tokens, i, tokens.Count, out var title, out _) && title.IsHonorific;

    /// <summary>
    /// The end of the capitalised run from token <paramref name="i"/>: names, initials, "O'Rourke", "Jean-Luc", "Bill de
    /// Blasio". The run ends before a capitalised word that never names anyone (<see cref="NeverNames"/>: "Hill Monday",
    /// "Obama I"), asked of every word after the first; the first word is asked with the run's start words, in the
    /// pass's loop (<see cref="RunStartWordsOf"/>). Over the tokens' span: the walk reads each token once, with no list
    /// or captured variable between.
    /// </summary>
    /// <remarks>
    /// Most runs end at a lower-case word, which only a particle carries on: the word's length rules out nearly all of
    /// them before the next token is read or the particles asked. Without the never-name test after the first word two
    /// articles of the corpus read otherwise (a speaker "Hill Monday" for "Monday"), so it stays.
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
                && (prev.Length == 1 || prev.Length <= LongestAbbreviation && Abbreviations.Contains(s.AsSpan(prev.Start, prev.Length))))
            {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    /// <summary>
    /// True when the run of the one word <c>tokens[start]</c> is a word that no table knows (most capitalised words): it reads
    /// as <see cref="BareName"/>, without the whole phrase reader, and only a name the article already gave someone links
    /// it. The probes end at the word (a phrase of one word), and a word the screen ruled out is answered without a call.
    /// </summary>
    private static bool IsBareWord(ParseContext ctx, List<Token> tokens, int start)
    {
        var s = ctx.Source;
        var k = ctx.Knowledge;
        int end = start + 1;
        // Most words the screen ruled out of all three indexes, told by one test (CompiledKnowledge.NameStartMarks).
        if ((tokens[start].Marks & k.NameStartMarks) != TokenMarks.Screened
            && (k.Gazetteer.TryMatch(s, tokens, start, end, out _, out _) || k.Titles.TryMatch(s, tokens, start, end, out _, out _)
                || k.Descriptions.TryMatch(s, tokens, start, end, out _, out _)))
        {
            return false;
        }
        return !OrganizationHeads.Contains(s.AsSpan(tokens[start].Start, tokens[start].Length));
    }

    /// <summary>What the capitalised run <c>tokens[start..end)</c> names, when it is no <see cref="IsBareWord"/>.</summary>
    private static Analysis ReadName(ParseContext ctx, List<Token> tokens, int start, int end) =>
        // Most longer runs are capitalised words alone, read without the whole phrase reader.
        TryReadPlainName(ctx, tokens, start, end, asNamePass: true, out var plain) ? plain : ReadWholeName(ctx, tokens, start, end);

    /// <summary>What the capitalised run <c>tokens[start..end)</c> names, read by the whole phrase reader.</summary>
    private static Analysis ReadWholeName(ParseContext ctx, List<Token> tokens, int start, int end) =>
        AsNameReading(ctx, Analyze(ctx, tokens, start, end), tokens, start, end);

    /// <summary>
    /// What the capitalised run <c>tokens[start..end)</c> names, given <paramref name="a"/>, what the same words read as
    /// a speaker phrase (<see cref="ReadPhrase"/>): the same, but for a person with nothing to say it is one.
    /// </summary>
    /// <remarks>
    /// A phrase is read the short way (<see cref="TryReadPlainName"/>) or else by the whole reader, and a run the same
    /// way with <c>asNamePass</c> or else by <see cref="ReadWholeName"/>; the short way takes a run exactly when it takes
    /// the phrase, and with <c>asNamePass</c> it makes a plain person of unknown gender a bare name, as this does (with
    /// neither affiliation nor title the default reading, which the name pass takes as this one: a weak mention).
    /// <c>PlainNameTests</c> hold the two equal on every run of the corpus.
    /// </remarks>
    private static Analysis AsNameReading(ParseContext ctx, in Analysis a, List<Token> tokens, int start, int end)
    {
        if (a.Class == Class.Named && a.Kind == SpeakerKind.Person && a.Title is null && a.Gender == Gender.Unknown
            && !(ctx.Knowledge.Titles.TryMatch(ctx.Source, tokens, start, end, out var title, out _) && title.IsHonorific))
        {
            // A bare name with nothing to say it is a person ("Iowa", "Medicare"): only a name the article
            // already gave someone links.
            return a with { Class = Class.None };
        }
        return a;
    }
}
