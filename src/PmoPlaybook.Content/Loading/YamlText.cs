using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoPlaybook.Content.Loading;

/// <summary>Parses YAML so that every malformed input ends in a <see cref="YamlException"/>, which readers turn into a diagnostic.</summary>
public static class YamlText
{
    public static YamlStream Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow collections ("title: [a, b").
            // Readers report an inner exception's message, so none is attached: its text would mean nothing to an editor.
            throw new YamlException(Mark.Empty, Mark.Empty, "an unclosed [ or { (check brackets and quotes)");
        }
        return stream;
    }
}
