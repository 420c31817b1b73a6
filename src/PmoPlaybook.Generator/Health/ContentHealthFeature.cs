using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Health;

/// <summary>"Content health" for editors, per language.</summary>
public sealed class ContentHealthFeature() : BuildFeature(steps: [new ContentHealthStep()]);
