namespace NewsModel.Parsing.Speakers;

/// <summary>
/// An entity found for a spelling of a name and kept beside its reading, so that the name's next mention need not look
/// it up again. Kept under the index's <see cref="EntityIndex.Changes"/>: once any entity of the index is renamed,
/// retyped or no longer guessed, a lookup by name may find another entity, and the kept one is dropped.
/// </summary>
internal readonly struct KeptEntity
{
    /// <summary>The stamp of an answer that no later change can alter (a link made once every entity is final).</summary>
    private const long Settled = long.MinValue;

    private readonly SpeakerEntity? _entity;
    private readonly long _stamp;
    // For an entity found by another form of its name, 1 + how many entities the index held: -1 for one found by name.
    private readonly int _made;

    private KeptEntity(SpeakerEntity? entity, long stamp, int made = -1)
    {
        _entity = entity;
        _stamp = stamp;
        _made = made;
    }

    /// <summary>Keeps <paramref name="entity"/>, found by name in <paramref name="index"/> as it is now.</summary>
    public static KeptEntity Found(SpeakerEntity entity, EntityIndex index) => new(entity, index.Changes);

    /// <summary>
    /// Keeps <paramref name="entity"/>, found by another form of the name (a surname for a fuller name) in
    /// <paramref name="index"/> as it is now, changing nothing: asked again, the lookup finds it again unless an entity
    /// changed or one was made since (one made under the name itself would answer first), so it holds while neither happens.
    /// </summary>
    public static KeptEntity FoundAmong(SpeakerEntity entity, EntityIndex index) => new(entity, index.Changes, index.All.Count + 1);

    /// <summary>Keeps an answer (an entity or none) made when no entity changes any more.</summary>
    public static KeptEntity Final(SpeakerEntity? entity) => new(entity, Settled);

    /// <summary>The entity kept by <see cref="Found"/>, when no entity of <paramref name="index"/> changed since.</summary>
    public bool TryGet(EntityIndex index, out SpeakerEntity entity)
    {
        entity = _entity!;
        return _entity is not null && _stamp == index.Changes && (_made < 0 || _made == index.All.Count + 1);
    }

    /// <summary>True for an answer kept by <see cref="Final"/>.</summary>
    public bool IsFinal => _stamp == Settled;

    /// <summary>The answer kept by <see cref="Final"/>.</summary>
    public SpeakerEntity? FinalEntity => _entity;
}
