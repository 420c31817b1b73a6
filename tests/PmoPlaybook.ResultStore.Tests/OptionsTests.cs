using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PmoPlaybook.ResultStore.Git;
using PmoPlaybook.ResultStore.GitHub;
using PmoPlaybook.ResultStore.Outbox;
using PmoPlaybook.Testing;

namespace PmoPlaybook.ResultStore.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Defaults_match_the_design()
    {
        var options = new ResultsOptions();
        Assert.Equal("git", options.Store);
        Assert.Equal("artifacts/results", options.RepositoryPath);
        Assert.Equal("artifacts/results-outbox", options.OutboxPath);
        Assert.Equal("PmoPlaybook", options.CommitterName);
        Assert.Equal("pmoplaybook@localhost", options.CommitterEmail);
        Assert.Equal("main", options.GitHub.Branch);
        Assert.Null(options.GitHub.BaseUrl);
        Assert.False(options.GitHub.PullRequests);
        Assert.Equal(TimeSpan.FromSeconds(1), options.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromMinutes(5), options.RetryMaxDelay);
    }

    [Fact]
    public void Environment_variables_bind_with_double_underscores()
    {
        // A prefix keeps this test's variables away from other tests running in the same process.
        Environment.SetEnvironmentVariable("PMOTEST_Results__Store", "github");
        Environment.SetEnvironmentVariable("PMOTEST_Results__GitHub__Owner", "acme");
        Environment.SetEnvironmentVariable("PMOTEST_Results__GitHub__PullRequests", "true");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables("PMOTEST_").Build();
            var options = configuration.GetSection(ResultsOptions.Section).Get<ResultsOptions>()!;
            Assert.Equal("github", options.Store);
            Assert.Equal("acme", options.GitHub.Owner);
            Assert.True(options.GitHub.PullRequests);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PMOTEST_Results__Store", null);
            Environment.SetEnvironmentVariable("PMOTEST_Results__GitHub__Owner", null);
            Environment.SetEnvironmentVariable("PMOTEST_Results__GitHub__PullRequests", null);
        }
    }

    [Fact]
    public void A_github_store_without_owner_repository_and_token_names_each_setting()
    {
        var result = new ResultsOptionsValidator().Validate(null, new ResultsOptions { Store = "github" });
        Assert.True(result.Failed);
        var message = result.FailureMessage;
        Assert.Contains("Results:GitHub:Owner is required", message);
        Assert.Contains("Results:GitHub:Repository is required", message);
        Assert.Contains("Results:GitHub:Token is required", message);
        Assert.Contains("Results__GitHub__Token", message);
    }

    [Theory]
    [InlineData("Results:Store", "svn", "Results:Store must be 'git' or 'github'")]
    [InlineData("Results:RepositoryPath", "", "Results:RepositoryPath must not be empty")]
    [InlineData("Results:RetryBaseDelay", "00:00:00", "RetryBaseDelay must be positive")]
    [InlineData("Results:GitHub:BaseUrl", "ftp://example.test", "BaseUrl must be an absolute http(s) URL")]
    public void Invalid_settings_fail_with_a_clear_message(string key, string value, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Results:GitHub:Owner"] = "acme",
            ["Results:GitHub:Repository"] = "results",
            ["Results:GitHub:Token"] = "t",
            ["Results:Store"] = key == "Results:GitHub:BaseUrl" ? "github" : "git",
            [key] = value,
        }).Build();
        using var services = new ServiceCollection().AddResults(configuration).BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ResultsOptions>>().Value);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_invalid_settings()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Results:Store"] = "github" });
        builder.Services.AddResults(builder.Configuration);
        using var host = builder.Build();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Results:GitHub:Token is required", error.Message);
    }

    [Fact]
    public void The_store_is_chosen_by_name()
    {
        using var temp = new TempDirectory("pmo-results");
        IResultStore Resolve(string store)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Results:Store"] = store,
                ["Results:RepositoryPath"] = temp.Combine("repository"),
                ["Results:OutboxPath"] = temp.Combine("outbox"),
                ["Results:GitHub:Owner"] = "acme",
                ["Results:GitHub:Repository"] = "results",
                ["Results:GitHub:Token"] = "t",
            }).Build();
            var services = new ServiceCollection().AddResults(configuration).BuildServiceProvider();
            var resolved = services.GetRequiredService<IResultStore>();
            Assert.Same(services.GetRequiredService<FileOutbox>(), services.GetRequiredService<IResultOutbox>());
            Assert.Single(services.GetServices<IHostedService>().OfType<OutboxWriter>());
            return resolved;
        }
        Assert.IsType<GitResultStore>(Resolve("git"));
        Assert.IsType<GitHubResultStore>(Resolve("GitHub"));
    }
}
