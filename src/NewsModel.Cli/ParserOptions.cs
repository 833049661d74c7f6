using System.CommandLine;
using System.Globalization;

namespace NewsModel.Cli;

/// <summary>The options that set up the parser, shared by the commands that parse text.</summary>
internal static class ParserOptions
{
    /// <summary><c>--reference-date YYYY-MM-DD</c>: the day articles are read against, for dates without a year.</summary>
    public static Option<DateOnly?> ReferenceDate(string description) => new("--reference-date")
    {
        HelpName = "YYYY-MM-DD",
        Description = description,
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            result.AddError($"--reference-date '{token}' is not a date of the form YYYY-MM-DD");
            return null;
        },
    };

    /// <summary><c>--body-only</c>: the text has no headline, dateline or time.</summary>
    public static Option<bool> BodyOnly() => new("--body-only") { Description = "Read the text as body paragraphs only: no headline, dateline or time." };
}
