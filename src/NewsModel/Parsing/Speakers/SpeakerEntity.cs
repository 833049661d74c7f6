using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Speakers;

/// <summary>One person, body or country the article names, as the speaker stage builds it up.</summary>
/// <remarks>
/// Made over from one parse to the next by the thread's <see cref="EntityIndex"/> (<see cref="Reuse"/>): nothing
/// outside the speaker stage holds an entity once the stage is done (the model's speakers copy what they keep).
/// </remarks>
internal sealed class SpeakerEntity
{
    private string _name = "";
    private SpeakerKind _kind;
    private bool _guessed;

    /// <summary>
    /// The index the entity was entered in, told of every change of <see cref="Name"/>, <see cref="Kind"/> or
    /// <see cref="Guessed"/>: what a lookup by name answers depends on them (<see cref="EntityIndex.Changes"/>).
    /// </summary>
    public EntityIndex? Owner { get; set; }

    public string Name
    {
        get => _name;
        set
        {
            if (ReferenceEquals(_name, value)) return;
            _name = value;
            Owner?.NoteChange();
        }
    }

    public SpeakerKind Kind
    {
        get => _kind;
        set
        {
            if (_kind == value) return;
            _kind = value;
            Owner?.NoteChange();
        }
    }

    /// <summary>A bare capitalised name taken for a person for want of anything better ("Pravda", "Liberty").</summary>
    public bool Guessed
    {
        get => _guessed;
        set
        {
            if (_guessed == value) return;
            _guessed = value;
            Owner?.NoteChange();
        }
    }
    public string? Title { get; set; }
    public string? Affiliation { get; set; }
    public GazetteerEntity? Gazetteer { get; set; }
    // The aliases, in the order they were added, in the first _aliasCount places of an array made on the first alias
    // (most entities never get one) and doubled as it fills: a speaker's one or two fill theirs, which the model then
    // owns (AliasArray), where a list's array was copied into one of their count (a list, its array and the copy
    // were three allocations for one alias).
    private string[]? _aliases;
    private int _aliasCount;

    /// <summary>The aliases, in the order they were added.</summary>
    public ReadOnlySpan<string> Aliases => new(_aliases, 0, _aliasCount);

    /// <summary>
    /// The aliases as an array of their count that the model may own, or null when there are none: the entity's own
    /// when full (no alias is added to it after), else a copy.
    /// </summary>
    public string[]? AliasArray() =>
        _aliasCount == 0 ? null : _aliasCount == _aliases!.Length ? _aliases : _aliases.AsSpan(0, _aliasCount).ToArray();
    /// <summary>Filled once every statement is resolved, in an array of the final size.</summary>
    public Mention[]? Mentions { get; set; }
    public int MentionCount { get; set; }
    public int LastUse { get; set; } = -1;
    public int FirstPosition { get; set; } = int.MaxValue;
    /// <summary>Its place in the order entities were made: the tie-break when two are first mentioned at one place.</summary>
    public int Order { get; set; }
    public string Id { get; set; } = "";
    /// <summary>Made for a statement's speaker phrase, not for a name met in the text: only these match a surname misspelt by a letter.</summary>
    public bool Spoke { get; set; }

    /// <summary>
    /// The text of the last mention the stage gave it as an alias while making its mentions: a mention written as the
    /// one before it shares that string (<see cref="Text.Chars.Collapse(ReadOnlySpan{char}, string?)"/>) and adds nothing.
    /// </summary>
    public string? LastMentionAlias { get; set; }

    /// <summary>
    /// The number of the last antecedent search of its parse that found it unfit (<c>SpeakerStage.Nearest</c>), 0 for
    /// none: a search asks each entity once, however many statements it speaks.
    /// </summary>
    public int Unfit { get; set; }

