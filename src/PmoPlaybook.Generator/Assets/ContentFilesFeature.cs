using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Assets;

/// <summary>Images, downloads kept in content/ and custom.css, published as they are.</summary>
public sealed class ContentFilesFeature() : BuildFeature(steps: [new ContentFilesStep()]);
