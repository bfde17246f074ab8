namespace Clinic.Testing;

/// <summary>Finds the repository (the folder holding Clinic.Content.sln) from a test's output folder.</summary>
public static class RepositoryRoot
{
    /// <summary>The repository's root folder, found from the test's folder.</summary>
    public static string Path { get; } = Find();

    /// <summary>The content folder the site ships with.</summary>
    public static string Content => System.IO.Path.Combine(Path, "content");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Clinic.Content.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Clinic.Content.sln not found above " + AppContext.BaseDirectory);
    }
}
