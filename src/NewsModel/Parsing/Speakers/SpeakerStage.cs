using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Speakers;

/// <summary>
/// The speaker stage: turns the words naming each statement's speaker into entities (people with titles and
/// affiliations, organisations, countries and the capitals standing for them), then resolves pronouns,
/// descriptions ("the ministry", "the president", "the statement"), surnames and generic names to them.
/// Every form used becomes an alias with its mentions.
/// Reads <see cref="ParseContext.Statements"/> (each draft's <see cref="StatementDraft.SpeakerSpan"/>); writes
/// <see cref="ParseContext.Speakers"/> and each draft's <see cref="StatementDraft.SpeakerId"/>.
/// </summary>
internal static partial class SpeakerStage
{
    /// <summary>
    /// The stage's buffers, reused from one phrase or pronoun to the next and kept in the thread's scratch as one part:
    /// the tokens of a speaker phrase and the candidates of a pronoun.
    /// </summary>
    private sealed class StageBuffers : ParseScratchPart
    {
        /// <summary>A list grown past this many tokens by a huge phrase is not kept.</summary>
        private const int MaxKeptTokens = 4096;

        public List<Token> Tokens { get; } = [];

        public PronounCandidates Pronouns { get; } = new();

        /// <summary>
        /// What recent speaker phrases read as, kept from one parse to the next (not emptied by <see cref="Release"/>):
        /// "he", "Trump" and "the spokesman" come back article after article. 512 of them, 49 KB (96 bytes a phrase).
        /// </summary>
        public ReadingMemo Phrases { get; } = new(512);

        /// <summary>The parse's reading of each statement's speaker phrase.</summary>
        public PhraseAnalyses Analyses { get; } = new();

        public override bool Release()
        {
            Pronouns.Done();
            Analyses.Release();
            return Tokens.Capacity <= MaxKeptTokens;
        }
    }

    /// <summary>Generational suffixes that follow a surname ("Jr.", "III").</summary>
    private static readonly string[] NameSuffixes = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

