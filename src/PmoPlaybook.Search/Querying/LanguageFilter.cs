using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PmoPlaybook.Search.Querying;

/// <summary>
/// "Documents in language N", answered from the searcher's per-document language numbers, and applied as
/// the query scorer's accepted documents (random access) instead of a second posting list to step through
/// in a conjunction. Honours the reader's deletions (serve updates the index in place).
/// </summary>
internal sealed class LanguageFilter(int[] languageOf, int language) : Filter
{
    /// <summary>Always random access: the filter is a lookup in an array, and the languages interleave in the index.</summary>
    public static readonly FilteredQuery.FilterStrategy Strategy = new AlwaysRandomAccess();

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) =>
        new InLanguage(languageOf, language, context.DocBase, context.AtomicReader.MaxDoc, acceptDocs);

    private sealed class InLanguage(int[] languageOf, int language, int docBase, int maxDoc, IBits? acceptDocs) : DocIdSet, IBits
    {
        public int Length => maxDoc;

        public bool Get(int index) => languageOf[docBase + index] == language && (acceptDocs is null || acceptDocs.Get(index));

        public override IBits Bits => this;

        public override bool IsCacheable => false;

        public override DocIdSetIterator GetIterator() => new Iterator(this, maxDoc);
    }

    private sealed class Iterator(IBits bits, int maxDoc) : DocIdSetIterator
    {
        private int _doc = -1;

        public override int DocID => _doc;

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            for (_doc = target; _doc < maxDoc; _doc++)
            {
                if (bits.Get(_doc))
                {
                    return _doc;
                }
            }
            return _doc = NO_MORE_DOCS;
        }

        public override long GetCost() => maxDoc;
    }

    private sealed class AlwaysRandomAccess : FilteredQuery.RandomAccessFilterStrategy
    {
        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;
    }
}
