using System.Runtime.CompilerServices;
using FluentAssertions;
using NewsModel.Parsing;
using PublicApiGenerator;

namespace NewsModel.Tests.PublicApi;

/// <summary>
/// The package's public API, snapshotted so that every change to it shows in review as a change to the
/// approved file beside this test.
/// </summary>
public sealed class PublicApiTests
{
    private const string ApprovedName = "NewsModel.approved.txt";

    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        var api = Normalize(typeof(ArticleParser).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // What the SDK stamps on every build and which assemblies see internals say nothing about the public API.
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        }));
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi", ApprovedName);
        File.Exists(approvedPath).Should().BeTrue("the approved API file {0} is committed beside this test", ApprovedName);
        var approved = Normalize(File.ReadAllText(approvedPath));
        if (api != approved) WriteReceived(api);
        api.Should().Be(approved, "a change to the public API must be approved: compare {0} with the .received.txt written beside it", ApprovedName);
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd() + "\n";

    /// <summary>Writes the API as generated beside the approved file (ignored by git), so the change can be reviewed and accepted by renaming.</summary>
    private static void WriteReceived(string api, [CallerFilePath] string sourceFile = "")
    {
        var dir = Path.GetDirectoryName(sourceFile);
        if (dir is null || !Directory.Exists(dir)) dir = Path.Combine(AppContext.BaseDirectory, "PublicApi");
        File.WriteAllText(Path.Combine(dir, "NewsModel.received.txt"), api);
    }
}
