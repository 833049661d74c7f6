namespace NewsModel.Knowledge;

/// <summary>
/// The words of the cues that hold their speaker: "according to X", "in X's words", "quoted X as saying", and the passive "was quoted by Y as saying". The
/// attribution stage compares tokens with these and nothing else; their first words are in the cue-word class and the
/// token screen's cue filter, which a test checks.
/// </summary>
internal static class CueAnchorWords
{
    public const string According = "according";
    public const string To = "to";
    public const string In = "in";
    public const string Words = "words";
    public const string Quoted = "quoted";
    public const string As = "as";
    public const string Saying = "saying";
    public const string By = "by";

    /// <summary>Nouns that name a quote after it as someone's words: "\"…,\" was the minister's answer".</summary>
    public static readonly string[] AnswerNouns = ["answer", "reply", "response", "retort"];

    /// <summary>The word of a heading that introduces a text printed after it ("issued the following statement:").</summary>
    public const string Following = "following";

    /// <summary>The first word of each anchored cue: a token that is none of these opens no anchored cue.</summary>
    public static readonly string[] FirstWords = [According, In, Quoted];
}
