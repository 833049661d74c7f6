using BenchmarkDotNet.Running;
using NewsModel.Benchmarks;

// `throughput [--stages] [PATH ...]` is a quick steady-state run for the side-by-side script and for profiling;
// anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "throughput") return Throughput.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
