namespace Clinic.Content.Lint.Tests.Support;

/// <summary>Finds the repository, its content folder, the rules file and the fixtures.</summary>
internal static class Repo
{
    public static string Root => Clinic.Testing.RepositoryRoot.Path;

    public static string Content => Path.Combine(Root, "content");

    public static string RulesFile => Path.Combine(Content, "claim-rules.yaml");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The real-world seed pages: ../shared/seeds beside the repository, else the copies shipped with the tests.</summary>
    public static string Seeds
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
            return Directory.Exists(shared) && Directory.EnumerateFiles(shared, "*.txt").Any() ? shared : Path.Combine(Fixtures, "seeds");
        }
    }

    public static string Seed(string prefix) =>
        Directory.EnumerateFiles(Seeds, prefix + "_*.txt").Single();
}
