using Microsoft.Win32.SafeHandles;
using NewsModel.Cli;

return CommandLine.Run(args, Console.OpenStandardInput(), OpenStandardOutput(), Console.Error);

// The console's own stream pretends a write to a closed pipe succeeded, so `newsmodel parse DIR | head` would parse
// everything and report success. A FileStream on descriptor 1 reports the broken pipe as an IOException instead.
// Only for what cannot seek (a pipe, a socket, a terminal): on a file, FileStream would write at a position of its
// own and overwrite what another writer to the same file (2>&1, >>) wrote, and a file has no reader to go away.
static Stream OpenStandardOutput()
{
    if (OperatingSystem.IsWindows()) return Console.OpenStandardOutput();
    try
    {
        var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (!stream.CanSeek) return stream;
        stream.Dispose();
    }
    catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
    {
        // Descriptor 1 closed or odd: the console's stream copes with that.
    }
    return Console.OpenStandardOutput();
}
