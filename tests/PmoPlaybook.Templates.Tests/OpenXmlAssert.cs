using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace PmoPlaybook.Templates.Tests;

internal static class OpenXmlAssert
{
    /// <summary>Fails listing every schema error, since a file with any of them can make Office refuse to open it.</summary>
    public static void Valid(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();

        Assert.True(errors.Count == 0, $"{errors.Count} validation errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }
}
