using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>The enum values as the canonical JSON writes them (camelCase), both ways.</summary>
internal static class JsonNames
{
    public static string Of(StatementKind v) => v switch { StatementKind.Direct => "direct", StatementKind.Indirect => "indirect", _ => "mixed" };
    public static string Of(StatementLocation v) => v switch { StatementLocation.Headline => "headline", StatementLocation.Lead => "lead", _ => "body" };
    public static string Of(SpeakerKind v) => v switch { SpeakerKind.Person => "person", SpeakerKind.Organization => "organization", SpeakerKind.Country => "country", _ => "other" };
    public static string Of(TreatyKind v) => v == TreatyKind.Treaty ? "treaty" : "politicalAgreement";
    public static string Of(TimePrecision v) => v switch { TimePrecision.Date => "date", TimePrecision.Minute => "minute", _ => "second" };
    public static string Of(YearSource v) => v == YearSource.Written ? "written" : "referenceDate";
    public static string Of(DiagnosticSeverity v) => v switch { DiagnosticSeverity.Info => "info", DiagnosticSeverity.Warning => "warning", _ => "error" };
    public static string Of(RemovalReason v) => v switch
    {
        RemovalReason.ReadMore => "readMore",
        RemovalReason.Caption => "caption",
        RemovalReason.Credits => "credits",
        RemovalReason.SignOff => "signOff",
        RemovalReason.Navigation => "navigation",
        RemovalReason.Byline => "byline",
        RemovalReason.RepeatedHeadline => "repeatedHeadline",
        _ => "notice",
    };

    public static bool TryParse(string s, out StatementKind v) => TryMap(s, out v, ("direct", StatementKind.Direct), ("indirect", StatementKind.Indirect), ("mixed", StatementKind.Mixed));
    public static bool TryParse(string s, out StatementLocation v) => TryMap(s, out v, ("headline", StatementLocation.Headline), ("lead", StatementLocation.Lead), ("body", StatementLocation.Body));
    public static bool TryParse(string s, out SpeakerKind v) => TryMap(s, out v, ("person", SpeakerKind.Person), ("organization", SpeakerKind.Organization), ("country", SpeakerKind.Country), ("other", SpeakerKind.Other));
    public static bool TryParse(string s, out TreatyKind v) => TryMap(s, out v, ("treaty", TreatyKind.Treaty), ("politicalAgreement", TreatyKind.PoliticalAgreement));
    public static bool TryParse(string s, out TimePrecision v) => TryMap(s, out v, ("date", TimePrecision.Date), ("minute", TimePrecision.Minute), ("second", TimePrecision.Second));
    public static bool TryParse(string s, out YearSource v) => TryMap(s, out v, ("written", YearSource.Written), ("referenceDate", YearSource.ReferenceDate));
    public static bool TryParse(string s, out DiagnosticSeverity v) => TryMap(s, out v, ("info", DiagnosticSeverity.Info), ("warning", DiagnosticSeverity.Warning), ("error", DiagnosticSeverity.Error));
    public static bool TryParse(string s, out RemovalReason v) => TryMap(s, out v, ("readMore", RemovalReason.ReadMore), ("caption", RemovalReason.Caption), ("credits", RemovalReason.Credits), ("signOff", RemovalReason.SignOff), ("notice", RemovalReason.Notice),
        ("navigation", RemovalReason.Navigation), ("byline", RemovalReason.Byline), ("repeatedHeadline", RemovalReason.RepeatedHeadline));

    private static bool TryMap<T>(string s, out T value, params ReadOnlySpan<(string Name, T Value)> map)
    {
        foreach (var (name, v) in map)
        {
            if (string.Equals(name, s, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }
        value = default!;
        return false;
    }
}
