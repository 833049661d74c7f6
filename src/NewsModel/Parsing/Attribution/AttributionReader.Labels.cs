using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    /// <summary>The most tokens a speaker label before a colon may have ("Sen. Ana Ruiz:", "BOULDUAN:").</summary>
    private const int MaxLabelTokens = 6;

    /// <summary>The fewest words a labelled paragraph says ("Donald Trump: 1,501" is a table row, not a statement).</summary>
    private const int MinLabelledWords = 4;

    /// <summary>How far into a paragraph the colon of a speaker label may stand, in characters.</summary>
    private const int MaxLabelChars = 40;

    /// <summary>
    /// True when the paragraph <paramref name="block"/> looks labelled at a glance (capitalised words and a colon
    /// near its start): a transcript has many such paragraphs, and one alone is more often a site's or section's name.
    /// </summary>
    public static bool LooksLabelled(string s, Block block)
    {
        int stop = Math.Min(block.End - 1, block.Start + MaxLabelChars);
        if (block.Start >= stop || !Chars.IsUpper(s[block.Start])) return false;
        for (int i = block.Start + 1; i < stop; i++)
        {
            char c = s[i];
            // Most characters are the letters of the words, which no test below turns away.
            if (char.IsAsciiLetter(c)) continue;
            if (c == ':') return Chars.IsSpace(s[i + 1]);
            if (!(char.IsLetter(c) || c is ' ' or '.' or '-' || Chars.IsApostrophe(c))) return false;
            // Every word of a name is capitalised: "He said:" is no label.
            if (c == ' ' && !Chars.IsUpper(s[i + 1])) return false;
        }
        return false;
    }

    private int WordsIn(int start, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int words = 0;
        for (int i = start; i < end; i++)
        {
            if (IsWord(tokens[i])) words++;
        }
        return words;
    }

    /// <summary>
    /// False when <see cref="ReadSpeakerLabel"/> surely reads no label: no colon among the paragraph's first tokens, or a
    /// word before the first one that is not capitalised ("He said: …").
    /// </summary>
    /// <remarks>
    /// Its first two tokens inline: asked of every paragraph (2,822 of 200 bulk articles), most of which a lower-case
    /// first or second word rules out, where the call cost about as much as the tests (about 88 instructions an ask).
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayReadSpeakerLabel()
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        // A colon first opens no label: only the words of the first token on are read below.
        if (tokens.Length < 2) return false;
        if (tokens[0].Kind == TokenKind.Word && !Chars.IsUpper(_s[tokens[0].Start])) return false;
        if (tokens[1].Kind == TokenKind.Word && !Chars.IsUpper(_s[tokens[1].Start])) return false;
        return MayReadSpeakerLabelFrom(tokens);
    }

    /// <summary><see cref="MayReadSpeakerLabel"/> past a first token that is no lower-case word and a second that is none either.</summary>
    private bool MayReadSpeakerLabelFrom(ReadOnlySpan<Token> tokens)
    {
        // Each token read once, from the span: a colon after the first, or a lower-case word before it, ends the walk.
        int stop = Math.Min(tokens.Length, MaxLabelTokens + 1);
        for (int i = 1; i < stop; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind == TokenKind.Word)
            {
                // A word: its first character read at once (Chars.IsCapitalized takes a copy of the token and tests its kind again).
                if (!Chars.IsUpper(_s[token.Start])) return false;
            }
            else if (token.Kind == TokenKind.Punct && _s[token.Start] == ':')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A paragraph of a transcript or interview that opens with its speaker's name and a colon ("RUIZ: We will
    /// not …", "Ana Ruiz: We will not …"): the whole paragraph after the colon is one statement of that speaker.
    /// A single letter ("Q:") or a label word ("Update:", "Note:") is no speaker.
    /// </summary>
    public StatementDraft? ReadSpeakerLabel()
    {
        var quoteOf = t.QuoteOf;
        var tokens = t.Tokens;
        int colon = -1;
        for (int i = 1; i < tokens.Count && i <= MaxLabelTokens; i++)
        {
            if ((quoteOf[i] >= 0)) return null;
            if (IsPunct(tokens[i], ':'))
            {
                colon = i;
                break;
            }
        }
        if (colon < 0 || !IsLabelName(0, colon) || WordsIn(colon + 1, tokens.Count) < MinLabelledWords) return null;
        // "Iowa: Ana Ruiz, Tom Reyes, Lena Hart": a heading over a roster of names says nothing.
        if (IsNameRoster(colon + 1, tokens.Count)) return null;
        // "Name: text" stands at the paragraph's start, with a space after the colon (not "10:30").
        if (!Chars.IsSpace(_s[tokens[colon].End])) return null;
        var draft = new StatementDraft { Block = t.Block, Cue = TextSpan.FromBounds(tokens[colon].Start, tokens[colon].End), CueText = ":" };
        draft.SpeakerSpan = SpanOf(0, colon);
        if (!SetContent(draft, colon + 1, tokens.Count)) return null;
        Add(draft);
        return draft;
    }

    /// <summary>
    /// A quote introduced by a name and a colon inside a sentence ("… surprised pollster Daron Shaw: \"…\"",
    /// "Clinton: \"…\""): the quote is a statement of the name. A description with no name ("the laugh line:") or a
    /// label word ("Update:") introduces no speaker.
    /// </summary>
    private StatementDraft? ColonQuote(int ss, int se)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var quoteOf = t.QuoteOf;
        // A headline's "NAME: CLAIM" is read whole by the headline reader, quote marks and all.
        if (t.Block.Where == StatementLocation.Headline || se - ss < 3) return null;
        // The quote must open inside the sentence, after its colon: most sentences have none, ruled out by one search
        // of the block's quotes (fewer instructions than the search for a colon below).
        int from = tokens[ss].Start, to = tokens[se - 1].End;
        int q = t.FirstQuoteAt(from);
        if (q == t.Quotes.Count || t.Quotes[q].Open >= to) return null;
        // Most sentences have no colon: one search of their characters rules them out before a walk over their tokens.
        if (!_s.AsSpan(from, to - from).Contains(':')) return null;
        for (int c = ss + 1; c + 1 < se; c++)
        {
            if ((quoteOf[c] >= 0) || !IsPunct(tokens[c], ':')) continue;
            if (!(quoteOf[c + 1] >= 0) || tokens[c + 1].Start != t.Quotes[t.QuoteOf[c + 1]].Open) return null;
            int np = BackwardNounPhrase(c, ss, out int npEnd);
            if (npEnd != c || np >= npEnd || !IsSpeakerLike(np, npEnd) || !IsNameLike(np, npEnd) || t.IsPronoun(np)
                || IsWord(tokens[npEnd - 1]) && t.IsIn(npEnd - 1, WordClass.NotSpeakerLabel)) return null;
            int end = QuoteRunEnd(c + 1, se);
            var draft = new StatementDraft { Block = t.Block, Cue = TextSpan.FromBounds(tokens[c].Start, tokens[c].End), CueText = ":" };
            draft.SpeakerSpan = SpanOf(np, npEnd);
            return SetContent(draft, c + 1, end) ? draft : null;
        }
        return null;
    }

    /// <summary>The fewest comma-separated names that make a roster rather than a sentence.</summary>
    private const int MinRosterNames = 3;

    /// <summary>
    /// True when [start, end) is only a list of names separated by commas ("Ana Ruiz, Tom Reyes and Lena Hart."):
    /// every word capitalised but the "and" before the last.
    /// </summary>
    private bool IsNameRoster(int start, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        int names = 0;
        bool inName = false;
        for (int i = start; i < end; i++)
        {
            if (IsWord(tokens[i]))
            {
                if (Spells(tokens[i], "and")) { inName = false; continue; }
                if (!IsCapitalized(tokens[i])) return false;
                if (!inName) names++;
                inName = true;
            }
            else if (IsComma(tokens[i]))
            {
                inName = false;
            }
            else if (!IsPunct(tokens[i], '.') && !Chars.IsApostrophe(_s[tokens[i].Start]) && !Chars.IsHyphen(_s[tokens[i].Start]))
            {
                return false;
            }
        }
        return names >= MinRosterNames;
    }

    /// <summary>True for a name as a label: every word capitalised, not a label word, and more than a single letter.</summary>
    private bool IsLabelName(int start, int end)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        if (end - start == 1 && tokens[start].Length < 2) return false;
        for (int i = start; i < end; i++)
        {
            if (IsWord(tokens[i]))
            {
                if (!IsCapitalized(tokens[i]) || t.IsClosedClass(i) || t.IsIn(i, WordClass.NotSpeakerLabel)) return false;
            }
            else if (!(IsPunct(tokens[i], '.') && i > start) && !(Chars.IsApostrophe(_s[tokens[i].Start]) && i > start))
            {
                return false;
            }
        }
        return true;
    }
}
