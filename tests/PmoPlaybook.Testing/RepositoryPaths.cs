namespace PmoPlaybook.Testing;

/// <summary>Finds the repository from a test's bin folder, so tests can use the real content/ and fixtures.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>The real assessment definitions: the app refuses to start without an existing definitions folder.</summary>
    public static string Assessments => Path.Combine(Content, "assessments");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);

    /// <summary>Where tests keep files worth looking at after a run (screenshots).</summary>
    public static string TestResults => Path.Combine(Root, "artifacts", "test-results");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PmoPlaybook.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("PmoPlaybook.sln not found above " + AppContext.BaseDirectory);
    }
}
