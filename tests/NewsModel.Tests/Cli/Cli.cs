using System.Text;
using FluentAssertions;
using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

/// <summary>Runs the tool through its real entry point, <see cref="CommandLine.Run"/>, with in-memory streams.</summary>
internal static class Cli
{
    public static (int Code, string Out, string Err) Run(params string[] args) => RunWithInput("", args);

    public static (int Code, string Out, string Err) RunWithInput(string stdin, params string[] args) =>
        RunWithInput(Encoding.UTF8.GetBytes(stdin), args);

    public static (int Code, string Out, string Err) RunWithInput(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int code = CommandLine.Run(args, input, stdout, stderr);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    /// <summary>The lines of JSON Lines output, checking that every line ends with a line break.</summary>
    public static string[] Lines(string output)
    {
        if (output.Length == 0) return [];
        output.Should().EndWith("\n", "every line ends with a line break, the last one too");
        return output[..^1].Split('\n');
    }
}

/// <summary>A temporary folder for one test, removed after it.</summary>
public abstract class TempFolderTest : IDisposable
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory("newsmodel-cli-").FullName;

    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    protected string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    protected static string Article(int i) =>
        $"Minister {i} speaks\n\nMOSCOW, May {1 + (i % 28)}. /TASS/. \"We will sign treaty number {i},\" the minister said.\n";
}
