using PmoPlaybook.Cli.Commands;
using PmoPlaybook.Testing;
using YamlDotNet.RepresentationModel;

namespace PmoPlaybook.Integration.Tests;

/// <summary>The GitHub workflows held against the CLI they call: a renamed verb, option or output folder fails here, not on main.</summary>
public class WorkflowTests
{
    private static YamlMappingNode Workflow(string name)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", name))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static IReadOnlyList<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        [.. ((YamlSequenceNode)((YamlMappingNode)Map(workflow, "jobs").Children.Values.Single())["steps"]).Cast<YamlMappingNode>()];

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    private static int IndexOf(IReadOnlyList<YamlMappingNode> steps, Func<YamlMappingNode, bool> match)
    {
        var index = steps.ToList().FindIndex(s => match(s));
        Assert.True(index >= 0, "step not found");
        return index;
    }

    private static bool Runs(YamlMappingNode step, string command) => Text(step, "run")?.Contains(command, StringComparison.Ordinal) == true;

    private static bool Uses(YamlMappingNode step, string action) => Text(step, "uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true;

    /// <summary>The arguments a step passes to `pmo` (after `--`), parsed by the CLI's own command.</summary>
    private static string[] PmoArguments(YamlMappingNode step) =>
        Text(step, "run")!.Split(" -- ", 2)[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string DefaultOutput() => BuildCommand.Create().Parse([]).GetValue<string>("--output")!.Replace('\\', '/');

    [Theory]
    [InlineData("pull-request.yml")]
    [InlineData("publish.yml")]
    public void Checks_then_builds_then_tests_with_the_whole_git_history(string name)
    {
        var steps = Steps(Workflow(name));

        var checkout = steps[IndexOf(steps, s => Uses(s, "actions/checkout"))];
        var check = IndexOf(steps, s => Runs(s, "dotnet run --project src/PmoPlaybook.Cli") && Runs(s, " check "));
        var build = IndexOf(steps, s => Runs(s, "dotnet run --project src/PmoPlaybook.Cli") && Runs(s, "-- build"));
        var test = IndexOf(steps, s => Runs(s, "tests/run"));

        Assert.Equal("0", Text(Map(checkout, "with"), "fetch-depth"));
        Assert.True(check < build && build < test, $"check {check}, build {build}, tests {test}");
        var checkArguments = PmoArguments(steps[check]);
        Assert.Equal(["check", "--format", "github"], checkArguments);
        Assert.Empty(CheckCommand.Create().Parse(checkArguments[1..]).Errors);
        Assert.Empty(BuildCommand.Create().Parse(PmoArguments(steps[build])[1..]).Errors);
    }

    [Theory]
    [InlineData("pull-request.yml")]
    [InlineData("publish.yml")]
    public void The_built_site_is_uploaded_from_where_pmo_build_writes_it(string name)
    {
        var steps = Steps(Workflow(name));

        var upload = steps.Single(s => Uses(s, "actions/upload-artifact") && Text(Map(s, "with"), "name") == "site");

        Assert.Equal(DefaultOutput(), Text(Map(upload, "with"), "path"));
    }

    [Fact]
    public void Pull_requests_are_checked_and_main_is_published_one_run_at_a_time()
    {
        var pullRequest = Workflow("pull-request.yml");
        var publish = Workflow("publish.yml");

        Assert.True(Map(pullRequest, "on").Children.ContainsKey("pull_request"));
        Assert.Equal(["main"], ((YamlSequenceNode)Map(Map(publish, "on"), "push")["branches"]).Select(b => ((YamlScalarNode)b).Value));
        Assert.Equal("false", Text(Map(publish, "concurrency"), "cancel-in-progress"));
        var deploy = Steps(publish).Single(s => Runs(s, "netlify-cli"));
        Assert.Contains($"--dir {DefaultOutput()}", Text(deploy, "run"));
        Assert.Contains("--prod", Text(deploy, "run"));
    }
}
