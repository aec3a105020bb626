using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

/// <summary>
/// <c>PAIRGUARD_BENCH_ALLOCATIONS=N</c>: the runtime's allocation samples (one event per ~100 KB allocated, naming the type of the
/// object that crossed the mark) during the timed runs, summed by type; the N types sampled most are printed at the end.
/// </summary>
internal sealed class AllocationTicks : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    /// <summary>False while runs that are not measured are made.</summary>
    public bool Counting { get; set; } = true;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            // the GC keyword at verbose level carries GCAllocationTick
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Counting || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null)
        {
            return;
        }

        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        _bytes.AddOrUpdate(type, amount, (_, v) => v + amount);
    }

    /// <summary>The types sampled most, with their sampled bytes.</summary>
    public IEnumerable<(string Type, long Bytes)> Top(int n) => _bytes.OrderByDescending(kv => kv.Value).Take(n).Select(kv => (kv.Key, kv.Value));
}
