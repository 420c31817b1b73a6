using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator.Downloads;

namespace PmoPlaybook.Generator.Pipeline;

/// <summary>Everything `pmo check` and every build verify: the content model's rules plus those of the generator's features.</summary>
public static class SiteChecks
{
    public static ContentChecks All { get; } = ContentChecks.Default.With(new TemplateDownloadRule());
}
