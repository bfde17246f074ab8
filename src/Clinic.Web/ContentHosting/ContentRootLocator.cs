using Clinic.Content;

namespace Clinic.Web.ContentHosting;

/// <summary>Finds the content folder: <c>Content:Root</c> when set, else the nearest <c>content/</c> above the app.</summary>
internal static class ContentRootLocator
{
    public static string Locate(IConfiguration configuration, string appContentRoot)
    {
        var configured = configuration["Content:Root"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // Relative paths are read from the directory the command was run in, as users expect of a CLI flag.
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { appContentRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            if (ContentRoot.FindFrom(start) is { } found)
            {
                return found;
            }
        }

        return Path.GetFullPath(Path.Combine(appContentRoot, "content"));
    }
}
