namespace NewsModel.Parsing.Pipeline;

internal sealed record GazetteerHit(GazetteerEntity Entity, bool Generic, bool IsAdjective);
