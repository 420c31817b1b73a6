using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PmoPlaybook.Search.Analysis;

namespace PmoPlaybook.Search.Indexing;

/// <summary>
/// <see cref="StemmingChain"/> for the indexer, with a memory: each distinct plain word goes through the
/// stop filter and stemmer once, and is looked up afterwards. A site's vocabulary is small next to its word
/// count (and a weighted title is replayed five times), so this saves most of the stemming. Relies on the
/// chain turning one token into at most one, independently of its neighbours, which holds for its filters.
/// One per indexing thread and language.
/// </summary>
internal sealed class CachedStemming : TokenFilter
{
    // A bound, so a corpus of random strings cannot grow the cache without limit; words past it are just stemmed.
    private const int MaxWords = 200_000;

    private readonly Dictionary<string, string?> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly SingleToken _probe = new();
    private readonly TokenStream _chain;
    private readonly ICharTermAttribute _chainTerm;

    public CachedStemming(TokenStream plain, string language) : base(plain)
    {
        _lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _chain = StemmingChain.Apply(language, _probe);
        _chainTerm = _chain.AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        var skipped = 0;
        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            if (!_lookup.TryGetValue(word, out var stem))
            {
                stem = Stem(word);
                if (_stems.Count < MaxWords)
                {
                    _lookup[word] = stem;
                }
            }
            if (stem is null)
            {
                // A stop word: its position is kept as a gap, as StopFilter does.
                skipped += _increment.PositionIncrement;
                continue;
            }
            _term.SetEmpty().Append(stem);
            _increment.PositionIncrement += skipped;
            return true;
        }
        return false;
    }

    /// <summary>What the chain makes of one word, or null when it drops it.</summary>
    private string? Stem(ReadOnlySpan<char> word)
    {
        _probe.Set(word);
        _chain.Reset();
        var stem = _chain.IncrementToken() ? _chainTerm.ToString() : null;
        _chain.End();
        return stem;
    }

    /// <summary>A stream of one token, to run the chain on a single word.</summary>
    private sealed class SingleToken : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private char[] _word = new char[32];
        private int _length;
        private bool _done;

        public SingleToken() => _term = AddAttribute<ICharTermAttribute>();

        public void Set(ReadOnlySpan<char> word)
        {
            if (word.Length > _word.Length)
            {
                _word = new char[word.Length];
            }
            word.CopyTo(_word);
            _length = word.Length;
        }

        public override void Reset()
        {
            base.Reset();
            _done = false;
        }

        public override bool IncrementToken()
        {
            if (_done)
            {
                return false;
            }
            ClearAttributes();
            _term.CopyBuffer(_word, 0, _length);
            _done = true;
            return true;
        }
    }
}
