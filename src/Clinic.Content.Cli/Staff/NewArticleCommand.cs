using System.CommandLine;
using Clinic.Content.Lint.Reports;
using Clinic.Content.Workspace;

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
        if (ContentOption.Locate(contentPath, error) is not { } root)
        {
            return ExitCodes.Usage;
        }

        // One line, single spaces: a title with a line break would break the front matter.
        var cleanTitle = string.Join(' ', (title ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var slug = Slug.From(cleanTitle);
        if (slug.Length == 0)
        {
            error.WriteLine("Give the article a title with at least one letter or digit, for example: clinic-content new article \"How ketamine works\"");
            return ExitCodes.Usage;
        }

        var workspace = new ContentWorkspace(root);
        var articles = workspace.ArticlesFolder;
        var path = Path.Combine(articles, slug + ".md");
        if (workspace.ArticleFor(slug) is { } existing)
        {
            error.WriteLine($"{ContentWorkspace.Display(existing, root)} already exists, so nothing was written. Edit that file, or choose another title.");
            return ExitCodes.Problems;
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
            error.WriteLine($"{ContentWorkspace.Display(path, root)} already exists, so nothing was written ({ex.Message}).");
            return ExitCodes.Problems;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Could not write {ContentWorkspace.Display(path, root)}: {ex.Message}");
            return ExitCodes.Usage;
        }

        var shown = ContentWorkspace.Display(path, root);
        output.WriteLine($"Created {shown} (a draft, so only the preview shows it).");
        output.WriteLine($"Next: write the summary and the text, then preview it at /articles/{slug}");
        output.WriteLine("      (run the site with: dotnet run --project src/Clinic.Web).");
        output.WriteLine("When it is ready, a reviewer signs it off: clinic-content review sign " + shown + " --reviewer \"NAME\"");
        output.WriteLine("Before you open a pull request, run: clinic-content check");
        return ExitCodes.Ok;
    }
}
