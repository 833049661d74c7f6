using System.Globalization;
using System.Text;
using NewsModel.Tests.Robustness;

namespace NewsModel.Benchmarks;

/// <summary>
/// <c>write DIR [SHAPE ...] [--size N]</c>: writes each hostile shape of <see cref="HostileText"/> of N characters
/// (default 2,000,000) as a UTF-8 file <c>DIR/SHAPE.txt</c>, for measuring the tool on them
/// (<c>tests/hostile/tool-peak.sh</c>); then one line per file: its name, characters and bytes.
/// </summary>
internal static class HostileFiles
{
    public static int Run(string[] args)
    {
        int size = 2_000_000;
        if (!HostileArgs.TryReadSize("write", args, ref size, out var rest)) return 2;
        if (rest.Length == 0)
        {
            Console.Error.WriteLine("usage: write DIR [SHAPE ...] [--size N]; SHAPE: " + string.Join(", ", HostileText.Shapes));
            return 2;
        }
        string dir = rest[0];
        var shapes = rest.Length > 1 ? rest[1..] : HostileText.Shapes;
        if (!HostileArgs.AreShapes("write", shapes)) return 2;
        Directory.CreateDirectory(dir);
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt")).ReplaceLineEndings("\n");
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var shape in shapes)
        {
            var text = HostileText.Build(shape, size, seed);
            var path = Path.Combine(dir, shape + ".txt");
            File.WriteAllText(path, text, utf8);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape} {text.Length} {new FileInfo(path).Length}"));
        }
        return 0;
    }
}
