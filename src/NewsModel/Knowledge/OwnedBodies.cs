namespace NewsModel.Knowledge;

/// <summary>
/// Heads of a body named after the person who owns it ("Hart's campaign", "the Hart campaign": the Hart campaign). The
/// attribution stage reads such a phrase whole as a subject; the speaker stage names the body after its owner.
/// </summary>
internal static class OwnedBodies
{
    /// <summary>The head nouns, in lower case.</summary>
    public static readonly string[] Heads = ["campaign", "office", "camp", "team", "staff"];
}
