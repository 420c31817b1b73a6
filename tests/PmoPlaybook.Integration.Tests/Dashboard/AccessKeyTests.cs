using Microsoft.Extensions.Options;
using PmoPlaybook.Testing;
using PmoPlaybook.Web;
using PmoPlaybook.Web.Dashboard;
using PmoPlaybook.Web.Security;

namespace PmoPlaybook.Integration.Tests.Dashboard;

public class AccessKeyTests
{
    // printf %s abc | sha256sum
    private const string AbcHash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    [Fact]
    public void The_hash_is_what_sha256sum_prints_for_the_key()
    {
        Assert.Equal(AbcHash, AccessKey.Hash("abc"));
        Assert.True(AccessKey.Matches("abc", AbcHash));
        Assert.True(AccessKey.Matches("abc", AbcHash.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("abd", AbcHash)]
    [InlineData("", AbcHash)]
    [InlineData(null, AbcHash)]
    [InlineData("abc", "not-a-hash")]
    [InlineData("abc", "")]
    public void Anything_else_does_not_match(string? key, string hash) => Assert.False(AccessKey.Matches(key, hash));

    [Fact]
    public void A_malformed_hash_stops_the_app_with_a_message_that_does_not_repeat_it()
    {
        Assert.Empty(new DashboardOptions { AccessKeyHash = AbcHash }.Problems());
        Assert.Equal(DashboardSignIn.Off, new DashboardOptions().SignIn);

        var problem = Assert.Single(new DashboardOptions { AccessKeyHash = "0123abc" }.Problems());

        Assert.Contains("sha256sum", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("0123abc", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_refuses_to_start_with_a_malformed_hash_and_names_the_setting()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("site"));
        await using var app = PlaybookApp.Create(["--urls", "http://127.0.0.1:0", "--Site:SiteDirectory", temp.Combine("site"),
            "--Results:RepositoryPath", temp.Combine("results"), "--Results:OutboxPath", temp.Combine("outbox"), "--Dashboard:AccessKeyHash", "0123abc",
            "--Assessments:DefinitionsDirectory", RepositoryPaths.Assessments]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Dashboard:AccessKeyHash", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0123abc", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://idp.example/", null, "Dashboard:Oidc:ClientId is missing")]
    [InlineData(null, "client", "Dashboard:Oidc:Authority must be")]
    [InlineData("http://idp.example/", "client", "must use https")]
    public void Half_an_openid_connect_configuration_is_named(string? authority, string? clientId, string expected)
    {
        var options = new DashboardOptions { Oidc = new OidcOptions { Authority = authority, ClientId = clientId } };

        Assert.Equal(DashboardSignIn.OpenIdConnect, options.SignIn);
        Assert.Contains(options.Problems(), p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/assessments/dashboard?lang=sv", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example/", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("evil", false)]
    [InlineData("/a\r\nLocation: https://evil.example/", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_local_paths_are_followed_after_sign_in(string? url, bool local) => Assert.Equal(local, LocalRedirect.IsLocal(url));
}
