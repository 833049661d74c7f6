using FluentAssertions;
using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

/// <summary>
/// The folder walk marks a file regular (read without asking its kind again) only where the folder's listing gave
/// every entry as a regular file or a folder; a folder holding anything else is listed as .NET lists it, and none of
/// its files is marked.
/// </summary>
public sealed class InputsTests : TempFolderTest
{
    [Fact]
    public void Files_of_a_plain_folder_are_marked_regular_and_a_folder_with_a_link_is_listed_as_before()
    {
        Write("b.txt", Article(1));
        Write("a.txt", Article(2));
        Write("plain/c.txt", Article(3));
        Write("plain/deeper/d.txt", Article(4));
        Write("mixed/e.txt", Article(5));
        File.CreateSymbolicLink(Path.Combine(Dir, "mixed", "f.txt"), Path.Combine(Dir, "a.txt"));
        Directory.CreateSymbolicLink(Path.Combine(Dir, "mixed", "loop"), ".");

        var items = Inputs.Expand([Dir], "*").Select(i => (i.Source, i.Regular, i.Skip)).ToList();

        bool unix = !OperatingSystem.IsWindows();
        items.Should().Equal(
            ("a.txt", unix, null),
            ("b.txt", unix, null),
            ("mixed/e.txt", false, null),
            ("mixed/f.txt", false, null),
            ("mixed/loop", false, "a symbolic link to a folder: not followed"),
            ("plain/c.txt", unix, null),
            ("plain/deeper/d.txt", unix, null));
    }

    [Fact]
    public void A_file_given_by_name_is_not_marked_regular()
    {
        var path = Write("a.txt", Article(1));
        Inputs.Expand([path], "*").Should().ContainSingle().Which.Regular.Should().BeFalse();
    }

    [Fact]
    public void A_plain_folder_and_its_listing_through_dotnet_give_the_same_names_in_the_same_order()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the native listing is Unix only");
        foreach (var name in new[] { "z.txt", "a b.txt", "Ä.txt", ".hidden", "a.txt", "a", "a-", "sub" }) Write(name == "sub" ? "sub/x.txt" : name, "x");
        var native = UnixDirectory.TryList(Dir);
        native.Should().NotBeNull();
        native!.Select(e => (e.Name, e.IsFolder)).Order().Should().Equal(
            new DirectoryInfo(Dir).EnumerateFileSystemInfos().Select(i => (i.Name, i is DirectoryInfo)).Order());
        UnixDirectory.TryList(Path.Combine(Dir, "missing")).Should().BeNull();
    }
}
