namespace Clinic.Web.Export;

/// <summary>Where each address of the site goes in an export, laid out so that static hosts serve it at the same address.</summary>
internal static class ExportPaths
{
    /// <summary>The page every static host shows for a missing address (nginx error_page, Netlify, Cloudflare Pages, GitHub Pages).</summary>
    public const string NotFoundFile = "404.html";

    /// <summary>
    /// The file for a site path: <c>/</c> is <c>index.html</c>, an address without an extension gets <c>.html</c>
    /// (<c>/faq</c> is <c>faq.html</c>, which nginx finds with try_files and CDNs serve as a "pretty URL"), anything
    /// else keeps its name. Null for a path that would leave the export folder.
    /// </summary>
    public static string? FileFor(string path)
    {
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        else if (!Path.GetFileName(relative).Contains('.', StringComparison.Ordinal))
        {
            relative += ".html";
        }

        var segments = relative.Split('/');
        return segments.Any(s => s is "" or "." or ".." || s.Contains('\\', StringComparison.Ordinal)) ? null : relative;
    }
}