    /// <summary>
    /// A person's name without middle initials and generational suffix ("Joseph R. Murray II" → "Joseph Murray"), or
    /// null when fewer than two words would remain or nothing would be dropped.
    /// </summary>
    internal static string? FirstAndLastName(string name)
    {
        // Most names have two words, or three with nothing to drop ("Hillary Rodham Clinton"): told in one walk, they
        // need no split.
        if (!MayDropWords(name)) return null;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3) return null;
        int last = words.Length - 1;
        while (last > 1 && Array.IndexOf(NameSuffixes, words[last].TrimEnd(',')) >= 0) last--;
        var kept = new List<string>(last + 1) { words[0] };
        for (int i = 1; i < last; i++)
        {
            var w = words[i];
            bool initial = w.Length <= 2 && char.IsUpper(w[0]) && (w.Length == 1 || w[1] == '.');
            if (!initial) kept.Add(w);
        }
        kept.Add(words[last]);
        return kept.Count >= 2 && kept.Count < words.Length ? string.Join(' ', kept) : null;
    }

    /// <summary>
    /// False when <see cref="FirstAndLastName"/> of <paramref name="name"/> is surely null: it splits at spaces into fewer
    /// than three words, or no word after the first is short enough to be an initial or a suffix (at most three
    /// characters once its trailing commas are trimmed; every one of <see cref="NameSuffixes"/> is).
    /// </summary>
    private static bool MayDropWords(string name)
    {
        // Fewer than two spaces make fewer than three words: most names (two words; 598 of 666 speakers' names over the
        // 200 bulk articles) are told so by two plain walks back from the end, without the walk below.
        int lastSpace = EntityIndex.LastSpace(name);
        if (lastSpace <= 0 || EntityIndex.LastSpace(name.AsSpan(0, lastSpace)) < 0) return false;
        int words = 0;
        bool shortWord = false;
        for (int i = 0; i < name.Length;)
        {
            if (name[i] == ' ')
            {
                i++;
                continue;
            }
            int start = i;
            while (i < name.Length && name[i] != ' ') i++;
            int end = i;
            while (end > start && name[end - 1] == ',') end--;
            if (++words > 1 && end - start <= 3) shortWord = true;
        }
        return words >= 3 && shortWord;
    }

    public static void Run(ParseContext ctx)
    {
        var entities = ctx.Scratch.Get<EntityIndex>();
        // The observer keeps the entities its decisions name past the parse: they are not made over for the next one.
        entities.Reuses = ctx.Observer is null;
        var drafts = ctx.Statements;
        var resolved = new SpeakerEntity?[drafts.Count];
        var buffers = ctx.Scratch.Get<StageBuffers>();
        var analyses = buffers.Analyses;
        buffers.Phrases.Use(ctx.Knowledge);
        analyses.Start(drafts.Count, buffers.Phrases);
        ReadPhrases(ctx, entities, buffers, resolved);
        var named = FindMentions(ctx, entities, buffers.Phrases, analyses.Holds(Class.Pronoun), analyses.Holds(Class.Description), analyses.Holds(Class.Generic));
        Resolve(ctx, entities, named, buffers, resolved);
        if (ctx.CollectsForLargeInput)
        {
            // Every statement is resolved: on a huge input the lookups' tables go before the mentions and the
            // speakers of the model are made, so the two never add up.
            entities.DropLookups();
            named.DropAll();
            ctx.CollectReleased();
        }
        long aliasSteps = MakeMentions(ctx, entities, analyses, resolved, out int used);
        aliasSteps += MakeSpeakers(ctx, entities, resolved, used);
        // The stage's share of the parse's work: every entity its lookups and bounded scans looked at, every slot its
        // tables probed past a key's first, and every statement and alias it stepped over, so the scaling tests see a
        // lookup that grows with what was found, and a hash that sends many keys down one probe chain.
        ctx.CountWork(entities.Visits + entities.TakeCollisions() + named.Read.Collisions + ctx.Statements.Count + aliasSteps);
    }

    // Run's loops over the statements are methods of their own: where the tool is compiled at run time, a loop that runs
    // long in unoptimized code is compiled again, optimized, in the middle of its call (on-stack replacement), and that
    // compilation covers the whole method holding the loop. Compiled as one, Run's took about 0.7 MB of the compiler's
    // memory, still held at the parse's peak (statements in one paragraph at 256 KB, the JIT build: 31.2-32.3 bytes
    // per input byte; with Run compiled optimized from the start, 28.8-29.3).

    /// <summary>Reads each statement's speaker phrase, and finds or makes the entity of each that names one.</summary>
    private static void ReadPhrases(ParseContext ctx, EntityIndex entities, StageBuffers buffers, SpeakerEntity?[] resolved)
    {
        var drafts = ctx.Statements;
        var analyses = buffers.Analyses;
        for (int i = 0; i < drafts.Count; i++)
        {
            ctx.CheckMemory();
            if (drafts[i].SpeakerSpan is { } span)
            {
                if (span.Length > ReadingMemo.MaxKeyLength && Recent(ctx.Source, drafts, analyses, i, span) is var recent and >= 0)
                {
                    analyses.Share(i, recent);
                }
                else
                {
                    var a = ReadPhrase(ctx, buffers, drafts[i].Block, span, i, out int entry);
                    analyses.Set(i, a, entry);
                }
                if (analyses[i].Class == Class.Named) resolved[i] = FindOrCreate(entities, analyses[i]);
            }
        }
    }

    /// <summary>Resolves each statement's speaker not named outright: inherited, a pronoun, a description or a generic name.</summary>
    private static void Resolve(ParseContext ctx, EntityIndex entities, TextMentions named, StageBuffers buffers, SpeakerEntity?[] resolved)
    {
        var drafts = ctx.Statements;
        var analyses = buffers.Analyses;
        var inheritCache = (Draft: (StatementDraft?)null, Index: -1);
        var pronouns = buffers.Pronouns;
        for (int i = 0; i < drafts.Count; i++)
        {
            ctx.CheckMemory();
            if (resolved[i] is not null)
            {
                resolved[i]!.LastUse = i;
                continue;
            }
            var draft = drafts[i];
            if (draft.InheritFrom is { } inheritFrom && !analyses.Has(i))
            {
                int from = IndexOf(drafts, inheritFrom, i, ref inheritCache);
                resolved[i] = from >= 0 ? resolved[from] : null;
            }
            else if (analyses.Has(i))
            {
                var a = analyses[i];
                resolved[i] = a.Class switch
                {
                    Class.Pronoun => ResolvePronoun(ctx.Source, entities, named, drafts, resolved, i, a, ctx.Observer, ctx.PronounWeights, pronouns),
                    Class.Description => Apposed(ctx.Source, named, draft.SpeakerSpan!.Value, a) ?? ResolveDescription(entities, resolved, i, a),
                    Class.Generic => ResolveGeneric(entities, a),
                    _ => null,
                };
                if (resolved[i] is null && a.Class == Class.Description && a.Description?.Kind != null)
                {
                    // A description of a person no name was found for ("the diplomat") is still a person "he" can stand for.
                    var kind = a.Description.Kind == SpeakerKind.Person ? SpeakerKind.Person : SpeakerKind.Other;
                    resolved[i] = FindOrCreate(entities, a with { Class = Class.Named, Kind = kind });
                }
            }
            if (resolved[i] is { } e) e.LastUse = i;
            else if (draft.SpeakerSpan is { } unresolved)
            {
                ctx.Report(DiagnosticDescriptors.UnresolvedSpeaker, unresolved);
            }
        }
    }

    /// <summary>
    /// Gives each entity its mentions, in an array of their final size, which the model then owns, and its aliases;
    /// returns the steps the aliases took, and in <paramref name="used"/> how many entities are mentioned.
    /// </summary>
    private static long MakeMentions(ParseContext ctx, EntityIndex entities, PhraseAnalyses analyses, SpeakerEntity?[] resolved, out int used)
    {
        var drafts = ctx.Statements;
        // Mentions and aliases, then ids in order of first mention. The mentions are counted first, so each
        // speaker's go straight into an array of their final size, which the model then owns.
        for (int i = 0; i < drafts.Count; i++)
        {
            // A statement has a reading exactly when it has a speaker phrase (ReadPhrases): told without the span's getter.
            if (resolved[i] is { } e && analyses.Has(i)) e.MentionCount++;
        }
        used = 0;
        foreach (var e in entities.All)
        {
            if (e.MentionCount == 0) continue;
            e.Mentions = new Mention[e.MentionCount];
            e.MentionCount = 0;
            used++;
        }
        long aliasSteps = 0;
        for (int i = 0; i < drafts.Count; i++)
        {
            if (resolved[i] is not { } e || drafts[i].SpeakerSpan is not { } span) continue;
            var written = ctx.Source.AsSpan(span.Start, span.Length);
            // Most phrases lie in their statement's block, whose tokenizer saw whether it holds other whitespace than
            // single spaces: the text is then not read again for it (0.09 M instructions on bulk200).
            bool simplySpaced = drafts[i].Block.IsSimplySpaced(span.Start, span.End);
            // Most phrases are their reading's name as written ("Sergey Lavrov"): that string is the mention's text, and
            // mostly the entity's name too, which its alias test then tells by reference. A phrase the memo of recent
            // phrases holds ("he") has its text made once while the memo holds it, shared by its statements in this
            // parse and the next. Otherwise the collapsed text, or the entity's last mention's when the same.
            var text = analyses.Has(i) && analyses[i].Name is { Length: > 0 } name && written.SequenceEqual(name)
                && written[0] != ' ' && written[^1] != ' ' && (simplySpaced || Chars.IsSimplySpaced(written))
                ? name
                : analyses.MemoText(i, simplySpaced) ?? Chars.Collapse(written, e.MentionCount > 0 ? e.Mentions![e.MentionCount - 1].Text : null);
            var mention = new Mention(text, span);
            e.Mentions![e.MentionCount++] = mention;
            // The statement shares the record: the build took it back from the speaker's mentions by a search.
            drafts[i].SpeakerMention = mention;
            e.FirstPosition = Math.Min(e.FirstPosition, span.Start);
            if ((!analyses.Has(i) || analyses[i].Class != Class.Pronoun) && !ReferenceEquals(text, e.LastMentionAlias))
            {
                // The same string as the last alias given: no name changes while the mentions are made, so adding it
                // again would add nothing.
                aliasSteps += e.AddAlias(text);
                e.LastMentionAlias = text;
            }
        }
        return aliasSteps;
    }

    /// <summary>
    /// Numbers the mentioned entities in order of first mention, gives each statement its speaker's id, and adds the
    /// speakers; returns the steps their aliases took.
    /// </summary>
    private static long MakeSpeakers(ParseContext ctx, EntityIndex entities, SpeakerEntity?[] resolved, int used)
    {
        long aliasSteps = 0;
        var speakers = used == 0 ? [] : new SpeakerEntity[used];
        int n = 0;
        foreach (var e in entities.All)
        {
            if (e.Mentions is not { } mentions) continue;
            // Mentions already in order, as they mostly are, need no sort; Array.Sort keeps the order of mentions that
            // start together the same as a list sort would.
            if (!InOrder(mentions)) Array.Sort(mentions, static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
            speakers[n++] = e;
        }
        // In order of first mention, ties in the order the entities were made (the stable order LINQ's OrderBy gave). The
        // entities are mostly made in that order already (the speakers first, statement by statement), which a walk
        // tells without the sort's delegate calls; the order is total (no two entities share one), so sorting an array
        // already in it leaves it as it is.
        if (!InOrder(speakers)) Array.Sort(speakers, static (a, b) => a.FirstPosition != b.FirstPosition ? a.FirstPosition.CompareTo(b.FirstPosition) : a.Order.CompareTo(b.Order));
        for (n = 0; n < speakers.Length; n++) speakers[n].Id = ItemIds.Speaker(n + 1);
        GiveSpeakerIds(ctx.Statements, resolved);
        ctx.Speakers.EnsureCapacity(ctx.Speakers.Count + speakers.Length);
        foreach (var e in speakers)
        {
            // "Joseph R. Murray II" is also "Joseph Murray": the bare first and last name is kept as an alias.
            if (e.Kind == SpeakerKind.Person && FirstAndLastName(e.Name) is { } bare && !string.Equals(bare, e.Name, StringComparison.OrdinalIgnoreCase))
            {
                aliasSteps += e.AddAlias(bare);
            }
            ctx.Speakers.Add(new Speaker
            {
                Id = e.Id,
                Name = e.Name,
                Kind = e.Kind,
                Title = e.Title,
                Affiliation = e.Affiliation,
                Aliases = e.AliasArray() is { } aliases ? new(aliases, takeOwnership: true) : default,
                Mentions = new(e.Mentions, takeOwnership: true),
            });
        }
        return aliasSteps;
    }

    /// <summary>Gives each statement the id of its speaker, or none.</summary>
    private static void GiveSpeakerIds(List<StatementDraft> drafts, SpeakerEntity?[] resolved)
    {
        for (int i = 0; i < drafts.Count; i++) drafts[i].SpeakerId = resolved[i] is { Id.Length: > 0 } e ? e.Id : null;
    }

    /// <summary>Speaker phrases longer than this many characters (only in hostile text) are read unscreened.</summary>
    private const int MaxScreenedPhraseLength = 512;

    /// <summary>
    /// Tokenizes a speaker phrase and screens its tokens as a block's are: the phrase reader probes the gazetteer,
    /// title, description and adjective indexes at most of its tokens, several times each, and at a screened token each
    /// probe reads the filter's answer from the token's marks instead of making the token's shape key again. A mark is
    /// the filter's own answer, so a phrase reads the same screened or not. Its marked tokens are not listed: the phrase
    /// reader asks each token's marks, never a list.
    /// </summary>
    private static void TokenizeScreened(ParseContext ctx, TextSpan span, List<Token> tokens)
    {
        if (span.Length > MaxScreenedPhraseLength)
        {
            Tokenizer.Tokenize(ctx.Source, span.Start, span.End, tokens);
            return;
        }
        Tokenizer.TokenizeScreened(ctx.Source, span.Start, span.End, tokens, ctx.Knowledge.Screen);
    }

    /// <summary>
    /// What the speaker phrase at <paramref name="span"/> reads as: from the memo of recent phrases when it holds the
    /// phrase's text (an analysis depends on the phrase's text and the knowledge alone), else tokenized and read, and kept.
    /// </summary>
    private static Analysis ReadPhrase(ParseContext ctx, StageBuffers buffers, Block block, TextSpan span, int statement, out int entry)
    {
        var text = ctx.Source.AsSpan(span.Start, span.Length);
        int hash = Spelling.HashOf(text);
        entry = buffers.Phrases.Find(text, hash);
        if (entry >= 0) return buffers.Phrases[entry];
        var tokens = PhraseTokens(ctx, block, span, buffers.Tokens, out int from, out int to);
        // Most speaker phrases are a name, alone or after a title: read in one walk.
        var a = to > from && TryReadPlainName(ctx, tokens, from, to, asNamePass: false, out var plain) ? plain : Analyze(ctx, tokens, from, to);
        // The statements before that point into the memo take their copies before it is emptied.
        if (buffers.Phrases.EmptiesToAdd(text.Length)) buffers.Analyses.Unpoint(statement);
        entry = buffers.Phrases.Add(text, hash, a);
        return a;
    }

    /// <summary>
    /// The tokens of the speaker phrase at <paramref name="span"/>: <c>tokens[from..to)</c> of its block's tokens, which
    /// are screened already, when the phrase starts and ends where tokens of the block do (as the attribution stage cuts
    /// it); else the phrase tokenized and screened apart into <paramref name="own"/> (<see cref="TokenizeScreened"/>).
    /// </summary>
    /// <remarks>
    /// The phrase reader reads a range of a list (the name pass hands it the block's tokens too), and a phrase cut at
    /// the block's token boundaries tokenizes to the same tokens and marks: <c>PlainNameTests</c> hold the two
    /// equal over the corpus. Tokenizing each phrase again cost about 940 instructions a phrase read.
    /// </remarks>
    private static List<Token> PhraseTokens(ParseContext ctx, Block block, TextSpan span, List<Token> own, out int from, out int to)
    {
        if (span.Length > 0 && span.Length <= MaxScreenedPhraseLength && span.Start >= block.Start && span.End <= block.End)
        {
            var tokens = Tokenizer.Of(ctx, block);
            var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
            int lo = 0, hi = all.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (all[mid].Start < span.Start) lo = mid + 1;
                else hi = mid;
            }
            if (lo < all.Length && all[lo].Start == span.Start)
            {
                int end = lo;
                while (end < all.Length && all[end].End <= span.End) end++;
                if (end > lo && all[end - 1].End == span.End)
                {
                    from = lo;
                    to = end;
                    return tokens;
                }
            }
        }
        own.Clear();
        TokenizeScreened(ctx, span, own);
        from = 0;
        to = own.Count;
        return own;
    }

    /// <summary>How many statements back <see cref="Recent"/> looks for the same phrase; a bound keeps it linear.</summary>
    private const int MaxLookBack = 32;

    /// <summary>
    /// The statement just before whose speaker phrase is written the same way, whose analysis it shares, or -1: for a
    /// phrase too long for the memo of recent phrases. An analysis depends on the phrase's text and the knowledge
    /// alone, and phrases repeat ("he", "Mr Blair"), so each is read once; analyses are immutable, so statements may
    /// share one.
    /// </summary>
    private static int Recent(string source, List<StatementDraft> drafts, PhraseAnalyses analyses, int i, TextSpan span)
    {
        var phrase = source.AsSpan(span.Start, span.Length);
        for (int j = i - 1; j >= Math.Max(0, i - MaxLookBack); j--)
        {
            if (analyses.Has(j) && drafts[j].SpeakerSpan is { } other && other.Length == span.Length
                && source.AsSpan(other.Start, other.Length).SequenceEqual(phrase))
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>
    /// The index of <paramref name="draft"/> among the drafts, looked for outward from <paramref name="near"/>:
    /// a statement inherits from one close by (the one before, or the headline's from the one after it). Each draft
    /// is in the list once. The last answer is kept, since the items of a list all inherit from its heading.
    /// </summary>
    private static int IndexOf(List<StatementDraft> drafts, StatementDraft draft, int near, ref (StatementDraft? Draft, int Index) cache)
    {
        if (cache.Draft == draft) return cache.Index;
        int found = -1;
        for (int d = 1; found < 0 && (near - d >= 0 || near + d < drafts.Count); d++)
        {
            if (near - d >= 0 && drafts[near - d] == draft) found = near - d;
            else if (near + d < drafts.Count && drafts[near + d] == draft) found = near + d;
        }
        cache = (draft, found);
        return found;
    }

    /// <summary>True when each speaker is first mentioned after the one before, or at the same place and made after it.</summary>
    private static bool InOrder(SpeakerEntity[] speakers)
    {
        for (int i = 1; i < speakers.Length; i++)
        {
            var a = speakers[i - 1];
            var b = speakers[i];
            if (a.FirstPosition > b.FirstPosition || (a.FirstPosition == b.FirstPosition && a.Order > b.Order)) return false;
        }
        return true;
    }

    /// <summary>True when each mention starts after the one before.</summary>
    private static bool InOrder(Mention[] mentions)
    {
        for (int i = 1; i < mentions.Length; i++)
        {
            if (mentions[i].Span.Start <= mentions[i - 1].Span.Start) return false;
        }
        return true;
    }
}
