using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace NewsModel.Cli;

/// <summary>
/// Runs a function over a sequence on several worker threads and hands the results to one consumer in the order
/// of the sequence. At most <see cref="InFlightPerWorker"/> items per worker are taken from the sequence ahead of
/// the consumer, so memory is bounded by a few items per worker however long the sequence is. The sequence is
/// enumerated and the consumer called on the calling thread only. A result is consumed as soon as it and every
/// result before it are done, so the item at the head of the order reaches its <see cref="Turn"/> while its work
/// still runs: from then on nothing else is consumed until it is done, and its work may write to the consumer's
/// output itself.
/// </summary>
internal static class OrderedWork
{
    /// <summary>Items per worker taken ahead of the consumer: enough that a slow item rarely idles the others.</summary>
    public const int InFlightPerWorker = 4;

    /// <summary>
    /// Calls <paramref name="consume"/> with <paramref name="work"/> of each item, in order. With one job everything
    /// runs on the calling thread. An exception from <paramref name="work"/> is rethrown to the caller when its item's
    /// turn comes; one from <paramref name="consume"/> or the sequence stops the workers after their current item.
    /// </summary>
    public static void Run<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> work, Action<TOut> consume, int jobs) =>
        Run(items, (item, _) => work(item), consume, jobs);

    /// <summary>
    /// As <see cref="Run{TIn, TOut}(IEnumerable{TIn}, Func{TIn, TOut}, Action{TOut}, int)"/>, with each item's
    /// <see cref="Turn"/> given to its work: reached once every earlier item has been consumed.
    /// </summary>
    public static void Run<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, Turn, TOut> work, Action<TOut> consume, int jobs)
    {
        if (jobs <= 1)
        {
            foreach (var item in items) consume(work(item, Turn.Now));
            return;
        }
        int window = jobs * InFlightPerWorker;
        using var queue = new BlockingCollection<Slot<TIn, TOut>>(window);
        using var stop = new CancellationTokenSource();
        var pending = new Queue<Slot<TIn, TOut>>(window);
        var workers = new Thread[jobs];
        for (int i = 0; i < jobs; i++)
        {
            workers[i] = new Thread(() => Work(queue, work, stop.Token)) { IsBackground = true, Name = "newsmodel worker" };
            workers[i].Start();
        }

        void ConsumeHead()
        {
            consume(pending.Dequeue().Result());
            if (pending.TryPeek(out var next)) next.Turn.Reach();
        }

        try
        {
            foreach (var item in items)
            {
                while (pending.TryPeek(out var head) && head.IsDone) ConsumeHead();
                if (pending.Count == window) ConsumeHead();
                var slot = new Slot<TIn, TOut>(item, stop.Token);
                if (pending.Count == 0) slot.Turn.Reach();
                pending.Enqueue(slot);
                queue.Add(slot);
            }
            queue.CompleteAdding();
            while (pending.Count > 0) ConsumeHead();
        }
        finally
        {
            stop.Cancel();
            if (!queue.IsAddingCompleted) queue.CompleteAdding();
            foreach (var worker in workers) worker.Join();
            foreach (var slot in pending) slot.Dispose();
        }
    }

    private static void Work<TIn, TOut>(BlockingCollection<Slot<TIn, TOut>> queue, Func<TIn, Turn, TOut> work, CancellationToken stop)
    {
        foreach (var slot in queue.GetConsumingEnumerable(CancellationToken.None))
        {
            if (stop.IsCancellationRequested) return;
            slot.Run(work);
        }
    }

    /// <summary>
    /// Whether an item is at the head of the order: every item before it consumed. Once reached it stays reached,
    /// and nothing is consumed until the item's own result is.
    /// </summary>
    public sealed class Turn : IDisposable
    {
        private readonly ManualResetEventSlim _reached;
        private readonly CancellationToken _stop;

        private Turn(bool reached, CancellationToken stop)
        {
            _reached = new ManualResetEventSlim(reached);
            _stop = stop;
        }

        internal Turn(CancellationToken stop) : this(false, stop)
        {
        }

        /// <summary>The turn of an item run on the consumer's own thread: always reached.</summary>
        public static Turn Now { get; } = new(true, CancellationToken.None);

        /// <summary>True once every earlier item has been consumed.</summary>
        public bool Reached => _reached.IsSet;

        /// <summary>Blocks until the turn is reached.</summary>
        /// <exception cref="OperationCanceledException">When the run stops first (the consumer failed).</exception>
        public void Wait() => _reached.Wait(_stop);

        internal void Reach() => _reached.Set();

        public void Dispose() => _reached.Dispose();
    }

    /// <summary>One item in flight: its input and turn, then its result or the exception its work threw.</summary>
    private sealed class Slot<TIn, TOut>(TIn item, CancellationToken stop) : IDisposable
    {
        /// <summary>
        /// Set when the work is done. The consumer spins briefly before it blocks (the default): with the cores free,
        /// a result is often done within the spin, and blocking then waking costs more than the spin.
        /// </summary>
        private readonly ManualResetEventSlim _done = new();
        private TOut? _result;
        private ExceptionDispatchInfo? _error;

        public Turn Turn { get; } = new(stop);

        public bool IsDone => _done.IsSet;

        public void Run(Func<TIn, Turn, TOut> work)
        {
            try
            {
                _result = work(item, Turn);
            }
            catch (Exception e)
            {
                _error = ExceptionDispatchInfo.Capture(e);
            }
            _done.Set();
        }

        /// <summary>Waits for the item's work, then returns its result or rethrows its exception.</summary>
        public TOut Result()
        {
            _done.Wait();
            Dispose();
            _error?.Throw();
            return _result!;
        }

        public void Dispose()
        {
            _done.Dispose();
            Turn.Dispose();
        }
    }
}
