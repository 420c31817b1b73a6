using PmoPlaybook.Assessments.Feedback;

namespace PmoPlaybook.Theme.Health;

/// <summary>A page's feedback tally with the page's title and link, as content health lists it.</summary>
public sealed record TalliedPage(string Title, string Url, PageTally Tally);
