using System.Runtime.ExceptionServices;

namespace NewsModel.Cli;

/// <summary>
/// Runs a function over a sequence on several threads and hands the results to a consumer in the order of the
/// sequence. At most <see cref="InFlightPerWorker"/> items per worker are taken from the sequence ahead of the
/// consumer, so memory is bounded by a few items per worker however long the sequence is. A result is consumed as
/// soon as it and every result before it are done, so the item at the head of the order reaches its
/// <see cref="Turn"/> while its work still runs: from then on nothing else is consumed until it is done, and its work
/// may write to the consumer's output itself.
/// </summary>
/// <remarks>
/// There is no thread that only hands items out and results on: with <c>jobs</c> threads (the calling thread one of
/// them) each takes the next item from the sequence, runs it, and, when it has finished the item at the head of the
/// order, consumes that result and every finished one after it. A third thread that waits for the head's result
/// woke for nearly every item and, spinning or woken, took a core the workers needed. The sequence is moved on by one
/// thread at a time and the consumer is called by one thread at a time, in order; neither is called on a fixed thread.
/// </remarks>
internal static class OrderedWork
{
    /// <summary>Items per worker taken ahead of the consumer: enough that a slow item rarely idles the others.</summary>
    public const int InFlightPerWorker = 4;

    /// <summary>
    /// Calls <paramref name="consume"/> with <paramref name="work"/> of each item, in order. With one job everything
    /// runs on the calling thread. An exception from <paramref name="work"/> is rethrown to the caller when its item's
    /// turn comes; one from <paramref name="consume"/> or the sequence stops the workers after their current item and
    /// is rethrown to the caller.
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
        using var run = new Shared<TIn, TOut>(items, work, consume, jobs * InFlightPerWorker);
        run.Go(jobs);
    }

    /// <summary>What the threads of one run share: the sequence, the items in flight and who consumes.</summary>
    private sealed class Shared<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, Turn, TOut> work, Action<TOut> consume, int window) : IDisposable
    {
        /// <summary>Guards the fields below; never held while an item's work or the consumer runs.</summary>
        private readonly object _gate = new();

        /// <summary>Held by the one thread that moves the sequence on (outside <see cref="_gate"/>: a read may block).</summary>
        private readonly object _sourceGate = new();

        private readonly IEnumerator<TIn> _source = items.GetEnumerator();
        private readonly CancellationTokenSource _stop = new();

        /// <summary>The items taken and not yet consumed, item <c>n</c> at <c>n % window</c>.</summary>
        private readonly Slot[] _ring = new Slot[window];

        private long _taken;
        private long _consumed;
        private bool _sourceEnded;
        private bool _consuming;
        private ExceptionDispatchInfo? _failure;

        public void Go(int jobs)
        {
            var workers = new Thread[jobs - 1];
            for (int i = 0; i < workers.Length; i++)
            {
                workers[i] = new Thread(Work) { IsBackground = true, Name = "newsmodel worker" };
                workers[i].Start();
            }
            Work();
            foreach (var worker in workers) worker.Join();
            _failure?.Throw();
        }

        private void Work()
        {
            while (TryTake(out var slot, out long number))
            {
                slot.Run(work);
                Finish(slot, number);
            }
        }

        /// <summary>Takes the next item, waiting while the window is full; false once the sequence ends or the run fails.</summary>
        private bool TryTake(out Slot slot, out long number)
        {
            slot = null!;
            number = 0;
            lock (_sourceGate)
            {
                lock (_gate)
                {
                    while (_failure is null && !_sourceEnded && _taken - _consumed >= _ring.Length) Monitor.Wait(_gate);
                    if (_failure is not null || _sourceEnded) return false;
                }
                TIn item;
                try
                {
                    if (!_source.MoveNext())
                    {
                        lock (_gate)
                        {
                            _sourceEnded = true;
                            Monitor.PulseAll(_gate);
                        }
                        return false;
                    }
                    item = _source.Current;
                }
                catch (Exception e)
                {
                    Fail(ExceptionDispatchInfo.Capture(e));
                    return false;
                }
                lock (_gate)
                {
                    if (_failure is not null) return false;
                    number = _taken++;
                    slot = new Slot(item, _stop.Token);
                    if (number == _consumed) slot.Turn.Reach();
                    _ring[number % _ring.Length] = slot;
                }
                return true;
            }
        }

        /// <summary>Marks the item done; the thread that finishes the head of the order consumes what is ready.</summary>
        private void Finish(Slot slot, long number)
        {
            lock (_gate)
            {
                slot.IsDone = true;
                if (_consuming || number != _consumed) return;
                _consuming = true;
            }
            ConsumeReady();
        }

        /// <summary>Consumes the head of the order and every finished item after it; one thread at a time.</summary>
        private void ConsumeReady()
        {
            while (true)
            {
                Slot head;
                lock (_gate)
                {
                    head = _ring[_consumed % _ring.Length];
                    if (_failure is not null || _consumed == _taken || !head.IsDone)
                    {
                        _consuming = false;
                        return;
                    }
                }
                try
                {
                    consume(head.Result());
                }
                catch (Exception e)
                {
                    lock (_gate) _consuming = false;
                    Fail(ExceptionDispatchInfo.Capture(e));
                    return;
                }
                finally
                {
                    head.Dispose();
                }
                lock (_gate)
                {
                    // The next item's turn comes only now that this one's output is written: its work may write itself.
                    _ring[_consumed % _ring.Length] = null!;
                    _consumed++;
                    if (_consumed < _taken) _ring[_consumed % _ring.Length].Turn.Reach();
                    Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>Records the run's first failure and stops it: no item is taken or consumed after it.</summary>
        private void Fail(ExceptionDispatchInfo failure)
        {
            lock (_gate)
            {
                _failure ??= failure;
                Monitor.PulseAll(_gate);
            }
            _stop.Cancel();
        }

        public void Dispose()
        {
            foreach (var slot in _ring) slot?.Dispose();
            _source.Dispose();
            _stop.Dispose();
        }

        /// <summary>One item in flight: its input and turn, then its result or the exception its work threw.</summary>
        private sealed class Slot(TIn item, CancellationToken stop) : IDisposable
        {
            private TOut? _result;
            private ExceptionDispatchInfo? _error;

            public Turn Turn { get; } = new(stop);

            /// <summary>Set under the run's lock once the work has returned or thrown.</summary>
            public bool IsDone { get; set; }

            public void Run(Func<TIn, Turn, TOut> work)
            {
                if (stop.IsCancellationRequested) return;
                try
                {
                    _result = work(item, Turn);
                }
                catch (Exception e)
                {
                    _error = ExceptionDispatchInfo.Capture(e);
                }
                item = default!;
            }

            public TOut Result()
            {
                _error?.Throw();
                return _result!;
            }

            public void Dispose() => Turn.Dispose();
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
}
