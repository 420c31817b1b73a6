using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.LanguageRoot;

/// <summary>The language chooser at the site's root.</summary>
public sealed class LanguageRootFeature() : BuildFeature(steps: [new LanguageRootStep()]);
