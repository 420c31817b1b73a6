using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Theme.I18n;

namespace PmoPlaybook.Generator.I18n;

/// <summary>The theme's words in every language site.yml lists: checked here, read by every page through <c>UiText.For</c>.</summary>
public sealed class UiTextFeature(UiTextCatalog? catalog = null) : BuildFeature(rules: [new UiTextRule(catalog ?? UiTextCatalog.Theme)]);
