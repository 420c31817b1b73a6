using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoPlaybook.Assessments.Responses;
using PmoPlaybook.ResultStore;
using PmoPlaybook.Testing;
using PmoPlaybook.Web.Assessments;

namespace PmoPlaybook.Integration.Tests.Assessments;

/// <summary>
/// F2 of the attack run: an anonymous lookup of a result, even of an id that does not exist, listed and read
/// every stored result. These count what a lookup asks of the archive.
/// </summary>
public sealed class ResultLookupTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new("pmo-lookup");
    private ServiceProvider _services = default!;
    private CountingArchive _archive = default!;
    private AssessmentResults _results = default!;

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Results:RepositoryPath"] = _temp.Combine("repository"),
            ["Results:OutboxPath"] = _temp.Combine("outbox"),
        }).Build();
        _services = new ServiceCollection().AddResults(configuration).BuildServiceProvider();
        _archive = new CountingArchive(_services.GetRequiredService<IResultArchive>());
        _results = new AssessmentResults(_services.GetRequiredService<IResultOutbox>(), _archive, TimeProvider.System);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Finding_a_result_by_id_never_lists_the_stored_results()
    {
        var stored = new List<string>();
        foreach (var seed in Enumerable.Range(0, 20))
        {
            var valid = new ValidResponse($"Team {seed}", "Sponsor", "en", AssessmentClient.Answers(seed), Comment: null);
            stored.Add((await _results.SubmitAsync(AssessmentClient.Definition, valid, key: null, CancellationToken.None)).Response!.Id);
        }

        var found = await _results.FindAsync(AssessmentClient.Id, stored[7], CancellationToken.None);
        var missing = await _results.FindAsync(AssessmentClient.Id, ResponseId.New(), CancellationToken.None);

        Assert.Equal("Team 7", found?.Team);
        Assert.Null(missing);
        Assert.Equal(0, _archive.Listings);
        Assert.Equal(2, _archive.Finds);
    }

    private sealed class CountingArchive(IResultArchive inner) : IResultArchive
    {
        public int Listings { get; private set; }

        public int Finds { get; private set; }

        public Task<string?> ReadAsync(string path, CancellationToken cancellationToken) => inner.ReadAsync(path, cancellationToken);

        public Task<StoredResult?> FindAsync(string folder, string key, CancellationToken cancellationToken)
        {
            Finds++;
            return inner.FindAsync(folder, key, cancellationToken);
        }

        public Task<IReadOnlyList<StoredResult>> ListAsync(string folder, CancellationToken cancellationToken)
        {
            Listings++;
            return inner.ListAsync(folder, cancellationToken);
        }
    }
}
