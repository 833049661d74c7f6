namespace NewsModel.Parsing.Speakers;

/// <summary>How a name stands in its sentence.</summary>
[Flags]
internal enum MentionRole : byte
{
    None = 0,
    /// <summary>The first name of its sentence outside quotes, with no preposition before it: most likely the subject.</summary>
    Subject = 1,
    /// <summary>Inside quotation marks: someone else's words.</summary>
    InQuote = 2,
    /// <summary>Written with "'s": the owner of something, not the doer.</summary>
    Possessive = 4,
}

/// <summary>A name found anywhere in the text, with the entity it stands for once linked.</summary>
internal struct TextMention
{
    public int Start;
    public int End;
    /// <summary>The sentence it stands in, counted over the whole article.</summary>
    public int Sentence;
    public MentionRole Role;
    /// <summary>
    /// 1 + the entry of the mention's spelling in the name pass's table of spellings, 0 when it has none (a table holds
    /// at most 4,096). Beside the one-byte role it takes no room the struct did not have.
    /// </summary>
    public ushort Spelling;
    public SpeakerEntity? Entity;
}
