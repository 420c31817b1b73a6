using System.Threading.Channels;

namespace PmoPlaybook.Web.LiveReload;

/// <summary>
/// Tells open browsers (in `pmo serve`) that the site changed. The current content errors are kept, so a
/// page that reloads after a broken edit shows them again instead of silently showing the old page.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];

    public IReadOnlyList<string> CurrentErrors { get; private set; } = [];

    public int ClientCount
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>After a rebuild: remember its errors (empty when clean) and reload every open page.</summary>
    public void SiteChanged(IReadOnlyList<string> errors)
    {
        CurrentErrors = errors;
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite("reload");
            }
        }
    }

    public ChannelReader<string> Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _clients.Add(channel);
        }
        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<string> reader)
    {
        lock (_gate)
        {
            _clients.RemoveAll(c => c.Reader == reader);
        }
    }
}
