using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace NewsModel.Cli;

/// <summary>
/// Runs a function over a sequence on several worker threads and hands the results to one consumer in the order
/// of the sequence. At most <see cref="InFlightPerWorker"/> items per worker are taken from the sequence ahead of
/// the consumer, so memory is bounded by a few items per worker however long the sequence is. The sequence is
/// enumerated and the consumer called on the calling thread only.
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
    public static void Run<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> work, Action<TOut> consume, int jobs)
    {
        if (jobs <= 1)
        {
            foreach (var item in items) consume(work(item));
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
        try
        {
            foreach (var item in items)
            {
                if (pending.Count == window) consume(pending.Dequeue().Result());
                var slot = new Slot<TIn, TOut>(item);
                pending.Enqueue(slot);
                queue.Add(slot);
            }
            queue.CompleteAdding();
            while (pending.Count > 0) consume(pending.Dequeue().Result());
        }
        finally
        {
            stop.Cancel();
            if (!queue.IsAddingCompleted) queue.CompleteAdding();
            foreach (var worker in workers) worker.Join();
            foreach (var slot in pending) slot.Dispose();
        }
    }

    private static void Work<TIn, TOut>(BlockingCollection<Slot<TIn, TOut>> queue, Func<TIn, TOut> work, CancellationToken stop)
    {
        foreach (var slot in queue.GetConsumingEnumerable(CancellationToken.None))
        {
            if (stop.IsCancellationRequested) return;
            slot.Run(work);
        }
    }

    /// <summary>One item in flight: its input, then its result or the exception its work threw.</summary>
    private sealed class Slot<TIn, TOut>(TIn item) : IDisposable
    {
        private readonly ManualResetEventSlim _done = new();
        private TOut? _result;
        private ExceptionDispatchInfo? _error;

        public void Run(Func<TIn, TOut> work)
        {
            try
            {
                _result = work(item);
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
            _done.Dispose();
            _error?.Throw();
            return _result!;
        }

        public void Dispose() => _done.Dispose();
    }
}
