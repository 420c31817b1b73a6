using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.NotFound;

/// <summary>The 404 page.</summary>
public sealed class NotFoundFeature() : BuildFeature(steps: [new NotFoundStep()]);
