using System.CommandLine;
using System.Text.RegularExpressions;
using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Content.Authoring;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Cli.Commands;

/// <summary>`pmo new TYPE SLUG`: a page with valid front matter in the folder its type belongs in.</summary>
public static partial class NewCommand
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$")]
    private static partial Regex Slug();

    public static Command Create()
    {
        var type = new Argument<string>("TYPE") { Description = "One of: " + string.Join(", ", PageTypes.Names) };
        type.AcceptOnlyFromAmong([.. PageTypes.Names]);
        var slug = new Argument<string>("SLUG") { Description = "File name without .md, lowercase with hyphens; may include a folder (roles/sponsor)" };
        var language = new Option<string>("--lang") { Description = "Language folder", DefaultValueFactory = _ => "en" };
        var content = CommonOptions.Content();
        var command = new Command("new", "Create a page with valid front matter") { type, slug, language, content };
        command.SetAction(parse =>
        {
            var pageType = PageTypes.TryParse(parse.GetValue(type), out var t) ? t : PageType.Page;
            var name = parse.GetValue(slug)!;
            var lang = parse.GetValue(language)!;
            if (!Slug().IsMatch(name))
            {
                Console.Error.WriteLine($"pmo new: '{name}' is not a valid slug: use lowercase letters, digits and hyphens, e.g. risk-register or roles/sponsor");
                return ExitCodes.Usage;
            }
            if (!Slug().IsMatch(lang) || lang.Contains('/'))
            {
                Console.Error.WriteLine($"pmo new: '{lang}' is not a language code");
                return ExitCodes.Usage;
            }
            if (pageType == PageType.Assessment)
            {
                return NewAssessment(parse.GetValue(content)!, name);
            }
            var relative = name.Contains('/') ? name : Path.Combine(DefaultFolder(pageType), name);
            var file = Path.Combine(parse.GetValue(content)!, lang, relative + ".md");
            if (File.Exists(file))
            {
                Console.Error.WriteLine($"pmo new: {file} already exists; nothing was changed");
                return ExitCodes.ContentErrors;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, PageScaffold.Markdown(pageType, Title(name)));
            Console.WriteLine($"Created {file.Replace('\\', '/')}: fill in its summary and body, then run `pmo check`.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>An assessment is a YAML definition in content/assessments (the build makes its pages), not a Markdown page.</summary>
    private static int NewAssessment(string contentDirectory, string id)
    {
        if (!DefinitionReader.IdPattern().IsMatch(id))
        {
            Console.Error.WriteLine($"pmo new: '{id}' is not a valid assessment id: lowercase letters, digits and hyphens, no folders");
            return ExitCodes.Usage;
        }
        if (DefinitionReader.ReservedIds.Contains(id))
        {
            Console.Error.WriteLine($"pmo new: '{id}' is reserved: /assessments/{id} is the app's own page; choose another id");
            return ExitCodes.Usage;
        }
        var file = Path.Combine(contentDirectory, DefinitionReader.Folder, id + ".yml");
        if (File.Exists(file))
        {
            Console.Error.WriteLine($"pmo new: {file} already exists; nothing was changed");
            return ExitCodes.ContentErrors;
        }
        var (config, _) = SiteConfigReader.Read(contentDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, DefinitionScaffold.Yaml(id, config.Languages.Select(l => l.Code).ToArray()));
        Console.WriteLine($"Created {file.Replace('\\', '/')}: write its texts, dimensions and questions, then run `pmo check`.");
        return ExitCodes.Ok;
    }

    public static string DefaultFolder(PageType type) => type switch
    {
        PageType.Role => "roles",
        PageType.Playbook => "playbooks",
        PageType.Template => "templates",
        PageType.Guide => "guides",
        PageType.Assessment => "assessments",
        PageType.Path => "paths",
        _ => "",
    };

    private static string Title(string slug)
    {
        var name = slug[(slug.LastIndexOf('/') + 1)..].Replace('-', ' ');
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
