namespace Clinic.Web.BrowserTests.Infrastructure;

/// <summary>Finds the repository (the folder holding Clinic.Content.sln) from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

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
