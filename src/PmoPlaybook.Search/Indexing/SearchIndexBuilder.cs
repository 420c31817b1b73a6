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
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzers.Plain)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(store, config);
        var count = 0;
        // IndexWriter takes documents from several threads; analysis is most of the work.
        Parallel.ForEach(site.Pages.Where(p => !p.IsSynthetic), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, page =>
        {
            var analyzer = analyzers.ForDocument(page.Language);
            foreach (var document in Documents(site, page))
            {
                writer.AddDocument(document, analyzer);
                Interlocked.Increment(ref count);
            }
        });
        // No ForceMerge: a handful of segments searches just as fast here, and merging would double the indexing time.
        writer.Commit();
        new SearchMetadata(
            site.Config.BasePath,
            site.Config.Languages.Select(l => new SearchLanguage(l.Code, l.Name)).ToArray(),
            site.Pages.Where(p => !p.IsSynthetic).Select(p => p.Meta.Type.ToName()).Distinct().Order(StringComparer.Ordinal).ToArray()).Write(directory);
        return count;
    }

    public static IEnumerable<Document> Documents(Site site, Page page)
    {
        var url = site.Config.Href(page.UrlPath);
        var type = page.Meta.Type.ToName();
        var tags = string.Join(' ', page.Meta.Tags);
        var headings = string.Join('\n', page.Headings.Select(h => h.Text));
        // The page document carries the text before the first h2; each h2 section is its own document, so
        // every word is analysed once, and a hit in a section links to it.
        var body = page.Sections.FirstOrDefault(s => s.HeadingId is null)?.Text ?? "";

        yield return Create(url, url, page, type, "page", page.Title, null, headings, page.Meta.Summary, tags, body);

        var glossary = page.Path.Key == GlossaryKey;
        foreach (var section in page.Sections.Where(s => s.HeadingId is not null))
        {
            var sectionUrl = url + "#" + section.HeadingId;
            yield return Create(sectionUrl, url, page, type, glossary ? "glossary" : "section", page.Title, section.Heading, section.Heading!, null, tags, section.Text);
        }
    }

    private static Document Create(string id, string pageUrl, Page page, string type, string kind, string title, string? heading, string headings, string? summary, string tags, string body)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, id, Field.Store.YES),
            new StoredField(SearchFields.Url, id),
            new StringField(SearchFields.Page, pageUrl, Field.Store.YES),
            // Doc values let the searcher group hits by page and language without loading stored documents.
            new SortedDocValuesField(SearchFields.Page, new BytesRef(pageUrl)),
            new SortedDocValuesField(SearchFields.Language, new BytesRef(page.Language)),
            new StringField(SearchFields.Type, type, Field.Store.YES),
            new StringField(SearchFields.Language, page.Language, Field.Store.YES),
            new StringField(SearchFields.Kind, kind, Field.Store.YES),
            new StoredField(SearchFields.Title, title),
            new StoredField(SearchFields.Body, body),
            // The page title only counts on the page's own document, so a section wins on its own words.
            new TextField(SearchFields.Text, SearchFields.Weighted(kind == "page" ? title : null, heading, headings, tags, summary, body), Field.Store.NO),
            new TextField(SearchFields.Exact, string.Join('\n', title, heading, headings, tags, summary, body), Field.Store.NO),
            new TextField(SearchFields.TitleExact, kind == "page" ? title : heading ?? "", Field.Store.NO),
        };
        if (heading is not null)
        {
            document.Add(new StoredField(SearchFields.Heading, heading));
        }
        return document;
    }
}
