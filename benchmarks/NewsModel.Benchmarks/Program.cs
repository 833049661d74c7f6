using BenchmarkDotNet.Running;
using NewsModel.Benchmarks;

// `throughput [--stages] [--passes N] [PATH ...]` is a quick steady-state run for the side-by-side script and for profiling;
// `hostile [SHAPE ...] [--sizes A,B,C]` prints how each hostile shape grows with its size;
// `peak [SHAPE ...] [--size N]` prints allocation, peak resident set and article size per character of each shape;
// `collect-cost [SHAPE ...] [--sizes A,B,C] [--rounds N]` prints the time a parse takes with collections on and off;
// `write DIR [SHAPE ...] [--size N]` writes each shape to a file, for measuring the tool on it;
// anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "throughput") return Throughput.Run(args[1..]);
if (args.Length > 0 && args[0] == "hostile") return HostileScaling.Run(args[1..]);
if (args.Length > 0 && args[0] == "peak") return HostilePeak.Run(args[1..]);
if (args.Length > 0 && args[0] == "peak-one") return HostilePeak.RunOne(args[1..]);
if (args.Length > 0 && args[0] == "collect-cost") return CollectCost.Run(args[1..]);
if (args.Length > 0 && args[0] == "write") return HostileFiles.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
