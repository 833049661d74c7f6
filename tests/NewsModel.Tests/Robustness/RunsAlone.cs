namespace NewsModel.Tests.Robustness;

/// <summary>
/// Tests that must not run beside others: they run in this collection, one class at a time, after the parallel
/// ones. <c>MemoryTests</c> counts the bytes a parse allocates on its thread, and a rent from the shared array pool
/// that finds the pool empty (other threads hold or keep its arrays) allocates on that thread: one such miss is
/// 0.03 bytes per character at 200 K characters, as much as its bounds leave. The tests that load the machine for
/// long (many large parses, or child processes each parsing 2 M characters) run here too, so that a peak measured
/// beside them moves less and they change no other test's timing.
/// </summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
