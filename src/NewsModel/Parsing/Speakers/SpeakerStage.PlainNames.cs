using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Speakers;

/// <summary>The phrase reader's short way for the commonest phrases: a name, a title and a name, a known body.</summary>
internal static partial class SpeakerStage
{
    /// <summary>
    /// What <see cref="Analyze"/> gives the commonest phrases, read in one walk, or with <paramref name="asNamePass"/>
    /// what <see cref="ReadName"/> gives them: capitalised words, perhaps with initials' full stops ("Donald J. Trump") or
    /// hyphens ("Kilroy-Silk"), perhaps after a title ("Sen. Bernie Sanders", "leader Nick Griffin"), itself perhaps after
    /// capitalised words that say where the person belongs ("British Prime Minister Tony Blair"), or a known organisation
    /// or country covering the phrase ("White House"). False when the phrase is not of that form, and the whole reader must read it.
    /// </summary>
    /// <remarks>
    /// The phrase qualifies when none of its words is one <see cref="Read"/> tests by its spelling
    /// (<see cref="PlainNameBreakers"/>), no title starts in it but at its first word or (one title only) after capitalised
    /// words, and no known name ends at its end but one from its first word. Then each of the reader's steps finds
    /// nothing up to the one that answers: a known name from the first word; else a title's person, named by the words
    /// after the title, with the affiliation the words before it give (as the whole reader reads them); else the first
    /// description that ends at its end ("Labour Party"); else the
    /// capitalised name the phrase is, a body when its last word is an organisation's head, else a person. A person's
    /// gender is the title's, else the given name's; for the name pass a person with neither title nor gender is a bare
    /// name (see <see cref="ReadWholeName"/>), without affiliation the default reading, whose name is never made. The whole reader's dozen walks over the phrase and its probes (about 2,700
    /// instructions a name) come down to one walk, whose index probes are mostly answered from the tokens' screen marks
    /// inline. <c>PlainNameTests</c> hold the two readings equal (as the name pass takes them) on every run of capitalised words and every speaker
    /// phrase of the corpus and on made-up ones.
    /// </remarks>
    private static bool TryReadPlainName(ParseContext ctx, List<Token> tokens, int start, int end, bool asNamePass, out Analysis reading)
    {
        reading = default;
        var s = ctx.Source;
        var k = ctx.Knowledge;
        if (tokens[start].Kind != TokenKind.Word || tokens[end - 1].Kind != TokenKind.Word) return false;
        bool titled = k.Titles.TryMatch(s, tokens, start, end, out var title, out int titleEnd);
        if (titled && titleEnd >= end) return false;
        // The words from here on are the name's, each capitalised; a title's words before them may be in lower case.
        int nameFrom = titled ? titleEnd : start;
        // Where the title starts: after capitalised words that say where the person belongs ("British Prime Minister
        // Tony Blair", "North Carolina Gov. Pat McCrory"), else at the phrase's start.
        int titleStart = start;
        GazetteerHit? known = null;
        DescriptionEntry? described = null;
        for (int i = start; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punct)
            {
                // Full stops ("Donald J. Trump") and hyphens ("Kilroy-Silk"), which the whole reader's runs of capitalised
                // words take alike.
                if (s[t.Start] is not ('.' or '-')) return false;
            }
            // A capital "S" ("U.S.") is no possessive's "s": the whole reader tests that one after an apostrophe, which
            // the short way does not take.
            else if (t.Kind != TokenKind.Word || (i >= nameFrom && !char.IsUpper(s[t.Start]))
                || PlainNameBreakers.Contains(s.AsSpan(t.Start, t.Length)) && !(t.Length == 1 && s[t.Start] == 'S'))
            {
                return false;
            }
            // Most tokens the screen ruled out of all three indexes, told by one test (CompiledKnowledge.NameStartMarks).
            if ((t.Marks & k.NameStartMarks) == TokenMarks.Screened) continue;
            if (i > start && i >= nameFrom && k.Titles.TryMatch(s, tokens, i, end, out var later, out int laterEnd))
            {
                // A title after capitalised words alone, the first title of the phrase, is the whole reader's title (it
                // takes the last one, and a second makes this false); the words before it are read for the affiliation.
                if (titled || laterEnd >= end) return false;
                titled = true;
                title = later;
                titleStart = i;
                titleEnd = laterEnd;
                nameFrom = laterEnd;
            }
            if (k.Gazetteer.TryMatch(s, tokens, i, end, out var hit, out int hitEnd) && hitEnd == end)
            {
                if (i > start) return false;
                known = hit;
            }
            // The first description to the end is the whole reader's, unless a title or a known name answers before it.
            if (described is null && k.Descriptions.TryMatch(s, tokens, i, end, out var d, out int dEnd) && dEnd == end) described = d;
        }
        if (known is not null)
        {
            // A person in the gazetteer goes on to the title and given-name tests of the whole reader.
            if (known.Entity.Kind == SpeakerKind.Person) return false;
            reading = KnownName(known);
            return true;
        }
        if (titled)
        {
            int n = titleEnd;
            while (tokens[n].Kind == TokenKind.Punct) n++;
            string? affiliation = titleStart > start
                ? MinistryOf(k, TokensText(s, tokens, titleStart, titleEnd), AffiliationIn(k, s, tokens, start, titleStart))
                : null;
            var personGender = title!.Gender != Gender.Unknown ? title.Gender : GivenNameGender(k, s, tokens, n, end);
            // For the name pass an honorific after other words says nothing of a person (ReadWholeName): a bare name,
            // with no affiliation the name pass's default (see below).
            bool bare = asNamePass && title.IsHonorific && titleStart > start && personGender == Gender.Unknown;
            if (bare && affiliation is null) return true;
            reading = new Analysis(bare ? Class.None : Class.Named, TokensText(s, tokens, n, end), SpeakerKind.Person, Title: title.IsHonorific ? null : TokensText(s, tokens, titleStart, titleEnd),
                Affiliation: affiliation, Gender: personGender);
            return true;
        }
        if (described is not null)
        {
            // "Labour Party", "Essex County Council": capitalised words alone, so not the body named before a lower-case
            // description ("Postimees newspaper") that the whole reader tells apart.
            reading = new Analysis(Class.Description, TokensText(s, tokens, start, end), described.Kind ?? SpeakerKind.Other, Description: described);
            return true;
        }
        var last = tokens[end - 1];
        if (OrganizationHeads.Contains(s.AsSpan(last.Start, last.Length)))
        {
            reading = new Analysis(Class.Named, TokensText(s, tokens, start, end), SpeakerKind.Organization);
            return true;
        }
        var gender = GivenNameGender(k, s, tokens, start, end);
        // For the name pass a person with neither title nor gender is a bare name, whose name the pass never reads (a
        // weak mention, linked by its text): the default reading, which the spelling memo answers as BareName, and no
        // string made (698 of 1,978 runs read here over 200 bulk articles).
        if (asNamePass && gender == Gender.Unknown) return true;
        reading = new Analysis(Class.Named, TokensText(s, tokens, start, end), SpeakerKind.Person, Gender: gender);
        return true;
    }

    /// <summary>
    /// The gender of the first word, as a given name, of the name <see cref="TokensText"/> makes of
    /// <c>tokens[start..end)</c>, when the name has two words or more; read from the tokens, without the name's string,
    /// unless the first gap between words is other than one space (then the string is made, as the name's words are).
    /// </summary>
    private static Gender GivenNameGender(CompiledKnowledge k, string s, List<Token> tokens, int start, int end)
    {
        var run = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[start..end];
        int j = 1;
        while (j < run.Length && run[j].Start == run[j - 1].End) j++;
        if (j == run.Length) return Gender.Unknown;
        int wordEnd = run[j - 1].End;
        if (run[j].Start - wordEnd != 1 || s[wordEnd] != ' ') return GivenNameGender(k, TokensText(s, tokens, start, end));
        return k.GivenNames.TryGetValue(s.AsSpan(run[0].Start, wordEnd - run[0].Start), out var gender) ? gender : Gender.Unknown;
    }

    /// <summary>The gender of a name's first word as a given name, when the name has two words or more.</summary>
    private static Gender GivenNameGender(CompiledKnowledge k, string name)
    {
        // A name is a few characters: a plain loop finds its space in fewer instructions than a vectorized search's call.
        int space = 0;
        while (space < name.Length && name[space] != ' ') space++;
        return space > 0 && space < name.Length && k.GivenNames.TryGetValue(name.AsSpan(0, space), out var gender) ? gender : Gender.Unknown;
    }

    /// <summary>
    /// Whether the name pass takes <paramref name="a"/> and <paramref name="b"/> alike, a bare person (of neither title,
    /// gender nor affiliation) being the default reading <see cref="TryReadPlainName"/> gives the name pass for one. For
    /// tests, which compare the short way's readings with the whole reader's.
    /// </summary>
    private static bool SameForNamePass(in Analysis a, in Analysis b) => AsKept(a) == AsKept(b);

    private static Analysis AsKept(in Analysis a) =>
        a.Class == Class.None && a.Kind == SpeakerKind.Person && a.Title is null && a.Affiliation is null && a.Gender == Gender.Unknown
        && a.KnowsNothing && a.Pronoun == PronounFit.Any ? default : a;

    /// <summary>
    /// Reads every capitalised run of <paramref name="ctx"/>'s blocks and every statement's speaker phrase (after layout
    /// and attribution) both ways, adds the text of each whose short reading differs from the whole reader's to
    /// <paramref name="disagreements"/> and returns how many took the short way. For tests: the short way must give
    /// what the whole reader gives.
    /// </summary>
    internal static int ComparePlainNameReadings(ParseContext ctx, List<string> disagreements)
    {
        var s = ctx.Source;
        int plain = 0;
        foreach (var (tokens, i, end) in CapitalisedRuns(ctx))
        {
            if (!TryReadPlainName(ctx, tokens, i, end, asNamePass: true, out var reading)) continue;
            plain++;
            if (!SameForNamePass(reading, ReadWholeName(ctx, tokens, i, end))) disagreements.Add(TokensText(s, tokens, i, end));
        }
        var phrase = new List<Token>();
        foreach (var draft in ctx.Statements)
        {
            if (draft.SpeakerSpan is not { } span) continue;
            phrase.Clear();
            TokenizeScreened(ctx, span, phrase);
            if (phrase.Count == 0 || !TryReadPlainName(ctx, phrase, 0, phrase.Count, asNamePass: false, out var reading)) continue;
            plain++;
            if (reading != Analyze(ctx, phrase, 0, phrase.Count)) disagreements.Add(TokensText(s, phrase, 0, phrase.Count));
        }
        return plain;
    }

    /// <summary>
    /// Reads every capitalised run of <paramref name="ctx"/>'s blocks (after layout and attribution) as the name pass
    /// reads it (<see cref="ReadName"/>) and as the name pass takes a speaker phrase's reading of the same words
    /// (<see cref="AsNameReading"/> of what <see cref="ReadPhrase"/> reads), adds the text of each whose two readings
    /// differ to <paramref name="disagreements"/> and returns how many runs were read. For tests: the name pass takes a
    /// run's reading from the memo of speaker phrases when it holds the run's text.
    /// </summary>
    internal static int CompareNameAndPhraseReadings(ParseContext ctx, List<string> disagreements)
    {
        var s = ctx.Source;
        int runs = 0;
        foreach (var (tokens, i, end) in CapitalisedRuns(ctx))
        {
            var said = TryReadPlainName(ctx, tokens, i, end, asNamePass: false, out var plain) ? plain : Analyze(ctx, tokens, i, end);
            runs++;
            if (!SameForNamePass(AsNameReading(ctx, said, tokens, i, end), ReadName(ctx, tokens, i, end))) disagreements.Add(TokensText(s, tokens, i, end));
        }
        return runs;
    }

    /// <summary>
    /// For the two comparisons above: each capitalised run of <paramref name="ctx"/>'s blocks, started as the name pass
    /// starts one (at a capitalised word, or at a title before one), with its block's tokens and its end.
    /// </summary>
    private static IEnumerable<(List<Token> Tokens, int Start, int End)> CapitalisedRuns(ParseContext ctx)
    {
        var s = ctx.Source;
        foreach (var block in ctx.Blocks)
        {
            var tokens = Tokenizer.Of(ctx, block);
            for (int i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind != TokenKind.Word) continue;
                if (!Chars.IsCapitalized(s, tokens[i])
                    && !(ctx.Knowledge.Titles.TryMatch(s, tokens, i, tokens.Count, out _, out int titleEnd) && titleEnd < tokens.Count && Chars.IsCapitalized(s, tokens[titleEnd])))
                {
                    continue;
                }
                yield return (tokens, i, RunEnd(s, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), i));
            }
        }
    }

    /// <summary>
    /// For every statement's speaker phrase of <paramref name="ctx"/> (after layout and attribution), compares the tokens
    /// <see cref="PhraseTokens"/> takes from the phrase's block with the phrase tokenized and screened apart, and the
    /// readings of both; adds each phrase that differs to <paramref name="disagreements"/> and returns how many phrases
    /// were taken from their block. For tests.
    /// </summary>
    internal static int ComparePhraseTokens(ParseContext ctx, List<string> disagreements)
    {
        int fromBlock = 0;
        var own = new List<Token>();
        var apart = new List<Token>();
        foreach (var draft in ctx.Statements)
        {
            if (draft.SpeakerSpan is not { } span) continue;
            var tokens = PhraseTokens(ctx, draft.Block, span, own, out int from, out int to);
            apart.Clear();
            TokenizeScreened(ctx, span, apart);
            if (ReferenceEquals(tokens, own)) continue;
            fromBlock++;
            var text = ctx.Source.Substring(span.Start, span.Length);
            if (!System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[from..to].SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(apart)))
            {
                disagreements.Add("tokens: " + text);
                continue;
            }
            var inBlock = to > from && TryReadPlainName(ctx, tokens, from, to, asNamePass: false, out var plain) ? plain : Analyze(ctx, tokens, from, to);
            var alone = apart.Count > 0 && TryReadPlainName(ctx, apart, 0, apart.Count, asNamePass: false, out var plainAlone) ? plainAlone : Analyze(ctx, apart, 0, apart.Count);
            if (inBlock != alone) disagreements.Add("reading: " + text);
        }
        return fromBlock;
    }
}
