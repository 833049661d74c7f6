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
    /// <summary>
    /// 1 + the entity's <see cref="SpeakerEntity.Order"/>, its place in the parse's <see cref="EntityIndex.All"/>, once
    /// linked; 0 for none (<c>TextMentions.EntityOf</c>). A number rather than a reference: the struct holds none, so
    /// adding a mention to its list and linking it are plain stores, where a reference took the runtime's write-barrier
    /// helper for each (11,300 adds and 6,300 links over the 200 bulk articles).
    /// </summary>
    public int EntityNumber;

    /// <summary>
    /// The <see cref="EntityNumber"/> of <paramref name="entity"/>, an entity of the parse's index: each is made with
    /// its <see cref="SpeakerEntity.Order"/> the count of entities before it (<c>SpeakerStage.Create</c>).
    /// </summary>
    public static int NumberOf(SpeakerEntity? entity) => entity is null ? 0 : entity.Order + 1;
}
