using System.Globalization;

namespace NewsModel.Parsing.Pipeline;

/// <summary>
/// The ids the model numbers its items by ("st1", "sp2"). The first ones are made once and shared by every article:
/// each article built them afresh before, a string to format and another to concatenate per item.
/// </summary>
internal static class ItemIds
{
    private const int Cached = 128;

    private static readonly string[] Statements = Make("st");
    private static readonly string[] Speakers = Make("sp");

    /// <summary>"st" and <paramref name="n"/> (1-based).</summary>
    public static string Statement(int n) => n <= Cached ? Statements[n - 1] : Format("st", n);

    /// <summary>"sp" and <paramref name="n"/> (1-based).</summary>
    public static string Speaker(int n) => n <= Cached ? Speakers[n - 1] : Format("sp", n);

    private static string[] Make(string prefix)
    {
        var ids = new string[Cached];
        for (int i = 0; i < ids.Length; i++) ids[i] = Format(prefix, i + 1);
        return ids;
    }

    private static string Format(string prefix, int n) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{n}");
}
