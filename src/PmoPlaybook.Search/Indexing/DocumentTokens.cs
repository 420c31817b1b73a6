using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PmoPlaybook.Search.Analysis;

namespace PmoPlaybook.Search.Indexing;

/// <summary>
/// The text pieces of one search document (title, headings, tags, summary, body), tokenised once by
/// <see cref="PlainAnalyzer"/> and kept as a list, so they can be replayed into several fields without
/// tokenising again (<see cref="TokenReplay"/>). Term characters share one buffer. One instance per indexing
/// thread, cleared for each document.
/// </summary>
internal sealed class DocumentTokens(PlainAnalyzer analyzer)
{
    private char[] _chars = new char[4096];
    private int _charCount;
    private readonly List<CapturedToken> _tokens = [];

    public int Count => _tokens.Count;

    public void Clear()
    {
        _charCount = 0;
        _tokens.Clear();
    }

    /// <summary>Tokenises a piece of text and returns where its tokens are.</summary>
    public TokenRange Add(string? text)
    {
        var first = _tokens.Count;
        if (string.IsNullOrEmpty(text))
        {
            return new TokenRange(first, 0, 0);
        }
        using var stream = analyzer.GetTokenStream(SearchFields.Exact, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (_charCount + term.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + term.Length));
            }
            Array.Copy(term.Buffer, 0, _chars, _charCount, term.Length);
            _tokens.Add(new CapturedToken(_charCount, term.Length, increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
            _charCount += term.Length;
        }
        stream.End();
        return new TokenRange(first, _tokens.Count - first, text.Length);
    }

    public CapturedToken this[int index] => _tokens[index];

    public char[] Chars => _chars;
}

internal readonly record struct CapturedToken(int CharStart, int Length, int PositionIncrement, int StartOffset, int EndOffset);

/// <summary>The tokens of one piece of text; <see cref="TextLength"/> lets a replay keep offsets increasing across pieces.</summary>
internal readonly record struct TokenRange(int First, int Count, int TextLength);

/// <summary>A piece to replay, and how many times: repeating a title is how it outweighs the body in one field.</summary>
internal readonly record struct WeightedRange(TokenRange Range, int Times);
