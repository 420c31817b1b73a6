namespace PmoPlaybook.Content.Model;

/// <summary>A heading in a page body; h2/h3 build the on-page table of contents, all ids are link anchors.</summary>
public sealed record Heading(int Level, string Text, string Id, int Line);
