using Microsoft.Extensions.Options;
using PmoPlaybook.ResultStore;
using PmoPlaybook.Search.Querying;
using PmoPlaybook.Web.Assessments;
using PmoPlaybook.Web.Dashboard;
using PmoPlaybook.Web.Feedback;
using PmoPlaybook.Web.Health;
using PmoPlaybook.Web.Hosting;
using PmoPlaybook.Web.LiveReload;
using PmoPlaybook.Web.Search;
using PmoPlaybook.Web.Security;
using PmoPlaybook.Web.StaticSite;

namespace PmoPlaybook.Web;

/// <summary>
/// The whole composition of the web app in one place: what `dotnet run --project src/PmoPlaybook.Web`
/// runs in production and what `pmo serve` hosts (with live reload switched on).
/// </summary>
public static class PlaybookApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });

        builder.Services.AddOptions<SiteOptions>()
            .Bind(builder.Configuration.GetSection(SiteOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => Directory.Exists(o.SiteRoot), "Site:SiteDirectory does not exist: build the site first (`pmo build`) or point Site__SiteDirectory at it")
            .ValidateOnStart();
        builder.Services.AddSingleton(services =>
        {
            var site = services.GetRequiredService<IOptions<SiteOptions>>().Value;
            return new SearchIndex(site.IndexDirectory, site.SearchCacheEntries, services.GetService<TimeProvider>());
        });
        builder.Services.AddSingleton<AppPages>();
        builder.Services.AddSingleton<SearchPageRenderer>();

        // Assessments and page feedback: validated submissions go to a durable outbox, one writer commits them to Git.
        builder.Services.AddCheckedSettings<AssessmentOptions>(AssessmentOptions.Section);
        builder.Services.AddSingleton<AssessmentCatalog>();
        builder.Services.AddSingleton<AssessmentResults>();
        builder.Services.AddSingleton<DraftCookie>();
        builder.Services.AddResults(builder.Configuration);
        builder.Services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SubmissionLimiter>();
        builder.Services.AddCheckedSettings<SubmissionSecurityOptions>(SubmissionSecurityOptions.Section);
        builder.Services.AddSingleton<SubmissionGuard>();
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "pmo-antiforgery");
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
        {
            o.ValueCountLimit = 500;
            o.ValueLengthLimit = 16 * 1024;
            o.MultipartBodyLengthLimit = SubmissionGuard.MaxBodyBytes;
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);

        builder.Services.AddHealthChecks()
            .AddCheck<SiteHealthCheck>("site")
            .AddCheck<SearchIndexHealthCheck>("search")
            .AddResultsCheck();
        builder.Services.AddSingleton<LiveReloadHub>();
        builder.Services.AddReverseProxy();
        builder.Services.AddStaticCompression();
        configure?.Invoke(builder);

        // PMO dashboard (sign-in with OpenID Connect or an access key; off without either) and page feedback (same
        // outbox and guards as assessment responses). After `configure`: the settings decide which sign-in handlers
        // exist, and a host (tests, `pmo serve`) may add settings there.
        builder.AddDashboard();
        builder.Services.AddPageFeedback();

        var app = builder.Build();
        app.UseReverseProxy();
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        // The search page first: its path is also a static file, which live reload would otherwise serve as it is.
        app.UseSearchPage();
        app.UseContentHealthFeedback();
        app.UseLiveReload();
        app.UseStaticSite();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync });
        app.MapSearch();
        app.MapAssessments();
        app.MapDashboard();
        app.MapFeedback();
        app.MapLiveReload();
        app.MapNotFoundFallback();
        return app;
    }
}
