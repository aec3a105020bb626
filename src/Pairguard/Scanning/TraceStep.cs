namespace Pairguard.Scanning;

/// <summary>One step of a data-flow trace (source, propagation step or sink) attached to a finding.</summary>
public sealed record TraceStep(string Kind, string Message, Location Location, string? Snippet = null);
