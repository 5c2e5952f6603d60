using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Analysis.Cli.Tests.Support;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 that serves the files of one folder, honours <c>Range: bytes=N-</c>, and can be
/// told to cut the next download off part-way to simulate a dropped connection.
/// </summary>
public sealed class LocalFileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;
    private long _dropAfter;

    public LocalFileServer(string root)
    {
        _root = System.IO.Path.GetFullPath(root);
        BaseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}/"));
        _listener.Prefixes.Add(BaseAddress.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    /// <summary>Each request as "path range", in arrival order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The URL of a folder under the served root.</summary>
    public string Folder(string relative) => new Uri(BaseAddress, relative.TrimEnd('/') + "/").AbsoluteUri;

    /// <summary>The next response sends only this many bytes of the body and then drops the connection.</summary>
    public void DropNextAfter(long bytes) => Interlocked.Exchange(ref _dropAfter, bytes);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending GetContextAsync; nothing is left to serve.
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await RespondAsync(context);
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client went away; the next request is served as usual.
            }
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
        var range = context.Request.Headers["Range"];
        Requests.Enqueue(relative + " " + (range ?? "-"));
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(_root, relative));
        var response = context.Response;
        if (!path.StartsWith(_root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            response.StatusCode = 404;
            response.Close();
            return;
        }

        var bytes = await File.ReadAllBytesAsync(path);
        var from = 0L;
        if (range is not null && range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-'))
        {
            from = long.Parse(range["bytes=".Length..^1], CultureInfo.InvariantCulture);
            if (from >= bytes.Length)
            {
                response.StatusCode = 416;
                response.Close();
                return;
            }

            response.StatusCode = 206;
            response.Headers["Content-Range"] = string.Create(CultureInfo.InvariantCulture, $"bytes {from}-{bytes.Length - 1}/{bytes.Length}");
        }

        response.ContentLength64 = bytes.Length - from;
        var drop = Interlocked.Exchange(ref _dropAfter, 0);
        var send = drop > 0 ? Math.Min(drop, bytes.Length - from) : bytes.Length - from;
        await response.OutputStream.WriteAsync(bytes.AsMemory((int)from, (int)send));
        await response.OutputStream.FlushAsync();
        if (drop > 0)
        {
            response.Abort();
            return;
        }

        response.Close();
    }
}
