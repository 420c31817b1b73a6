using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Redirects;

/// <summary>Netlify's _redirects.</summary>
public sealed class RedirectsFeature() : BuildFeature(steps: [new RedirectsStep()]);
