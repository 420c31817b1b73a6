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
        var pages = site.Pages.Where(p => !p.IsSynthetic).ToArray();
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
                foreach (var document in Documents(site, pages[index], analysis))
                {
                    writer.AddDocument(document);
                    Interlocked.Increment(ref count);
                }
            }
        }
        Task.WaitAll(Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(Work)));
        // No ForceMerge: a handful of segments searches just as fast here, and merging would double the indexing time.
        writer.Commit();
        new SearchMetadata(
            site.Config.BasePath,
            site.Config.Languages.Select(l => new SearchLanguage(l.Code, l.Name)).ToArray(),
            site.Pages.Where(p => !p.IsSynthetic).Select(p => p.Meta.Type.ToName()).Distinct().Order(StringComparer.Ordinal).ToArray()).Write(directory);
        return count;
    }

    /// <summary>
    /// The search documents of a page, one at a time: each must be added to the index before the next is
    /// taken, because they share <paramref name="analysis"/>'s token streams.
    /// </summary>
    internal static IEnumerable<Document> Documents(Site site, Page page, DocumentAnalysis analysis)
    {
        var url = site.Config.Href(page.UrlPath);
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
