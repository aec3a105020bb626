using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pairguard.Tests.Dependencies;

/// <summary>A real HTTP server on 127.0.0.1 serving registry-shaped responses from a route table, counting requests.</summary>
public sealed class LoopbackRegistry : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentDictionary<string, Func<HttpListenerRequest, Reply>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _requests;

    public LoopbackRegistry(TimeSpan? latency = null)
    {
        Latency = latency ?? TimeSpan.Zero;
        // A free port is probed, then bound by the HTTP listener; another test can take it in between, so a fresh listener
        // (one whose failed start left no state behind) tries again on another port.
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                listener.Start();
                _listener = listener;
                break;
            }
            catch (HttpListenerException) when (attempt < 50)
            {
                try
                {
                    listener.Close();
                }
                catch (HttpListenerException)
                {
                }

                Thread.Sleep(10 * (attempt + 1));
            }
        }

        _loop = Task.Run(LoopAsync);
    }

    /// <summary>A response: status, body, content type, extra headers, and a delay before answering.</summary>
    public sealed record Reply(int Status, byte[] Body, string ContentType = "application/json")
    {
        public Dictionary<string, string> Headers { get; init; } = [];

        public TimeSpan Delay { get; init; }

        public static Reply Json(string json, int status = 200) => new(status, Encoding.UTF8.GetBytes(json));

        public static Reply Text(string text, string contentType = "text/plain", int status = 200) => new(status, Encoding.UTF8.GetBytes(text), contentType);

        public static Reply NotFound() => new(404, Encoding.UTF8.GetBytes("{\"error\":\"Not found\"}"));
    }

    public int Port { get; }

    public TimeSpan Latency { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public int RequestCount => Volatile.Read(ref _requests);

    public ConcurrentQueue<string> Paths { get; } = new();

    /// <summary>Serves a fixed reply at an exact path (query string ignored).</summary>
    public void Map(string path, Reply reply) => _routes[path] = _ => reply;

    /// <summary>Serves a computed reply at an exact path.</summary>
    public void Map(string path, Func<HttpListenerRequest, Reply> handler) => _routes[path] = handler;

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            // Close alone: Stop followed by Close unregisters the prefix twice, and the second time the managed listener re-binds
            // the port, which fails when a parallel test has taken it meanwhile.
            _listener.Close();
        }
        catch (Exception e) when (e is ObjectDisposedException or HttpListenerException)
        {
        }

        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        Interlocked.Increment(ref _requests);
        var path = context.Request.Url!.AbsolutePath;
        Paths.Enqueue(path);
        try
        {
            var reply = _routes.TryGetValue(path, out var handler) ? handler(context.Request) : Reply.NotFound();
            var delay = Latency + reply.Delay;
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _stop.Token).ConfigureAwait(false);
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = reply.ContentType;
            foreach (var (k, v) in reply.Headers)
            {
                context.Response.Headers[k] = v;
            }

            context.Response.ContentLength64 = reply.Body.Length;
            await context.Response.OutputStream.WriteAsync(reply.Body, _stop.Token).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException or InvalidOperationException)
        {
            try
            {
                context.Response.Abort();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
