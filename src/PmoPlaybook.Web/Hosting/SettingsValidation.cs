using Microsoft.Extensions.Options;

namespace PmoPlaybook.Web.Hosting;

/// <summary>The one way the app's settings sections are bound: bound, checked by their own <see cref="ISettingsProblems.Problems"/>, at start-up.</summary>
public static class SettingsValidation
{
    /// <summary>Binds <paramref name="section"/> to <typeparamref name="T"/> and refuses start-up when its problems are not empty.</summary>
    public static OptionsBuilder<T> AddCheckedSettings<T>(this IServiceCollection services, string section)
        where T : class, ISettingsProblems
    {
        services.AddSingleton<IValidateOptions<T>, ProblemsValidator<T>>();
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }

    private sealed class ProblemsValidator<T> : IValidateOptions<T>
        where T : class, ISettingsProblems
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
