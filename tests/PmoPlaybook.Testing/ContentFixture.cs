namespace PmoPlaybook.Testing;

/// <summary>Writes small content trees for tests, so each test shows the exact files it is about.</summary>
public static class ContentFixture
{
    public const string SiteYml = """
        title: Test Playbook
        base_url: https://playbook.test/
        languages:
          - code: en
            name: English
            culture: en-GB
          - code: sv
            name: Svenska
            culture: sv-SE
        """;

    /// <summary>A page with valid front matter; extra YAML lines go after the required ones.</summary>
    public static string Page(string title, string body = "Some text.", string type = "page", string summary = "A page for tests.", int? order = null, string extra = "") =>
        $"---\ntitle: {title}\ntype: {type}\nsummary: {summary}\n{(order is null ? "" : $"order: {order}\n")}{extra}---\n{body}\n";

    /// <summary>Writes files (content-relative path → text) under root, adding site.yml unless given.</summary>
    public static string Write(string root, IEnumerable<(string Path, string Text)> files)
    {
        var list = files.ToList();
        if (!list.Any(f => f.Path == "site.yml"))
        {
            list.Add(("site.yml", SiteYml));
        }
        foreach (var (path, text) in list)
        {
            var full = System.IO.Path.Combine(root, path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return root;
    }

    public static string Write(string root, params (string Path, string Text)[] files) => Write(root, files.AsEnumerable());
}
