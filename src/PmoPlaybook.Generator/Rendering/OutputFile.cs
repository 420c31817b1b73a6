using System.Text;
using Microsoft.AspNetCore.Components;
using PmoPlaybook.Theme.Rendering;

namespace PmoPlaybook.Generator.Rendering;

/// <summary>
/// Every file a build step writes goes through here, so a reader (serve's app, while an edit is rebuilt in
/// place) never sees half of one: it is written to a temporary file, then renamed over.
/// </summary>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteBytesAsync(string path, Func<Stream, Task> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Environment.CurrentManagedThreadId;
        // Read as well as write: the Open XML writers read back the package they are building.
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
        {
            await write(stream);
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static Task WriteAsync(string path, Func<TextWriter, Task> write) =>
        WriteBytesAsync(path, async stream =>
        {
            await using var writer = new StreamWriter(stream, Utf8, 64 * 1024, leaveOpen: true);
            await write(writer);
        });

    public static Task WriteTextAsync(string path, string text) =>
        WriteAsync(path, writer => writer.WriteAsync(text));

    /// <summary>Publishes a file as it is (an image, a download kept in content/).</summary>
    public static Task CopyAsync(string source, string path) =>
        WriteBytesAsync(path, async stream =>
        {
            await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous);
            await input.CopyToAsync(stream);
        });

    /// <summary>
    /// Removes a published file and the folders it leaves empty, up to the output root. Steps of one phase may
    /// empty the same folder at the same time, so a folder already gone or filled again is left to the other.
    /// </summary>
    public static void Delete(string outputDirectory, string relativePath)
    {
        var root = Path.GetFullPath(outputDirectory) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.StartsWith(root, StringComparison.Ordinal); folder = Path.GetDirectoryName(folder))
        {
            try
            {
                if (Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    return;
                }
                Directory.Delete(folder);
            }
            catch (IOException)
            {
                return;
            }
        }
    }

    /// <summary>Renders a theme component straight into an output file.</summary>
    public static Task WriteComponentAsync<TComponent>(this ThemeRenderer renderer, string path, IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        WriteAsync(path, writer => renderer.RenderAsync<TComponent>(parameters, writer));
}
