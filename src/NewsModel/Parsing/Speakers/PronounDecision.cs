namespace NewsModel.Parsing.Speakers;

/// <summary>
/// One pronoun the speaker stage resolved, with every candidate it weighed and their features: what the training
/// tool reads to learn <see cref="PronounRanker"/>'s weights. The entities are the stage's own, complete once the stage has run.
/// </summary>
internal sealed record PronounDecision(Model.TextSpan Pronoun, IReadOnlyList<(SpeakerEntity Entity, bool[] Features)> Candidates, SpeakerEntity? Chosen);
