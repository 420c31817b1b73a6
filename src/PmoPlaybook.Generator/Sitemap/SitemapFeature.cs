using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Sitemap;

/// <summary>sitemap.xml and robots.txt.</summary>
public sealed class SitemapFeature() : BuildFeature(steps: [new SitemapStep()]);
