using PmoPlaybook.Content.Model;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Search.Indexing;

namespace PmoPlaybook.Generator.Search;

/// <summary>Writes the Lucene index (artifacts/index) alongside the pages; the generator swaps it in with the site.</summary>
public sealed class SearchIndexStep : IBuildStep
{
    /// <summary>Serve's SearchIndexRefresher updates the live index in place once edits pause, off the reload path.</summary>
    public bool IsAffectedBy(SiteChange change) => false;

    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var documents = SearchIndexBuilder.Build(context.Site, context.IndexDirectory);
        context.Log.Progress($"Indexed {documents} search documents");
        return Task.CompletedTask;
    }

    /// <summary>A whole new index for a site, built beside the live one and swapped in (serve's rebuilds).</summary>
    public static void BuildAndSwap(Site site, string indexDirectory)
    {
        var staging = StagingFolder.For(indexDirectory);
        SearchIndexBuilder.Build(site, staging);
        StagingFolder.Swap(staging, indexDirectory);
    }
}
