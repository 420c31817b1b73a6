using System.Net.Http.Json;
using System.Text.Json;
using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests.Assessments;

/// <summary>What assessment tests share: the real definition, complete answers, and a look into the results repository.</summary>
internal static class AssessmentClient
{
    public const string Id = "pmo-maturity";

    public static AssessmentDefinition Definition { get; } =
        DefinitionReader.ReadAll(RepositoryPaths.Content, ["en", "sv"]).Find(Id) ?? throw new InvalidOperationException("pmo-maturity.yml is missing");

    /// <summary>Every question answered: levels cycling 1–5, every seventh "don't know".</summary>
    public static Dictionary<string, int?> Answers(int seed = 0) =>
        Definition.Questions.Select((q, i) => (q.Id, Level: (i + seed) % 7 == 6 ? (int?)null : (i + seed) % 5 + 1)).ToDictionary(a => a.Id, a => a.Level);

    public static object Body(string team = "Team Falcon", int seed = 0, string? comment = null) =>
        new { team, role = "Sponsor", lang = "en", answers = Answers(seed), comment };

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, object body) =>
        await client.PostAsJsonAsync($"/api/assessments/{Id}/responses", body);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Waits until the writer has committed every expected response; fails naming the missing ones.</summary>
    public static Task<IReadOnlyList<string>> WaitForCommitsAsync(string repository, IReadOnlyCollection<string> responseIds, Func<string>? diagnostics = null) =>
        GitRepository.WaitForSubjectsAsync(repository, [.. responseIds.Select(id => $"assessment {Id}: response {id}")], diagnostics);
}
