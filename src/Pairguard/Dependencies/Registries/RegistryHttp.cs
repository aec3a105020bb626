using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Pairguard.Dependencies.Registries;

/// <summary>Limits of registry HTTP traffic.</summary>
public sealed record RegistryHttpOptions
{
    /// <summary>Time allowed for one request, headers and body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries after a 429, a 5xx or a connection failure.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff delay; doubled on each retry (with jitter).</summary>
    public TimeSpan BaseBackoff { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Longest <c>Retry-After</c> honoured; a registry asking for more is reported as unavailable.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest response body read (bytes); larger bodies are refused.</summary>
    public long MaxResponseBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Requests in flight at once to one host.</summary>
    public int MaxConcurrencyPerHost { get; init; } = 8;

    /// <summary>Redirects followed (same host only).</summary>
    public int MaxRedirects { get; init; } = 3;
}

/// <summary>The body (or the failure) of one registry request.</summary>
public sealed record HttpResult(int Status, byte[] Body, string? ContentType, string? Error)
{
    public bool Ok => Error is null && Status is >= 200 and < 300;

    public bool NotFound => Error is null && Status is 404 or 410;

    /// <summary>A one-line description of a failure (for diagnostics).</summary>
    public string Describe() => Error ?? $"HTTP {Status}";
}

/// <summary>The single HTTP client of registry lookups: timeouts, retries with backoff honouring Retry-After, a body size cap, same-host redirects only and a per-host concurrency limit.</summary>
public sealed class RegistryHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hostLimits = new(StringComparer.OrdinalIgnoreCase);
    private long _requests;

    public RegistryHttp(RegistryHttpOptions? options = null, HttpMessageHandler? handler = null)
    {
        Options = options ?? new RegistryHttpOptions();
        _client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = Options.Timeout,
            UseProxy = true,
        })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("pairguard", Scanning.ToolInfo.Version));
    }

    public RegistryHttpOptions Options { get; }

    /// <summary>Requests sent so far (each retry and redirect counts).</summary>
    public long RequestCount => Interlocked.Read(ref _requests);

    /// <summary>GETs a URL; never throws for network problems (they come back as <see cref="HttpResult.Error"/>), only for cancellation by the caller.</summary>
    public async Task<HttpResult> GetAsync(Uri uri, string? accept = null, string? bearerToken = null, CancellationToken cancellationToken = default)
    {
        var limit = _hostLimits.GetOrAdd(uri.Authority, _ => new SemaphoreSlim(Math.Max(1, Options.MaxConcurrencyPerHost)));
        await limit.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await GetWithRetriesAsync(uri, accept, bearerToken, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            limit.Release();
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<HttpResult> GetWithRetriesAsync(Uri uri, string? accept, string? bearerToken, CancellationToken ct)
    {
        HttpResult last = new(0, [], null, "not attempted");
        for (var attempt = 0; attempt <= Options.MaxRetries; attempt++)
        {
            TimeSpan? retryAfter;
            (last, retryAfter) = await GetOnceAsync(uri, accept, bearerToken, ct).ConfigureAwait(false);
            var retryable = last.Status is 429 or 500 or 502 or 503 or 504 || (last.Error is not null && last.Status == -1);
            if (!retryable || attempt == Options.MaxRetries)
            {
                break;
            }

            var delay = retryAfter ?? TimeSpan.FromMilliseconds(Options.BaseBackoff.TotalMilliseconds * Math.Pow(2, attempt) * (0.8 + (Random.Shared.NextDouble() * 0.4)));
            if (delay > Options.MaxRetryAfter)
            {
                return last with { Error = $"{uri.Authority} asked to retry after {delay.TotalSeconds:0}s (HTTP {last.Status}); giving up" };
            }

            await Task.Delay(delay, ct).ConfigureAwait(false);
        }

        return last.Status is 429 or >= 500 && last.Error is null ? last with { Error = $"HTTP {last.Status} from {uri.Authority} after {Options.MaxRetries + 1} attempts" } : last;
    }

    private async Task<(HttpResult Result, TimeSpan? RetryAfter)> GetOnceAsync(Uri uri, string? accept, string? bearerToken, CancellationToken ct)
    {
        var current = uri;
        for (var hop = 0; hop <= Options.MaxRedirects; hop++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Options.Timeout);
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            if (accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            if (bearerToken is not null && current.Authority.Equals(uri.Authority, StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
            }

            Interlocked.Increment(ref _requests);
            try
            {
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (!next.Host.Equals(uri.Host, StringComparison.OrdinalIgnoreCase) || next.Port != uri.Port)
                    {
                        return (new HttpResult(status, [], null, $"{uri.Authority} redirected to another host ({next.Authority}); not followed"), null);
                    }

                    current = next;
                    continue;
                }

                var retryAfter = RetryAfter(response);
                if (response.Content.Headers.ContentLength is { } length && length > Options.MaxResponseBytes)
                {
                    return (new HttpResult(status, [], null, $"response from {uri.Authority} is too large ({length:N0} bytes > {Options.MaxResponseBytes:N0})"), null);
                }

                var body = await ReadCappedAsync(response, timeout.Token).ConfigureAwait(false);
                if (body is null)
                {
                    return (new HttpResult(status, [], null, $"response from {uri.Authority} is too large (over {Options.MaxResponseBytes:N0} bytes)"), null);
                }

                return (new HttpResult(status, body, response.Content.Headers.ContentType?.MediaType, null), retryAfter);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return (new HttpResult(-2, [], null, $"{uri.Authority} did not answer within {Options.Timeout.TotalSeconds:0.#}s"), null);
            }
            catch (HttpRequestException e)
            {
                return (new HttpResult(-1, [], null, $"{uri.Authority} is unreachable: {e.Message}"), null);
            }
            catch (IOException e)
            {
                return (new HttpResult(-1, [], null, $"connection to {uri.Authority} failed: {e.Message}"), null);
            }
        }

        return (new HttpResult(0, [], null, $"too many redirects from {uri.Authority}"), null);
    }

    private async Task<byte[]?> ReadCappedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > Options.MaxResponseBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var d = date - DateTimeOffset.UtcNow;
            return d < TimeSpan.Zero ? TimeSpan.Zero : d;
        }

        return null;
    }
}
