namespace PmoPlaybook.Theme.I18n;

/// <summary>A problem at a place in an i18n file (1-based), such as a key the theme does not read.</summary>
public sealed record UiTextProblem(int Line, int Column, string Message);

/// <summary>
/// One language's i18n file as read: its text (English wherever the file lacks a key, so a page never shows
/// a blank), the keys it lacks and what else is wrong with it, for `pmo check` to report.
/// </summary>
public sealed record UiTextFile(string Language, string FileName, UiText Text, IReadOnlyList<string> MissingKeys, IReadOnlyList<UiTextProblem> Problems);
