using System.CommandLine;

namespace Clinic.Content.Cli.Staff;

/// <summary><c>clinic-content new article "Title"</c>: starts a new article from the template, as a draft.</summary>
internal static class NewArticleCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("title") { Description = "The article's title, in quotes." };
        var content = ContentOption.Create();
        var article = new Command("article", "Create content/articles/<slug>.md with every field filled in, as a draft.")
        {
            title,
            content,
        };
        article.SetAction(parse => Run(parse, parse.GetValue(title), parse.GetValue(content)));
        return new Command("new", "Start a new page or reference.") { article, References.NewReferenceCommand.Create() };
    }

    private static int Run(ParseResult parse, string? title, string? contentPath)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var root = ContentFolder.Resolve(contentPath, Environment.CurrentDirectory, out var problem);
        if (root is null)
        {
            error.WriteLine(problem);
            return StaffExitCodes.Usage;
        }

        // One line, single spaces: a title with a line break would break the front matter.
        var cleanTitle = string.Join(' ', (title ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var slug = Slug.From(cleanTitle);
        if (slug.Length == 0)
        {
            error.WriteLine("Give the article a title with at least one letter or digit, for example: clinic-content new article \"How ketamine works\"");
            return StaffExitCodes.Usage;
        }

        var articles = Path.Combine(root, "articles");
        var path = Path.Combine(articles, slug + ".md");
        if (Existing(articles, slug) is { } existing)
        {
            error.WriteLine($"{ContentRoot.Display(existing, root)} already exists, so nothing was written. Edit that file, or choose another title.");
            return StaffExitCodes.Problems;
        }

        try
        {
            Directory.CreateDirectory(articles);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write); // CreateNew: never overwrite
            using var writer = new StreamWriter(stream);
            writer.Write(ArticleTemplate.Render(cleanTitle));
        }
        catch (IOException ex) when (File.Exists(path))
        {
            error.WriteLine($"{ContentRoot.Display(path, root)} already exists, so nothing was written ({ex.Message}).");
            return StaffExitCodes.Problems;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Could not write {ContentRoot.Display(path, root)}: {ex.Message}");
            return StaffExitCodes.Usage;
        }

        var shown = ContentRoot.Display(path, root);
        output.WriteLine($"Created {shown} (a draft, so only the preview shows it).");
        output.WriteLine($"Next: write the summary and the text, then preview it at /articles/{slug}");
        output.WriteLine("      (run the site with: dotnet run --project src/Clinic.Web).");
        output.WriteLine("When it is ready, a reviewer signs it off: clinic-content review sign " + shown + " --reviewer \"NAME\"");
        output.WriteLine("Before you open a pull request, run: clinic-content check");
        return StaffExitCodes.Ok;
    }

    /// <summary>Any article file already using this address, in any sub-folder (the site reads them all).</summary>
    private static string? Existing(string articles, string slug) =>
        Directory.Exists(articles)
            ? Directory.EnumerateFiles(articles, "*.md", SearchOption.AllDirectories)
                .FirstOrDefault(f => string.Equals(Path.GetFileNameWithoutExtension(f), slug, StringComparison.OrdinalIgnoreCase))
            : null;
}
