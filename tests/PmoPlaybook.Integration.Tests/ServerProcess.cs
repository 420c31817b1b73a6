using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PmoPlaybook.Integration.Tests;

/// <summary>
/// A built server (the app's PmoPlaybook.Web.dll, or `pmo serve`) as its own process on 127.0.0.1, ready
/// once /health answers 200; disposed or killed (SIGKILL, no shutdown) by the test.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _log;

    private ServerProcess(Process process, HttpClient client, System.Collections.Concurrent.ConcurrentQueue<string> log)
    {
        _process = process;
        Client = client;
        _log = log;
    }

    public HttpClient Client { get; }

    /// <summary>What the process has printed so far (stdout and stderr), line by line.</summary>
    public IReadOnlyList<string> Output => _log.ToArray();

    /// <param name="arguments">After the dll; "{port}" is replaced by a free port.</param>
    public static async Task<ServerProcess> StartAsync(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var port = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument.Replace("{port}", port, StringComparison.Ordinal));
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start)!;
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var health = await client.GetAsync("/health");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return new ServerProcess(process, client, log);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        throw new InvalidOperationException($"{dll} did not become healthy:\n{string.Join('\n', log)}");
    }

    /// <summary>SIGKILL: no graceful shutdown, background work stops wherever it is.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
