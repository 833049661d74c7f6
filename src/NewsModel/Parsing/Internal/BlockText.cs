namespace NewsModel.Parsing.Internal;

/// <summary>One block prepared for attribution: its tokens, which quote each token stands in, and its sentences.</summary>
internal sealed class BlockText
{
    private static readonly WordSet ClosedClass = new([
        "when", "while", "if", "as", "but", "and", "or", "although", "though", "because", "since", "after", "before", "in", "on",
        "at", "for", "with", "by", "from", "to", "that", "this", "these", "those", "there", "here", "even", "only", "also",
        "however", "meanwhile", "moreover", "yet", "so", "then", "now", "still", "asked", "speaking", "addressing", "according",
        "during", "under", "over", "about", "into", "what", "which", "who", "whom", "whose", "where", "why", "how", "not", "no",
        "instead", "thus", "therefore", "besides", "furthermore", "nevertheless", "once", "until", "unless", "whether", "be",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "do", "does", "did", "said", "says", "told", "it's", "its", "all", "some", "many", "most", "both", "each", "any",
        "other", "such", "than", "too", "very", "just", "like", "up", "out", "off", "down", "against", "between", "among",
        "through", "without", "within", "upon", "toward", "towards", "across", "behind", "below", "above", "near", "via",
        "i", "me", "my", "you", "your", "us", "them", "him", "her", "his", "their", "our",]);

    private static readonly WordSet Pronouns = new([ "he", "she", "they", "it", "we", "i"]);

    public BlockText(ParseContext ctx, Block block)
    {
        Source = ctx.Source;
        Block = block;
        Quotes = QuoteScanner.Scan(ctx, block);
        Tokens = Tokenizer.Of(Source, block);
        QuoteOf = new int[Tokens.Count];
        int q = 0;
        for (int i = 0; i < Tokens.Count; i++)
        {
            int pos = Tokens[i].Start;
            while (q < Quotes.Count && Quotes[q].End <= pos) q++;
            QuoteOf[i] = q < Quotes.Count && pos >= Quotes[q].Open && pos < Quotes[q].End ? q : -1;
        }
        _sentenceStart = new bool[Tokens.Count + 1];
        foreach (var (start, end) in SentenceSplitter.Split(Source, block, Quotes))
        {
            int ts = FirstTokenAt(start), te = FirstTokenAt(end);
            if (te > ts)
            {
                Sentences.Add((ts, te));
                _sentenceStart[ts] = true;
            }
        }
    }

    private readonly bool[] _sentenceStart;

    /// <summary>True when token <paramref name="i"/> opens a sentence.</summary>
    public bool StartsSentence(int i) => _sentenceStart[i];

    public string Source { get; }
    public Block Block { get; }
    public List<Quote> Quotes { get; }
    public List<Token> Tokens { get; }
    /// <summary>For each token, the index of the top-level quote it stands in (marks included), or -1.</summary>
    public int[] QuoteOf { get; }
    /// <summary>Sentences as token ranges [start, end).</summary>
    public List<(int Start, int End)> Sentences { get; } = [];

    public ReadOnlySpan<char> Word(int i) => Source.AsSpan(Tokens[i].Start, Tokens[i].Length);

    public bool Is(int i, string word) => Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(int i, char c) => Tokens[i].Kind == TokenKind.Punct && Source[Tokens[i].Start] == c;

    public bool IsComma(int i) => IsPunct(i, ',');

    public bool IsWord(int i) => Tokens[i].Kind == TokenKind.Word;

    public bool InQuote(int i) => QuoteOf[i] >= 0;

    public bool IsCapitalized(int i) => Text.IsCapitalized(Source, Tokens[i]);

    public bool IsClosedClass(int i) => ClosedClass.Contains(Word(i));

    public bool IsPronoun(int i) => IsWord(i) && Pronouns.Contains(Word(i));

    /// <summary>True when token <paramref name="i"/> is the closing mark of a quote.</summary>
    public bool IsQuoteClose(int i) => QuoteOf[i] >= 0 && Quotes[QuoteOf[i]].Closed && Tokens[i].Start == Quotes[QuoteOf[i]].Close;

    /// <summary>
    /// The index of the first quote opening at or after source offset <paramref name="pos"/>. The scanner keeps
    /// only outermost quotes, in order, so the quotes opening in a range are the ones from here on.
    /// </summary>
    public int FirstQuoteAt(int pos)
    {
        int lo = 0, hi = Quotes.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Quotes[mid].Open < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the first token at or after source offset <paramref name="pos"/>.</summary>
    public int FirstTokenAt(int pos)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
