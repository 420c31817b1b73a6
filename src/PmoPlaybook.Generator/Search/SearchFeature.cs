using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Search;

/// <summary>Search: the Lucene index the app searches, the search page, and Pagefind's index for static deploys.</summary>
public sealed class SearchFeature() : BuildFeature(steps: [new SearchIndexStep(), new SearchPageStep(), new StaticSearchStep()]);
