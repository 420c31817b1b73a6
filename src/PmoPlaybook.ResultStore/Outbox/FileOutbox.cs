using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoPlaybook.ResultStore.Files;

namespace PmoPlaybook.ResultStore.Outbox;

/// <summary>
/// The durable outbox: one JSON file per record in Results:OutboxPath, named in order of arrival.
/// <see cref="EnqueueAsync"/> returns once the file is on disk, so an acknowledged result survives a crash;
/// the <see cref="OutboxWriter"/> commits the files in name order and removes each one only after its commit.
/// The folder is private to one app instance: the in-memory index below is loaded from it once and then
/// kept in step by this class alone.
/// </summary>
public sealed partial class FileOutbox : IResultOutbox
{
    /// <summary>Where unreadable outbox files are moved, so one bad file neither blocks the queue nor gets lost.</summary>
    public const string RejectedFolder = "rejected";

    private const int MaxCommitMessageLength = 500;

    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, Slot> _byFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Slot> _byPath = new(StringComparer.Ordinal);
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CommittedFiles _committed;
    private readonly TimeProvider _time;
    private readonly ILogger<FileOutbox> _logger;
    private bool _loaded;
    private long _lastTicks;
    private int _sequence;

    public FileOutbox(IOptions<ResultsOptions> options, CommittedFiles committed, TimeProvider time, ILogger<FileOutbox> logger)
    {
        Root = options.Value.OutboxRoot;
        _committed = committed;
        _time = time;
        _logger = logger;
    }

    public string Root { get; }

    /// <summary>
    /// Validates the record and writes it durably. The same path with the same content (the latest version
    /// pending, or already committed) is accepted once: repeating it is a no-op. The same path with different
    /// content is refused with <see cref="InvalidOperationException"/>, because one path is one result, unless
    /// the record is a <see cref="ResultRecord.Revision"/>: then it waits behind the earlier versions.
    /// </summary>
    public async Task EnqueueAsync(ResultRecord record, CancellationToken cancellationToken)
    {
        Validate(record);
        cancellationToken.ThrowIfCancellationRequested();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(record.Content));
        Slot slot;
        TaskCompletionSource? write = null;
        lock (_gate)
        {
            EnsureLoaded();
            if (_byPath.TryGetValue(record.Path, out var existing) && existing.ContentHash.AsSpan().SequenceEqual(hash))
            {
                slot = existing;
            }
            else
            {
                if (existing is not null && !record.Revision)
                {
                    throw new InvalidOperationException($"A different result is already waiting to be committed at {record.Path}.");
                }
                if (existing is null && _committed.Read(record.Path) is { } committed)
                {
                    if (string.Equals(committed, record.Content, StringComparison.Ordinal))
                    {
                        return;
                    }
                    if (!record.Revision)
                    {
                        throw new InvalidOperationException($"A different result is already committed at {record.Path}.");
                    }
                }
                var ticks = Math.Max(_time.GetUtcNow().UtcTicks, _lastTicks + 1);
                _lastTicks = ticks;
                var name = OutboxFileName.Create(ticks, _sequence++, record.Path);
                write = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                slot = new Slot(name, record.Path, hash, new DateTimeOffset(ticks, TimeSpan.Zero), write.Task, record.Revision);
                _byFile.Add(name, slot);
                _byPath[record.Path] = slot;
            }
        }

