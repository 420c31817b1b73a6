using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator;
using PmoPlaybook.Generator.I18n;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Testing;
using PmoPlaybook.Theme;
using PmoPlaybook.Theme.I18n;

namespace PmoPlaybook.Integration.Tests.I18n;

public sealed class UiTextTests : IDisposable
{
    private readonly TempDirectory _temp = new("pmo-i18n");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("en")]
    [InlineData("sv")]
    public void The_theme_s_own_languages_are_complete(string language)
    {
        var file = UiTextCatalog.Theme.File(language);

        Assert.NotNull(file);
        Assert.Empty(file.MissingKeys);
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void The_files_keep_the_wording_of_every_section()
    {
        Assert.Equal("Skip to content", UiText.For("en").SkipToContent);
        Assert.Equal("Hoppa till innehållet", UiText.For("sv").SkipToContent);
        Assert.Equal("Ägare", UiText.For("sv").Changes.Owner);
        Assert.Equal("{0} träffar för ”{1}” ({2} ms)", UiText.For("sv").ResultsFor);
        Assert.Equal("Self-assessment", UiText.For("en").TypeName(PageType.Assessment));
        Assert.Equal("Lärväg", UiText.For("sv").TypeName(PageType.Path));
        Assert.Equal("Översikt", UiText.For("sv").Dashboard.DashboardNav);
        Assert.Equal("engelska", UiText.For("sv").LanguageName(new SiteLanguage("en", "English", "en-GB")));
        Assert.Same(UiText.For("en"), UiText.For("xx"));
    }

    [Fact]
    public void Check_names_the_missing_keys_and_the_line_of_each_unknown_one()
    {
        var i18n = Directory.CreateDirectory(_temp.Combine("i18n")).FullName;
        File.Copy(Path.Combine(UiTextCatalog.ShippedDirectory, "en.yml"), Path.Combine(i18n, "en.yml"));
        File.WriteAllText(Path.Combine(i18n, "fr.yml"), """
            menu: "Menu"
            skip_to_content: "Aller au contenu"
            skip_to_contnet: "une faute de frappe"
            minutes_read: "{1} min de lecture"
            changes:
              owner: "Responsable"
              ownr: "encore une"
            """);
        var snapshot = Snapshot("en", "fr", "fi");

        var diagnostics = new UiTextRule(UiTextCatalog.Load(i18n)).Check(snapshot).ToList();

        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.IncompleteUiText, d.Code));
        Assert.All(diagnostics, d => Assert.True(d.IsError));
        var missing = Assert.Single(diagnostics, d => d.Path == "themes/default/i18n/fr.yml" && d.Line == 1);
        Assert.Contains("on_this_page", missing.Message, StringComparison.Ordinal);
        Assert.Contains("changes.about_this_page", missing.Message, StringComparison.Ordinal);
        Assert.Contains("assessment.problem_required", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("changes.owner", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("skip_to_content,", missing.Message, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d is { Line: 3, Column: 1 } && d.Message.Contains("'skip_to_contnet'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d is { Line: 7, Column: 3 } && d.Message.Contains("'changes.ownr'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Line == 4 && d.Message.Contains("'minutes_read'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Path == "site.yml" && d.Message.Contains("'fi'", StringComparison.Ordinal) && d.Message.Contains("fi.yml", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Path.EndsWith("en.yml", StringComparison.Ordinal));
        // What the file lacks is English on the page, never a blank, and a placeholder the page does not fill is not used.
        Assert.Equal("On this page", UiTextCatalog.Load(i18n).For("fr").OnThisPage);
        Assert.Equal("{0} min read", UiTextCatalog.Load(i18n).For("fr").MinutesRead);
    }

    [Fact]
    public async Task A_third_language_in_site_yml_plus_its_file_gives_a_fully_translated_ui()
    {
        var content = RepositoryPaths.Fixture("third-language/content");
        Assert.Empty(new UiTextRule(UiTextCatalog.Theme).Check(SiteGenerator.DefaultFeatures.Load(content)));

        var result = await SiteGenerator.Default.BuildAsync(new BuildOptions(content, _temp.Combine("site"), StaticSearch: false), IBuildLog.Silent);

        Assert.True(result.Report.ErrorCount == 0, string.Join("\n", result.Report.Diagnostics));
        var english = UiTextCatalog.Texts(UiText.For("en"));
        var german = UiTextCatalog.Texts(UiText.For("de"));
        // Every English text that German words differently, as a whole word (English "Filter" is in "Filtern").
        var untranslated = english.Where(e => !e.Value.Contains('{', StringComparison.Ordinal) && german[e.Key] != e.Value)
            .Select(e => (e.Key, Pattern: new Regex(@"(?<!\w)" + Regex.Escape(e.Value) + @"(?!\w)"))).ToList();
        var pages = Directory.GetFiles(_temp.Combine("site", "de"), "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var words = string.Join("\n", document.Body!.TextContent,
                string.Join("\n", document.All.SelectMany(e => e.Attributes).Where(a => a.Name is "aria-label" or "title" or "placeholder" or "alt").Select(a => a.Value)));
            Assert.DoesNotContain(untranslated, u => u.Pattern.IsMatch(words));
        }
        var home = parser.ParseDocument(File.ReadAllText(_temp.Combine("site", "de", "index.html")));
        Assert.Contains(german["skip_to_content"], home.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("de", home.DocumentElement.GetAttribute("lang"));
    }

    private ContentSnapshot Snapshot(params string[] languages)
    {
        var content = Directory.CreateDirectory(_temp.Combine("content")).FullName;
        File.WriteAllText(Path.Combine(content, "site.yml"),
            "title: T\nbase_url: http://127.0.0.1:5000/\nlanguages:\n" + string.Concat(languages.Select(l => $"  - code: {l}\n    name: {l}\n    culture: en-GB\n")));
        return SiteGenerator.DefaultFeatures.Load(content);
    }
}
