using System.Diagnostics;
using Pairguard.Dependencies.Registries;

namespace Pairguard.Tests.Dependencies;

public sealed class RegistryHttpTests
{
    private static RegistryHttp Http(TimeSpan? timeout = null, long maxBytes = 1024 * 1024, int perHost = 8) => new(new RegistryHttpOptions
    {
        Timeout = timeout ?? TimeSpan.FromSeconds(20),
        BaseBackoff = TimeSpan.FromMilliseconds(20),
        MaxResponseBytes = maxBytes,
        MaxConcurrencyPerHost = perHost,
    });

    [Fact]
    public async Task NotFoundIsAnAnswerNotAnError()
    {
        using var server = new LoopbackRegistry();
        using var http = Http();
        var result = await http.GetAsync(new Uri(server.BaseUrl + "/nothing"));
        Assert.True(result.NotFound);
        Assert.Null(result.Error);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task TooManyRequestsHonoursRetryAfterThenSucceeds()
    {
        using var server = new LoopbackRegistry();
        var calls = 0;
        server.Map("/limited", _ => Interlocked.Increment(ref calls) == 1
            ? new LoopbackRegistry.Reply(429, [], "text/plain") { Headers = { ["Retry-After"] = "1" } }
            : LoopbackRegistry.Reply.Json("{\"ok\":true}"));
        using var http = Http();
        var clock = Stopwatch.StartNew();
        var result = await http.GetAsync(new Uri(server.BaseUrl + "/limited"));
        Assert.True(result.Ok);
        Assert.Equal(2, calls);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"waited only {clock.Elapsed}");
    }

    [Fact]
    public async Task RetryAfterLongerThanTheCapGivesUpWithAClearMessage()
    {
        using var server = new LoopbackRegistry();
        server.Map("/busy", new LoopbackRegistry.Reply(429, [], "text/plain") { Headers = { ["Retry-After"] = "3600" } });
        using var http = Http();
        var result = await http.GetAsync(new Uri(server.BaseUrl + "/busy"));
        Assert.False(result.Ok);
        Assert.Contains("retry after 3600s", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task ServerErrorIsRetriedWithBackoffThenSucceeds()
    {
        using var server = new LoopbackRegistry();
        var calls = 0;
        server.Map("/flaky", _ => Interlocked.Increment(ref calls) <= 2 ? LoopbackRegistry.Reply.Json("{}", 500) : LoopbackRegistry.Reply.Json("{\"ok\":1}"));
        using var http = Http();
        var result = await http.GetAsync(new Uri(server.BaseUrl + "/flaky"));
        Assert.True(result.Ok);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task PersistentServerErrorEndsAsAnError()
    {
        using var server = new LoopbackRegistry();
        server.Map("/down", LoopbackRegistry.Reply.Json("{}", 503));
        using var http = Http();
        var result = await http.GetAsync(new Uri(server.BaseUrl + "/down"));
        Assert.False(result.Ok);
        Assert.Contains("HTTP 503", result.Error, StringComparison.Ordinal);
        Assert.Equal(4, server.RequestCount);
    }

    [Fact]
    public async Task SlowResponsePastTheTimeoutIsAnError()
    {
        using var server = new LoopbackRegistry();
        server.Map("/slow", LoopbackRegistry.Reply.Json("{}") with { Delay = TimeSpan.FromSeconds(3) });
        using var http = Http(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();
        var result = await http.GetAsync(new Uri(server.BaseUrl + "/slow"));
        Assert.False(result.Ok);
        Assert.Contains("did not answer within", result.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task OversizedBodyIsRefused()
    {
        using var server = new LoopbackRegistry();
        server.Map("/huge", new LoopbackRegistry.Reply(200, new byte[50_000]));
        using var http = Http(maxBytes: 10_000);
        var result = await http.GetAsync(new Uri(server.BaseUrl + "/huge"));
        Assert.False(result.Ok);
        Assert.Contains("too large", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedirectToAnotherHostIsNotFollowedButSameHostIs()
    {
        using var server = new LoopbackRegistry();
        using var other = new LoopbackRegistry();
        other.Map("/stolen", LoopbackRegistry.Reply.Json("{}"));
        server.Map("/away", new LoopbackRegistry.Reply(302, [], "text/plain") { Headers = { ["Location"] = $"http://localhost:{other.Port}/stolen" } });
        server.Map("/moved", new LoopbackRegistry.Reply(301, [], "text/plain") { Headers = { ["Location"] = "/here" } });
        server.Map("/here", LoopbackRegistry.Reply.Json("{\"here\":true}"));
        using var http = Http();

        var away = await http.GetAsync(new Uri(server.BaseUrl + "/away"));
        Assert.False(away.Ok);
        Assert.Contains("redirected to another host", away.Error, StringComparison.Ordinal);
        Assert.Equal(0, other.RequestCount);

        var moved = await http.GetAsync(new Uri(server.BaseUrl + "/moved"));
        Assert.True(moved.Ok);
        Assert.Contains("here", System.Text.Encoding.UTF8.GetString(moved.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableRegistryIsAnErrorNotAnException()
    {
        int port;
        using (var probe = new LoopbackRegistry())
        {
            port = probe.Port;
        }

        using var http = new RegistryHttp(new RegistryHttpOptions { Timeout = TimeSpan.FromSeconds(2), MaxRetries = 1, BaseBackoff = TimeSpan.FromMilliseconds(10) });
        var result = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/x"));
        Assert.False(result.Ok);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task ConcurrencyPerHostIsLimited()
    {
        using var server = new LoopbackRegistry();
        var inFlight = 0;
        var peak = 0;
        server.Map("/work", _ =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            Thread.Sleep(150);
            Interlocked.Decrement(ref inFlight);
            return LoopbackRegistry.Reply.Json("{}");
        });
        using var http = Http(perHost: 2);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => http.GetAsync(new Uri(server.BaseUrl + "/work"))));
        Assert.InRange(peak, 1, 2);
        Assert.Equal(8, server.RequestCount);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
