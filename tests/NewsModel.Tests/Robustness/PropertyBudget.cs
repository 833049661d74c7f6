namespace NewsModel.Tests.Robustness;

/// <summary>
/// How many cases each property test runs. The defaults keep <c>dotnet test</c> within seconds per property;
/// set NEWSMODEL_PROPERTY_SCALE (a whole number) to multiply them for a long run.
/// </summary>
internal static class PropertyBudget
{
    private static readonly int Scale =
        int.TryParse(Environment.GetEnvironmentVariable("NEWSMODEL_PROPERTY_SCALE"), out int s) && s > 0 ? s : 1;

    public static long Iter(long cases) => cases * Scale;
}
