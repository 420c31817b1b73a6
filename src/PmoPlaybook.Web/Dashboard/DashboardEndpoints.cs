using PmoPlaybook.Web.StaticSite;

namespace PmoPlaybook.Web.Dashboard;

/// <summary>
/// /assessments/dashboard: the results heatmap, the page feedback view, sign-in and sign-out. Literal
/// segments outrank /assessments/{id}, and no assessment may be called "dashboard" (PMO040), so the two
/// never meet. Without a sign-in method configured every dashboard address is 404.
/// </summary>
public static class DashboardEndpoints
{
    public static WebApplication MapDashboard(this WebApplication app)
    {
        var mode = app.Services.GetRequiredService<DashboardMode>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DashboardEndpoints));
        var dashboard = app.MapGroup(DashboardSetup.BasePath);
        if (mode.SignIn == DashboardSignIn.Off)
        {
            logger.LogInformation("PMO dashboard disabled: set Dashboard:AccessKeyHash, or Dashboard:Oidc:Authority and Dashboard:Oidc:ClientId, to turn it on");
            dashboard.Map("/{**rest}", (HttpContext context, AppPages pages) => pages.NotFoundAsync(context));
            return app;
        }

        logger.LogInformation("PMO dashboard on: sign-in with {SignIn}", mode.SignIn == DashboardSignIn.OpenIdConnect ? "OpenID Connect" : "the access key");
        dashboard.MapGet("", DashboardPages.ResultsAsync).RequireAuthorization(DashboardSetup.Policy);
        dashboard.MapGet("/feedback", DashboardPages.FeedbackAsync).RequireAuthorization(DashboardSetup.Policy);
        dashboard.MapGet("/sign-in", SignInPages.FormAsync);
        if (mode.SignIn == DashboardSignIn.AccessKey)
        {
            dashboard.MapPost("/sign-in", SignInPages.PostAsync);
        }
        dashboard.MapPost("/sign-out", SignInPages.SignOutAsync);
        return app;
    }
}
