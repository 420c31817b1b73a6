using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Search.Analysis;

namespace PmoPlaybook.Search.Indexing;

/// <summary>
/// Writes the Lucene index of a site: one document per page and one per h2 section (so a hit can link to
/// the section's anchor). Glossary entries are sections of the glossary page, indexed as their own kind.
/// </summary>
public static class SearchIndexBuilder
{
    public const string GlossaryKey = "glossary.md";

    /// <summary>Writes a fresh index into an empty directory and returns the number of documents.</summary>
    public static int Build(Site site, string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        using var analyzers = new LanguageAnalyzers();
        using var store = FSDirectory.Open(directory);
        using var writer = new IndexWriter(store, Settings(analyzers, OpenMode.CREATE));
        var pages = Indexed(site).ToArray();
        var next = -1;
        var count = 0;
        // IndexWriter takes documents from several threads; analysis is most of the work. Each worker keeps
        // its own reusable streams and stem cache (DocumentAnalysis) for the whole run: a Parallel.ForEach
        // local would be remade whenever the pool recycles its tasks, which it does while pages render.
        void Work()
        {
            var analysis = new DocumentAnalysis(analyzers.Plain);
            int index;
            while ((index = Interlocked.Increment(ref next)) < pages.Length)
            {
                Interlocked.Add(ref count, Add(writer, site, pages[index], analysis));
            }
        }
        Task.WaitAll(Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(Work)));
        // No ForceMerge: a handful of segments searches just as fast here, and merging would double the indexing time.
        writer.Commit();
        Metadata(site).Write(directory);
        return count;
    }

    /// <summary>
    /// Brings an index built from an earlier version of the site up to date in place: the documents of
    /// changed and removed pages go, changed and added pages are indexed again, in one commit (a reader
    /// sees all of it or none). What `pmo serve` does after an edit, instead of indexing every page again.
    /// Returns the number of documents added.
    /// </summary>
    public static int Update(Site site, IndexChanges changes, string directory)
    {
        using var analyzers = new LanguageAnalyzers();
        using var store = FSDirectory.Open(directory);
        using var writer = new IndexWriter(store, Settings(analyzers, OpenMode.APPEND));
        writer.DeleteDocuments(changes.PageUrls.Select(url => new Term(SearchFields.Page, url)).ToArray());
        var analysis = new DocumentAnalysis(analyzers.Plain);
        var count = changes.Pages.Sum(page => Add(writer, site, page, analysis));
        writer.Commit();
        Metadata(site).Write(directory);
        return count;
    }

    public static bool Exists(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return false;
        }
        using var store = FSDirectory.Open(directory);
        return DirectoryReader.IndexExists(store);
    }

    /// <summary>The pages that get search documents: written ones (stand-ins and generated landing pages would only repeat them).</summary>
    public static IEnumerable<Page> Indexed(Site site) => site.Pages.Where(p => !p.IsSynthetic);

    public static string PageUrl(Site site, Page page) => site.Config.Href(page.UrlPath);

    private static IndexWriterConfig Settings(LanguageAnalyzers analyzers, OpenMode mode) =>
        new(LuceneVersion.LUCENE_48, analyzers.Plain) { OpenMode = mode, RAMBufferSizeMB = 64 };

    private static int Add(IndexWriter writer, Site site, Page page, DocumentAnalysis analysis)
    {
        var count = 0;
        foreach (var document in Documents(site, page, analysis))
        {
            writer.AddDocument(document);
            count++;
        }
        return count;
    }

    /// <summary>The page types in the index, in order: what the search page offers as filters.</summary>
    public static string[] Types(Site site) => Indexed(site).Select(p => p.Meta.Type.ToName()).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static SearchMetadata Metadata(Site site) => new(
        site.Config.BasePath,
        site.Config.Languages.Select(l => new SearchLanguage(l.Code, l.Name)).ToArray(),
        Types(site));

    /// <summary>
    /// The search documents of a page, one at a time: each must be added to the index before the next is
    /// taken, because they share <paramref name="analysis"/>'s token streams.
    /// </summary>
    internal static IEnumerable<Document> Documents(Site site, Page page, DocumentAnalysis analysis)
    {
        var url = PageUrl(site, page);
        var type = page.Meta.Type.ToName();
        var tags = string.Join(' ', page.Meta.Tags);
        var headings = string.Join('\n', page.Headings.Select(h => h.Text));
        // The page document carries the text before the first h2; each h2 section is its own document, so
        // every word is analysed once, and a hit in a section links to it.
        var body = page.Sections.FirstOrDefault(s => s.HeadingId is null)?.Text ?? "";

        var text = new DocumentText(page.Language, page.Title, null, headings, tags, page.Meta.Summary, body);
        yield return Create(url, url, page, type, "page", text, analysis);

        var kind = page.Path.Key == GlossaryKey ? "glossary" : "section";
        foreach (var section in page.Sections.Where(s => s.HeadingId is not null))
        {
            var sectionUrl = url + "#" + section.HeadingId;
            yield return Create(sectionUrl, url, page, type, kind, text with { Heading = section.Heading, Headings = section.Heading, Summary = null, Body = section.Text }, analysis);
        }
    }

    private static Document Create(string id, string pageUrl, Page page, string type, string kind, DocumentText text, DocumentAnalysis analysis)
    {
        var fields = analysis.Analyse(text, titleCounts: kind == "page");
        var document = new Document
        {
            // Stored: only what a hit shows (url, title, heading, type, language, body for the snippet).
            new StringField(SearchFields.Id, id, Field.Store.NO),
            new StoredField(SearchFields.Url, id),
            new StringField(SearchFields.Page, pageUrl, Field.Store.NO),
            // Doc values let the searcher group hits by page and language without loading stored documents.
            new SortedDocValuesField(SearchFields.Page, new BytesRef(pageUrl)),
            new SortedDocValuesField(SearchFields.Language, new BytesRef(page.Language)),
            new StringField(SearchFields.Type, type, Field.Store.YES),
            new StringField(SearchFields.Language, page.Language, Field.Store.YES),
            new StringField(SearchFields.Kind, kind, Field.Store.NO),
            new StoredField(SearchFields.Title, text.Title),
            new StoredField(SearchFields.Body, text.Body),
            fields.Text,
            fields.Exact,
            fields.TitleExact,
        };
        if (text.Heading is not null)
        {
            document.Add(new StoredField(SearchFields.Heading, text.Heading));
        }
        return document;
    }
}
