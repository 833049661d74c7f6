using System.Text;

namespace NewsModel.Training;

/// <summary>The fixed split of a corpus into a training part and a held-out part, by a hash of each file's name.</summary>
internal static class Split
{
    /// <summary>True when the article named <paramref name="name"/> is for training: about <paramref name="percent"/> % are.</summary>
    public static bool IsTraining(string name, int percent) => Fnv1a(name) % 100 < (uint)percent;

    /// <summary>FNV-1a over the UTF-8 bytes: the same on every machine and runtime, unlike string.GetHashCode.</summary>
    private static uint Fnv1a(string s)
    {
        uint h = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(s))
        {
            h ^= b;
            h *= 16777619;
        }
        return h;
    }
}
