using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Downloads;

/// <summary>Each template's Word, Excel and Markdown files, made from its page; a template they cannot be made from fails the check.</summary>
public sealed class DownloadsFeature() : BuildFeature(steps: [new DownloadsStep()], rules: [new TemplateDownloadRule()]);
