using System.Globalization;
using NewsModel.Tests.Robustness;

namespace NewsModel.Benchmarks;

/// <summary>The arguments the hostile-shape commands share: <c>--size N</c> and a list of shapes of <see cref="HostileText"/>.</summary>
internal static class HostileArgs
{
    /// <summary>
    /// Reads <c>--size N</c> (default <paramref name="size"/> as given) and returns the other arguments in
    /// <paramref name="rest"/>; false, with a message on standard error, when N is not a positive whole number.
    /// </summary>
    public static bool TryReadSize(string command, string[] args, ref int size, out string[] rest)
    {
        int at = Array.IndexOf(args, "--size");
        rest = args.Where((a, i) => at < 0 || (i != at && i != at + 1)).ToArray();
        if (at < 0) return true;
        if (at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1)
        {
            size = n;
            return true;
        }
        Console.Error.WriteLine($"{command}: --size takes a positive whole number of characters");
        return false;
    }

    /// <summary>True when every one of <paramref name="shapes"/> is a hostile shape; otherwise says which is not, on standard error.</summary>
    public static bool AreShapes(string command, IEnumerable<string> shapes)
    {
        if (shapes.FirstOrDefault(s => !HostileText.Shapes.Contains(s)) is not { } unknown) return true;
        Console.Error.WriteLine($"{command}: no shape {unknown}; SHAPE: " + string.Join(", ", HostileText.Shapes));
        return false;
    }
}
