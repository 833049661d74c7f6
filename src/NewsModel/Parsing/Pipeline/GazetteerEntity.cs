using NewsModel.Model;

namespace NewsModel.Parsing.Pipeline;

/// <summary>What an entity name in the gazetteer stands for.</summary>
internal sealed record GazetteerEntity(string Name, SpeakerKind Kind, string? Country, EquatableArray<string> HeadNouns);
