namespace Clinic.Content.Lint.Tests.Support;

/// <summary>Finds the repository, its content folder, the rules file and the fixtures.</summary>
internal static class Repo
{
    public static string Root => Clinic.Testing.RepositoryRoot.Path;

    public static string Content => Path.Combine(Root, "content");

    public static string RulesFile => Path.Combine(Content, "claim-rules.yaml");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>
    /// The five real seed pages, pinned in the repository so the seed tests read the same input on every machine;
    /// <see cref="SharedSeeds"/> is the source they were copied from (a test checks they still agree).
    /// </summary>
    public static string Seeds => Path.Combine(Fixtures, "seeds");

    /// <summary>../shared/seeds beside the repository, when this machine has it.</summary>
    public static string SharedSeeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    public static string Seed(string prefix) =>
        Directory.EnumerateFiles(Seeds, prefix + "_*.txt").Single();
}
