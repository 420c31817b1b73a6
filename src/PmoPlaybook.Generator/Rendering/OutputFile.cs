using System.Text;
using Microsoft.AspNetCore.Components;
using PmoPlaybook.Theme.Rendering;

namespace PmoPlaybook.Generator.Rendering;

/// <summary>Writes output files so a reader never sees half of one: into a temporary file, then renamed over.</summary>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(string path, Func<TextWriter, Task> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Environment.CurrentManagedThreadId;
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
        await using (var writer = new StreamWriter(stream, Utf8, 64 * 1024))
        {
            await write(writer);
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static Task WriteTextAsync(string path, string text) =>
        WriteAsync(path, writer => writer.WriteAsync(text));

    /// <summary>Renders a theme component straight into an output file.</summary>
    public static Task WriteComponentAsync<TComponent>(this ThemeRenderer renderer, string path, IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        WriteAsync(path, writer => renderer.RenderAsync<TComponent>(parameters, writer));
}
