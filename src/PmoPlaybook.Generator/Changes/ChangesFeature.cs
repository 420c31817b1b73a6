using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Changes;

/// <summary>"What changed" and its Atom feed, per language.</summary>
public sealed class ChangesFeature() : BuildFeature(steps: [new ChangesStep()]);
