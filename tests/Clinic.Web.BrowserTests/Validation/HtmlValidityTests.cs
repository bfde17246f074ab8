using Clinic.Web.BrowserTests.Infrastructure;

namespace Clinic.Web.BrowserTests.Validation;

/// <summary>The Nu Html Checker (the W3C validator) finds no error in any page the site serves.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class HtmlValidityTests(LiveSite site)
{
    [HtmlCheckerFact]
    public async Task The_Nu_Html_Checker_reports_no_errors_on_any_page()
    {
        var folder = Path.Combine(TestOutput.Screenshots, "html");
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var path in site.AllPages)
        {
            // The served bytes, before any browser repairs them: that is what the checker must see.
            using var response = await site.Http.GetAsync(new Uri(path, UriKind.Relative));
            var file = Path.Combine(folder, TestOutput.NameOf(path) + ".html");
            await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
            files.Add(file);
        }

        var errors = await NuHtmlChecker.ErrorsAsync(files);

        files.Should().HaveCount(site.AllPages.Count);
        errors.Should().BeEmpty($"vnu found:\n{string.Join("\n", errors)}");
    }
}
