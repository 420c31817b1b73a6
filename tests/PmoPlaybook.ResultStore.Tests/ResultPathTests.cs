namespace PmoPlaybook.ResultStore.Tests;

public sealed class ResultPathTests
{
    [Theory]
    [InlineData("results/pmo-maturity/2025/2025-03-14-3f2a9c.json")]
    [InlineData("feedback/en/roles/pace-keeper/2025-03-14-a1b2.json")]
    [InlineData("a.json")]
    [InlineData("results/x_y.z-1/v1.2.json")]
    public void Accepts_plain_relative_json_paths(string path)
    {
        Assert.Equal(path, ResultPath.Validate(path));
        Assert.True(ResultPath.IsValid(path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/etc/passwd.json")]
    [InlineData("../outside.json")]
    [InlineData("results/../../outside.json")]
    [InlineData("results/./x.json")]
    [InlineData("results/..json")]
    [InlineData(".git/config.json")]
    [InlineData("results/.hidden.json")]
    [InlineData(".json")]
    [InlineData("results\\windows.json")]
    [InlineData("C:/results/x.json")]
    [InlineData("results//x.json")]
    [InlineData("results/x.json/")]
    [InlineData("Results/Upper.json")]
    [InlineData("results/with space.json")]
    [InlineData("results/%2e%2e/x.json")]
    [InlineData("results/x.json\0.txt")]
    [InlineData("results/x\n.json")]
    [InlineData("results/åäö.json")]
    [InlineData("results/x.txt")]
    [InlineData("results/x.JSON")]
    [InlineData("results/x")]
    [InlineData("results/trailing./x.json")]
    [InlineData("results/con.json")]
    [InlineData("results/lpt1/x.json")]
    [InlineData("~/x.json")]
    [InlineData("results/x:stream.json")]
    public void Rejects_hostile_or_unexpected_paths(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => ResultPath.Validate(path));
        Assert.Equal("path", error.ParamName);
        Assert.False(ResultPath.IsValid(path));
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\0', error.Message);
    }

    [Fact]
    public void Rejects_null_and_overlong_paths()
    {
        Assert.Throws<ArgumentException>(() => ResultPath.Validate(null));
        var longest = "results/" + new string('a', ResultPath.MaxLength - "results/".Length - ".json".Length) + ".json";
        Assert.Equal(ResultPath.MaxLength, longest.Length);
        ResultPath.Validate(longest);
        Assert.Throws<ArgumentException>(() => ResultPath.Validate("a" + longest));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("results", "results/")]
    [InlineData("results/pmo-maturity/", "results/pmo-maturity/")]
    [InlineData("feedback/", "feedback/")]
    public void Folders_become_prefixes(string folder, string prefix) => Assert.Equal(prefix, ResultPath.ValidateFolder(folder));

    [Theory]
    [InlineData("/")]
    [InlineData("../")]
    [InlineData("/results/")]
    [InlineData("results//")]
    [InlineData(".git/")]
    [InlineData("results/../x/")]
    [InlineData("Results/")]
    public void Rejects_hostile_folders(string folder) => Assert.Throws<ArgumentException>(() => ResultPath.ValidateFolder(folder));

    [Theory]
    [InlineData("results/pmo-maturity/2025/2025-03-14-3f2a9c.json", "3f2a9c")]
    [InlineData("plans/pmo-maturity/2026/2026-01-02-abc123.json", "abc123")]
    [InlineData("feedback/en/roles/pace-keeper/2025-03-14-a1b2.json", "a1b2")]
    [InlineData("a.json", "a")]
    public void A_key_is_what_the_file_name_ends_with_after_its_last_dash(string path, string key) => Assert.Equal(key, ResultPath.KeyOf(path));

    [Fact]
    public void Keys_are_only_taken_from_valid_paths() => Assert.Throws<ArgumentException>(() => ResultPath.KeyOf("../x-abc.json"));

    [Fact]
    public void Full_paths_stay_under_their_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "root");
        Assert.Equal(Path.Combine(root, "results", "a.json"), ResultPath.ToFullPath(root, "results/a.json"));
        Assert.Throws<ArgumentException>(() => ResultPath.ToFullPath(root, "../a.json"));
    }
}
