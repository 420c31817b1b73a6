using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PmoPlaybook.Search.Indexing;

/// <summary>
/// A token stream over tokens already made (<see cref="DocumentTokens"/>): the pieces in order, each as many
/// times as its weight. Reused for every document on its thread: <see cref="Start"/> points it at the next one,
/// and disposing it (which IndexWriter does after each field) is a no-op.
/// </summary>
internal sealed class TokenReplay : TokenStream
{
    private readonly DocumentTokens _tokens;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly List<WeightedRange> _pieces = [];
    private int _piece;
    private int _round;
    private int _token;
    private int _offsetBase;

    public TokenReplay(DocumentTokens tokens)
    {
        _tokens = tokens;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public TokenReplay Start(params ReadOnlySpan<WeightedRange> pieces)
    {
        _pieces.Clear();
        foreach (var piece in pieces)
        {
            if (piece.Range.Count > 0 && piece.Times > 0)
            {
                _pieces.Add(piece);
            }
        }
        return this;
    }

    public override void Reset()
    {
        base.Reset();
        _piece = 0;
        _round = 0;
        _token = 0;
        _offsetBase = 0;
    }

    public override bool IncrementToken()
    {
        while (_piece < _pieces.Count)
        {
            var piece = _pieces[_piece];
            if (_token < piece.Range.Count)
            {
                var token = _tokens[piece.Range.First + _token++];
                ClearAttributes();
                _term.CopyBuffer(_tokens.Chars, token.CharStart, token.Length);
                _increment.PositionIncrement = token.PositionIncrement;
                _offset.SetOffset(_offsetBase + token.StartOffset, _offsetBase + token.EndOffset);
                return true;
            }
            // Pieces stand one after another, as if joined by a line break.
            _offsetBase += piece.Range.TextLength + 1;
            _token = 0;
            if (++_round >= piece.Times)
            {
                _round = 0;
                _piece++;
            }
        }
        return false;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_offsetBase, _offsetBase);
    }

    protected override void Dispose(bool disposing)
    {
        // Kept for the next document; nothing to release.
    }
}
