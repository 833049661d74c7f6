using NewsModel.Serialization;
using Snapshooter.Xunit3;

namespace NewsModel.Tests.Serialization;

public sealed class SeedSnapshotTests
{
    [Fact]
    public void Canonical_json_of_the_seed_matches_the_committed_snapshot()
    {
        var json = NewsJson.Serialize(TestData.Parser.Parse(TestData.Seed));
        Snapshot.Match(json);
    }
}
