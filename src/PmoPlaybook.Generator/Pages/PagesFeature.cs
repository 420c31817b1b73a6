using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Pages;

/// <summary>Every content page of every language, in the theme's layout.</summary>
public sealed class PagesFeature() : BuildFeature(steps: [new PagesStep()]);