    /// <summary>The gender its given name or title signals; <see cref="Gender.Unknown"/> when they signal none.</summary>
    public Gender NamedGender { get; set; }
    /// <summary>How often "he" and "she" stood for it where nothing else could be meant.</summary>
    public int MaleVotes { get; set; }
    public int FemaleVotes { get; set; }
    /// <summary>How many times the whole text names it.</summary>
    public int TextMentions { get; set; }
    /// <summary>Role nouns the text gives it ("Reyes, the mayor"; "campaign manager Jeff Weaver"), lower case.</summary>
    public List<string>? Roles { get; set; }

    /// <summary>The gender it is known by: the name's or title's, else the pronouns' when they agree.</summary>
    /// <remarks>Inlined: a pronoun's search asks it of each name near the pronoun, twice (4,426 calls over the 200 bulk articles).</remarks>
    public Gender Gender
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get =>
        NamedGender != Gender.Unknown ? NamedGender
        : MaleVotes > 0 && FemaleVotes == 0 ? Gender.Male
        : FemaleVotes > 0 && MaleVotes == 0 ? Gender.Female
        : Gender.Unknown;
    }

    /// <summary>Makes this entity, which no parse reads any more, as a new one is: outside every index, nothing set.</summary>
    internal void Reuse()
    {
        Owner = null;
        _name = "";
        _kind = default;
        _guessed = false;
        Title = null;
        Affiliation = null;
        Gazetteer = null;
        _aliases = null;
        _aliasCount = 0;
        Mentions = null;
        MentionCount = 0;
        LastUse = -1;
        FirstPosition = int.MaxValue;
        Order = 0;
        Id = "";
        Spoke = false;
        NamedGender = Gender.Unknown;
        MaleVotes = 0;
        FemaleVotes = 0;
        TextMentions = 0;
        Roles = null;
        LastMentionAlias = null;
        Unfit = 0;
        _aliasSet = null;
    }

    /// <summary>Aliases, ignoring case, once there are more than <see cref="AliasesScanned"/>; null before.</summary>
    private HashSet<string>? _aliasSet;

    /// <summary>Up to this many aliases are compared one by one; more go in a set, so that an entity named many ways costs no more per alias.</summary>
    private const int AliasesScanned = 8;

    /// <summary>Adds <paramref name="alias"/> unless it is the name or an alias already (ignoring case); returns the aliases compared, for the parse's count of work.</summary>
    public int AddAlias(string alias)
    {
        if (string.Equals(alias, Name, StringComparison.OrdinalIgnoreCase)) return 1;
        if (_aliasSet is not null)
        {
            if (_aliasSet.Add(alias)) Append(alias);
            return 2;
        }
        foreach (var a in Aliases)
        {
            if (string.Equals(a, alias, StringComparison.OrdinalIgnoreCase)) return 1 + _aliasCount;
        }
        Append(alias);
        if (_aliasCount > AliasesScanned)
        {
            _aliasSet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var a in Aliases) _aliasSet.Add(a);
        }
        return 1 + _aliasCount;
    }

    private void Append(string alias)
    {
        if (_aliases is null) _aliases = new string[1];
        else if (_aliasCount == _aliases.Length)
        {
            // A few aliases copied in a loop: Array.Resize's shared generic code cost about 230 instructions a call.
            var doubled = new string[2 * _aliasCount];
            for (int i = 0; i < _aliasCount; i++) doubled[i] = _aliases[i];
            _aliases = doubled;
        }
        _aliases[_aliasCount++] = alias;
    }

    public void AddRole(string role)
    {
        Roles ??= [];
        if (Roles.Count < 8 && !Roles.Contains(role)) Roles.Add(role);
    }

    /// <summary>True when the text gives it the role <paramref name="noun"/> (ignoring case).</summary>
    /// <remarks>
    /// Inlined up to the list's walk: a description's search asks it of entity after entity, and most have no role
    /// (2,900 calls over the 200 bulk articles).
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool HasRole(string noun) => Roles is { } roles && AnyIs(roles, noun);

    private static bool AnyIs(List<string> roles, string noun)
    {
        foreach (var r in roles)
        {
            if (r.Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
