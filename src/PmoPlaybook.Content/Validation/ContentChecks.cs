using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation.Rules;

namespace PmoPlaybook.Content.Validation;

/// <summary>Runs every rule over a snapshot and returns all problems, reading problems first, in file order.</summary>
public sealed class ContentChecks(IReadOnlyList<IContentRule> rules)
{
    public static ContentChecks Default { get; } = For(TimeProvider.System);

    /// <summary>Every rule, with "today" (for review dates) taken from the given clock.</summary>
    public static ContentChecks For(TimeProvider clock) => new(
    [
        new LinkRule(),
        new DuplicateUrlRule(),
        new TranslationRule(),
        new HomePageRule(),
        new FileNameRule(),
        new ReviewDateRule(clock),
    ]);

    public IReadOnlyList<IContentRule> Rules => rules;

    /// <summary>These checks plus more, for rules that live in projects the content model must not depend on.</summary>
    public ContentChecks With(params IContentRule[] more) => new([.. rules, .. more]);

    public IReadOnlyList<Diagnostic> Run(ContentSnapshot snapshot) =>
        snapshot.LoadDiagnostics
            .Concat(rules.SelectMany(rule => rule.Check(snapshot)))
            .Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ToArray();
}
