namespace PmoPlaybook.Web.Hosting;

/// <summary>
/// A settings class that can say what is wrong with its values, one message per bad setting naming it (and never
/// echoing a secret), so start-up stops with exactly what to fix instead of failing later or silently.
/// </summary>
public interface ISettingsProblems
{
    IEnumerable<string> Problems();
}
