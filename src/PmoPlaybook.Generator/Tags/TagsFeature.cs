using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Tags;

/// <summary>A page per tag and language listing the pages that carry it, and an index of them; a tag that cannot have a page fails the check.</summary>
public sealed class TagsFeature() : BuildFeature(steps: [new TagPagesStep()], rules: [new TagNameRule()]);
