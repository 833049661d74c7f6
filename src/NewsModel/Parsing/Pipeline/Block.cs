using NewsModel.Model;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Pipeline;

/// <summary>A run of source text the later stages read: the headline, the lead or one body paragraph.</summary>
internal sealed class Block(int start, int end, StatementLocation where, int paragraphIndex)
{
    public int Start { get; set; } = start;
    public int End { get; private set; } = end;
    public StatementLocation Where { get; private set; } = where;
    public int ParagraphIndex { get => _indexAndSpacing >> 1; private set => _indexAndSpacing = value << 1; }

    // ParagraphIndex (-1 or a paragraph's index, far below 2^30) above a bit for SimplySpaced: one field for both, so the
    // flag adds nothing to a block (a bool of its own made each 8 bytes larger: 0.75 MB more at the peak of 70,000 paragraphs).
    private int _indexAndSpacing = paragraphIndex << 1;

    /// <summary>Makes this block, which no parse reads any more, the run given, as a new block would be (<see cref="BlockPool"/>).</summary>
    internal void Reuse(int start, int end, StatementLocation where, int paragraphIndex)
    {
        Start = start;
        End = end;
        Where = where;
        ParagraphIndex = paragraphIndex;
        Tokens = null;
        SimplySpaced = false;
        CueMarked = default;
        TreatyMarked = default;
        NameMarked = default;
    }

    /// <summary>
    /// The block's tokens, made once by <see cref="Tokenizer.Of(ParseContext, Block)"/> and shared by the stages that read them.
    /// Read-only by convention.
    /// </summary>
    internal List<Token>? Tokens { get; set; }

    /// <summary>
    /// True when the tokenizer, making <see cref="Tokens"/>, found no whitespace in the block but single plain spaces:
    /// any text within it is then <see cref="Chars.IsSimplySpaced"/> without being read again. False until then.
    /// </summary>
    internal bool SimplySpaced
    {
        get => (_indexAndSpacing & 1) != 0;
        set => _indexAndSpacing = (_indexAndSpacing & ~1) | (value ? 1 : 0);
    }

    /// <summary>True when <c>[start, end)</c> lies within this block and the block is <see cref="SimplySpaced"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool IsSimplySpaced(int start, int end) => SimplySpaced && start >= Start && end <= End;

    /// <summary>Where this block's tokens marked <see cref="TokenMarks.MayOpenCue"/> are listed in <see cref="ParseContext.CueMarked"/>.</summary>
    internal (int Start, int Count) CueMarked { get; set; }

    /// <summary>Where this block's tokens marked <see cref="TokenMarks.MayStartTreaty"/> are listed in <see cref="ParseContext.TreatyMarked"/>.</summary>
    internal (int Start, int Count) TreatyMarked { get; set; }

    /// <summary>Where this block's tokens marked <see cref="TokenMarks.MayConcernNames"/> are listed in <see cref="ParseContext.NameMarked"/>.</summary>
    internal (int Start, int Count) NameMarked { get; set; }
}