        if (write is null)
        {
            // A concurrent identical submission is writing it: done when that write is.
            await slot.Durable.WaitAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            // Not cancellable once started: a half-accepted record is worse than a slow one.
            DurableFile.Write(Path.Combine(Root, slot.FileName), JsonSerializer.SerializeToUtf8Bytes(record, OutboxJson.Default.ResultRecord));
            write.SetResult();
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                Forget(slot.FileName);
            }
            write.SetException(e);
            throw;
        }
        _signal.Writer.TryWrite(true);
    }

    /// <summary>Durable entries in order of arrival (oldest first).</summary>
    public IReadOnlyList<OutboxEntry> Pending()
    {
        lock (_gate)
        {
            EnsureLoaded();
            return [.. _byFile.Values.Where(s => s.Durable.IsCompletedSuccessfully).Select(s => s.ToEntry())];
        }
    }

    public OutboxBacklog Backlog()
    {
        lock (_gate)
        {
            EnsureLoaded();
            var durable = _byFile.Values.Where(s => s.Durable.IsCompletedSuccessfully).ToList();
            return new OutboxBacklog(durable.Count, durable.Count == 0 ? null : durable[0].EnqueuedAt);
        }
    }

    /// <summary>The record of an entry, as it is on disk (what gets committed is exactly what was made durable).</summary>
    public ResultRecord Read(OutboxEntry entry) => ReadFile(Path.Combine(Root, entry.FileName));

    /// <summary>The content of the latest pending version at <paramref name="path"/>, or null when none is waiting.</summary>
    public string? ReadPending(string path)
    {
        Slot? slot;
        lock (_gate)
        {
            EnsureLoaded();
            if (!_byPath.TryGetValue(path, out slot) || !slot.Durable.IsCompletedSuccessfully)
            {
                return null;
            }
        }
        return TryRead(slot.ToEntry())?.Content;
    }

    /// <summary>The pending record under a folder prefix whose key (<see cref="ResultPath.KeyOf"/>) is <paramref name="key"/>, if any.</summary>
    public StoredResult? FindPending(string folderPrefix, string key)
    {
        var suffix = $"-{key}.json";
        OutboxEntry? entry;
        lock (_gate)
        {
            EnsureLoaded();
            entry = _byPath.Values
                .Where(s => s.Durable.IsCompletedSuccessfully && s.Path.StartsWith(folderPrefix, StringComparison.Ordinal) && s.Path.EndsWith(suffix, StringComparison.Ordinal))
                .Select(s => s.ToEntry())
                .FirstOrDefault();
        }
        return entry is not null && TryRead(entry) is { } record ? new StoredResult(record.Path, record.Content, Committed: false) : null;
    }

    /// <summary>Pending records (the latest version of each) whose path starts with a folder prefix ("" or ending with '/').</summary>
    public IReadOnlyList<StoredResult> ListPending(string folderPrefix)
    {
        List<OutboxEntry> entries;
        lock (_gate)
        {
            EnsureLoaded();
            entries = [.. _byPath.Values
                .Where(s => s.Durable.IsCompletedSuccessfully && s.Path.StartsWith(folderPrefix, StringComparison.Ordinal))
                .Select(s => s.ToEntry())];
        }
        return [.. entries.Select(TryRead).OfType<ResultRecord>().Select(r => new StoredResult(r.Path, r.Content, Committed: false))];
    }

    /// <summary>Removes an entry after its record was committed; durable, so a restart does not commit it again.</summary>
    public void Remove(OutboxEntry entry)
    {
        DurableFile.Delete(Path.Combine(Root, entry.FileName));
        lock (_gate)
        {
            Forget(entry.FileName);
        }
    }

    /// <summary>Waits until a record is enqueued, at most <paramref name="maxWait"/>.</summary>
    public async Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(maxWait);
        try
        {
            await _signal.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The periodic wake-up: look at the folder again anyway.
        }
    }

    /// <summary>Whether new results can be accepted: the outbox folder exists or can be made, and is writable.</summary>
    public StoreCheck CheckWritable() => FolderProbe.Check(Root, "outbox");

    private static void Validate(ResultRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ResultPath.Validate(record.Path, nameof(record));
        if (string.IsNullOrWhiteSpace(record.CommitMessage) || record.CommitMessage.Length > MaxCommitMessageLength || record.CommitMessage.Any(char.IsControl))
        {
            throw new ArgumentException($"A commit message must be one non-empty line of at most {MaxCommitMessageLength} characters.", nameof(record));
        }
        ArgumentNullException.ThrowIfNull(record.Content, nameof(record));
        try
        {
            using var _ = JsonDocument.Parse(record.Content);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The content of {record.Path} is not valid JSON: {e.Message}", nameof(record), e);
        }
    }

    private static ResultRecord ReadFile(string file)
    {
        var record = JsonSerializer.Deserialize(File.ReadAllBytes(file), OutboxJson.Default.ResultRecord)
            ?? throw new InvalidDataException($"{file} holds no record.");
        if (record.Path is null || record.Content is null || record.CommitMessage is null)
        {
            throw new InvalidDataException($"{file} lacks its path, content or commit message.");
        }
        // What was valid when it was accepted must still be: a damaged file is never committed.
        Validate(record);
        return record;
    }

    private ResultRecord? TryRead(OutboxEntry entry)
    {
        try
        {
            return Read(entry);
        }
        catch (FileNotFoundException)
        {
            return null; // Committed and removed meanwhile: the committed side has it now.
        }
        catch (Exception e) when (IsNotARecord(e))
        {
            Quarantine(entry, e.Message);
            return null;
        }
    }

    /// <summary>What reading a file that is there but holds no readable record throws (I/O errors are not among them).</summary>
    public static bool IsNotARecord(Exception e) => e is JsonException or InvalidDataException or ArgumentException;

    /// <summary>
    /// Sets aside an entry whose file turned out not to be a readable record (damaged after it was accepted):
    /// moved to <see cref="RejectedFolder"/> for a person to look at, so it blocks neither the writer nor reads.
    /// </summary>
    public void Quarantine(OutboxEntry entry, string reason)
    {
        lock (_gate)
        {
            if (!_byFile.ContainsKey(entry.FileName))
            {
                return; // Set aside (or committed) by another caller already.
            }
            try
            {
                Reject(Path.Combine(Root, entry.FileName), entry.FileName, reason);
            }
            catch (FileNotFoundException)
            {
                // Committed and removed meanwhile: nothing to set aside.
            }
            Forget(entry.FileName);
        }
    }

    /// <summary>The names of the files set aside in <see cref="RejectedFolder"/>, oldest first.</summary>
    public IReadOnlyList<string> Quarantined()
    {
        var folder = Path.Combine(Root, RejectedFolder);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
    }

    // Called under _gate. Loads what a previous run left: the backlog the writer starts with.
    private void EnsureLoaded()
    {
        if (_loaded)
        {
            return;
        }
        // A load that failed half-way (an I/O error) starts again from scratch on the next call.
        _byFile.Clear();
        _byPath.Clear();
        Directory.CreateDirectory(Root);
        foreach (var file in Directory.EnumerateFiles(Root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith(DurableFile.TempPrefix, StringComparison.Ordinal))
            {
                // A write cut short by a crash: never acknowledged, so nobody is waiting for it.
                File.Delete(file);
                continue;
            }
            if (!name.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }
            LoadEntry(file, name);
        }
        _loaded = true;
    }

    private void LoadEntry(string file, string name)
    {
        ResultRecord record;
        try
        {
            if (!OutboxFileName.TryParseTicks(name, out _))
            {
                throw new InvalidDataException("the file name is not an outbox name");
            }
            record = ReadFile(file);
        }
        catch (Exception e) when (IsNotARecord(e))
        {
            // Only a file that is not a record is set aside; an I/O error propagates and is tried again later.
            Reject(file, name, e.Message);
            return;
        }
        OutboxFileName.TryParseTicks(name, out var ticks);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(record.Content));
        if (_byPath.TryGetValue(record.Path, out var earlier) && !record.Revision)
        {
            // Only possible if files were copied in by hand; the earlier one wins.
            Reject(file, name, $"a record for {record.Path} is already waiting in {earlier.FileName}");
            return;
        }
        var slot = new Slot(name, record.Path, hash, new DateTimeOffset(ticks, TimeSpan.Zero), Task.CompletedTask, record.Revision);
        _byFile.Add(name, slot);
        _byPath[record.Path] = slot;
        _lastTicks = Math.Max(_lastTicks, ticks);
    }

    // Called under _gate: drops an entry; the path then points at its latest remaining version, if any.
    private void Forget(string fileName)
    {
        if (!_byFile.Remove(fileName, out var slot) || _byPath.GetValueOrDefault(slot.Path) != slot)
        {
            return;
        }
        _byPath.Remove(slot.Path);
        // Only a revision can have earlier versions waiting under it (removed first in the writer's order,
        // but not when its own write failed or a file was deleted by hand).
        if (slot.Revision && _byFile.Values.LastOrDefault(s => s.Path == slot.Path) is { } latest)
        {
            _byPath[slot.Path] = latest;
        }
    }

    private void Reject(string file, string name, string reason)
    {
        var folder = Path.Combine(Root, RejectedFolder);
        Directory.CreateDirectory(folder);
        File.Move(file, Path.Combine(folder, name), overwrite: true);
        LogRejected(name, folder, reason);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox file {FileName} could not be read and was moved to {Folder}: {Reason}")]
    private partial void LogRejected(string fileName, string folder, string reason);

    private sealed record Slot(string FileName, string Path, byte[] ContentHash, DateTimeOffset EnqueuedAt, Task Durable, bool Revision)
    {
        public OutboxEntry ToEntry() => new(FileName, Path, EnqueuedAt);
    }
}
