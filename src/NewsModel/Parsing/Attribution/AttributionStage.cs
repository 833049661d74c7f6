using NewsModel.Model;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

/// <summary>
/// The attribution stage: finds who said what in each block. For each speech cue outside quotes it tries, in order,
/// "according to X", the pre-posed "X said (that) …", the post-posed "…, X said" and the inverted "…, said X";
/// then quotes with no cue of their own continue the statement before them (split and follow-on quotes,
/// quotes running over several paragraphs). Headlines also read "CLAIM — SOURCE".
/// Reads the blocks the layout stage made (through <see cref="BlockText"/>: tokens, quotes, sentences); writes
/// <see cref="ParseContext.Statements"/>, each with the words naming its speaker, or the statement it inherits one from.
/// </summary>
internal static class AttributionStage
{
    public static void Run(ParseContext ctx)
    {
        Read(ctx, ctx.Scratch.Get<BlockText>(), ctx.Scratch.Get<CueCache>(), ctx.Scratch.Get<WalkMemos>());
        // The drafts stay until the model is built, through the speaker stage's peak: on a huge input their list
        // gives back the room its last doubling left (up to a pointer per draft), and the stage's end collects the old array.
        if (ctx.CollectsForLargeInput) ctx.Statements.TrimExcess();
    }

    private static void Read(ParseContext ctx, BlockText text, CueCache cueCache, WalkMemos walks)
    {
        StatementDraft? last = null;
        int lastBody = -10;
        StatementDraft? listHead = null;
        StatementDraft? pendingHeadline = null;
        TextSpan? listSpeaker = null;
        StatementDraft? followingText = null;
        TextSpan? followingSpeaker = null;
        // Whether the article is a transcript, counted when first asked: only a paragraph that opens with capitalised
        // words and a colon asks (7 of 200 bulk articles have one), and the count reads every paragraph.
        bool? transcript = null;
        // One reader for the parse: it reads whichever block the BlockText holds.
        var reader = new AttributionReader(ctx, text, cueCache, walks);
        var body = ctx.Body;
        for (int k = -2; k < body.Count; k++)
        {
            // The blocks in ParseContext.Blocks' order (headline, lead, body), walked by index: its iterator cost two
            // interface calls and a state machine's step a block.
            var block = k == -2 ? ctx.Headline : k == -1 ? ctx.Lead : body[k];
            if (block is null) continue;
            ctx.CheckMemory();
            text.Load(ctx, block);
            reader.Reset();
            if (block.Where == StatementLocation.Body && listSpeaker is not null)
            {
                // A "key statements" list: each paragraph after the heading is one statement of its speaker.
                var item = reader.ReadListItem(listHead, listSpeaker.Value);
                if (item is not null)
                {
                    listHead ??= item;
                    last = item;
                    lastBody = block.ParagraphIndex;
                }
                continue;
            }
            if (block.Where == StatementLocation.Body && followingSpeaker is not null)
            {
                // A text printed after its heading without quote marks ("issued the following statement:") runs on
                // until a paragraph that quotes.
                if (text.Quotes.Count == 0)
                {
                    followingText = reader.ReadFollowingText(followingText, followingSpeaker.Value);
                    last = followingText;
                    lastBody = block.ParagraphIndex;
                    continue;
                }
                followingSpeaker = null;
                followingText = null;
            }
            // The statement before may continue into this paragraph when its quote was left open.
            var carry = last is { OpenAtEnd: true } && text.Quotes.Count > 0 && text.Quotes[0].Open == text.Block.Start ? last : null;
            if (block.Where == StatementLocation.Body && block.ParagraphIndex - lastBody > 2) last = null;
            if (block.Where == StatementLocation.Body && carry is null && reader.MayReadSpeakerLabel()
                && (transcript ??= CountLabelled(ctx) >= MinLabelledParagraphs) && reader.ReadSpeakerLabel() is { } labelled)
            {
                // A transcript's "NAME: …" paragraph is one statement whatever it holds.
                last = labelled;
                lastBody = block.ParagraphIndex;
                continue;
            }
            // A source named after the dash ("Moscow regrets the move – ministry") is the headline's speaker, even when
            // a verb inside the claim could also read as a cue.
            if (block.Where == StatementLocation.Headline) reader.ReadHeadlineDash();
            // A block of no cue candidate and no quote reads nothing (858 of 3,025 blocks of 200 bulk articles): passed
            // without the call, as Read would pass it.
            if (!reader.Found && (text.CueCandidates.Count > 0 || text.Quotes.Count > 0)) reader.Read(ref last, carry);
            if (last is not null && (last.LastBlock ?? last.Block) == block) lastBody = block.ParagraphIndex;
            if (block.Where == StatementLocation.Headline && !reader.Found && reader.ReadHeadlineQuote() is { } quoted) pendingHeadline = quoted;
            else if (pendingHeadline is not null && ctx.Statements.Count > 1 && ctx.Statements[^1] != pendingHeadline)
            {
                // A quoted headline claim ("UK 'discriminated against Roma'") is the story's first speaker's.
                pendingHeadline.InheritFrom = ctx.Statements[ctx.Statements.IndexOf(pendingHeadline) + 1];
                pendingHeadline = null;
            }
            // A list heading's cue is one of the block's cue candidates: a block of none is passed without the call.
            // Both headings are ruled out by a first test before their calls: most paragraphs have no candidate after a
            // possessive, and do not end with a colon.
            if (block.Where == StatementLocation.Body && text.CueCandidates.Count > 0 && reader.MayHoldListHeading && reader.FindListHeading() is { } heading) listSpeaker = heading;
            else if (block.Where == StatementLocation.Body && !reader.Found && reader.MayIntroduceFollowingText && reader.FindFollowingTextHeading() is { } introduced) followingSpeaker = introduced;
        }
    }

    /// <summary>An article reads "NAME: …" paragraphs as a speaker's words only when it has at least this many (a transcript).</summary>
    private const int MinLabelledParagraphs = 2;

    private static int CountLabelled(ParseContext ctx)
    {
        int n = 0;
        foreach (var block in ctx.Body)
        {
            if (AttributionReader.LooksLabelled(ctx.Source, block) && ++n >= MinLabelledParagraphs) break;
        }
        return n;
    }
}
