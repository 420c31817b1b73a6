using PmoPlaybook.Content.Model;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Search.Indexing;

namespace PmoPlaybook.Generator.Search;

/// <summary>Writes the Lucene index (artifacts/index) alongside the pages; the generator swaps it in with the site.</summary>
public sealed class SearchIndexStep : IBuildStep
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var documents = SearchIndexBuilder.Build(context.Site, context.IndexDirectory);
        context.Log.Progress($"Indexed {documents} search documents");
        return Task.CompletedTask;
    }

    /// <summary>A whole new index for a site, built beside the live one and swapped in (serve's rebuilds).</summary>
    public static void BuildAndSwap(Site site, string indexDirectory)
    {
        var staging = SiteGenerator.Staging(indexDirectory);
        SearchIndexBuilder.Build(site, staging);
        SiteGenerator.Swap(staging, indexDirectory);
    }
}
