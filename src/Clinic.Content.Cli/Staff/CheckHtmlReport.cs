using System.Globalization;
using System.Net;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Reports;
using Clinic.Content.Pages;
using Clinic.Content.Workspace;

namespace Clinic.Content.Cli.Staff;

/// <summary>
/// <c>check --format html</c>: the preview's problem box as one file for editors who do not run the site. Per page: the
/// problems sorted by line, each linked to its words marked in the rendered page below.
/// </summary>
internal static class CheckHtmlReport
{
    private const string Style = """
        body { font: 1rem/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; background: #fdfcf9; }
        h2 { border-top: 2px solid #cfcabd; padding-top: 1rem; }
        .problems { background: #fdecea; padding: 0.5rem 1rem 0.5rem 2.5rem; }
        .problem { margin-bottom: 0.5rem; }
        .fix { display: block; color: #4a5058; }
        .page { border: 1px solid #cfcabd; padding: 0 1rem; }
        mark { background: #fdecea; color: inherit; text-decoration: underline wavy 2px #b3261e; text-underline-offset: 3px; }
        mark:target { outline: 3px solid #b35c00; }
        .citation-missing { border: 2px dashed currentColor; padding: 0 0.3rem; }
        """;

    /// <summary>Writes the report and returns the exit code, as the text report does: 1 when there are errors, else 0.</summary>
    public static int Write(LintReport report, ContentSnapshot snapshot, string contentShown, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        var pages = snapshot.Articles.Cast<ContentPage>().Append(snapshot.Faq).OfType<ContentPage>()
            .ToDictionary(p => ContentWorkspace.Display(p.SourcePath, snapshot.Root), StringComparer.Ordinal);
        var findings = ProblemOrder.Arrange(report.Findings, f => (f.File, f.Span.Line, f.Span.Column));
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>Content check: {Encode(contentShown)}</title><style>{Style}</style></head><body>");
        output.WriteLine($"<h1>Content check: {Encode(contentShown)}</h1>");
        var files = findings.Select(f => f.File).Distinct().Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<p>{findings.Count} problem{(findings.Count == 1 ? string.Empty : "s")} ({errors} error{(errors == 1 ? string.Empty : "s")}) in {files} file{(files == 1 ? string.Empty : "s")}."));
        output.WriteLine("Each place links to the words, highlighted in the page. docs/content-guide.md explains each kind of problem.</p>");
        if (findings.Count == 0)
        {
            output.WriteLine("<p>All clear: no problems found. The content is ready for a pull request.</p>");
        }

        var number = 0;
        foreach (var file in findings.GroupBy(f => f.File, StringComparer.Ordinal))
        {
            var problems = file.Select(f => (Finding: f, Id: string.Create(CultureInfo.InvariantCulture, $"problem-{++number}"))).ToList();
            var page = pages.GetValueOrDefault(file.Key);
            var (fragments, marked) = page is null || Read(page.SourcePath) is not { } source
                ? ([], new HashSet<string>())
                : ProblemMarks.Mark(ProblemMarks.BodyOf(page), source, problems.Where(p => p.Finding.Text.Length > 0)
                    .Select(p => new MarkTarget(p.Id, p.Finding.Text, p.Finding.Span.Line, p.Finding.Span.Column, FindingSeverities.Word(p.Finding.Severity), $"{p.Finding.RuleId}: {p.Finding.Message}")));
            output.WriteLine($"<h2>{Encode(file.Key)}</h2>");
            output.WriteLine("<ol class=\"problems\">");
            foreach (var (f, id) in problems)
            {
                var place = string.Create(CultureInfo.InvariantCulture, $"line {f.Span.Line}, column {f.Span.Column}");
                var where = marked.Contains(id) ? $"<a href=\"#{id}\">{place}</a>" : place;
                var words = f.Text.Length > 0 ? $" <q>{Encode(f.Text)}</q>" : string.Empty;
                output.WriteLine($"<li class=\"problem\">{where}: <strong>{FindingSeverities.Word(f.Severity)} {Encode(f.RuleId)}</strong> ({FindingKinds.Word(f.Kind)}) {Encode(f.Message)}{words}<span class=\"fix\">Fix: {Encode(f.Fix)}</span></li>");
            }

            output.WriteLine("</ol>");
            if (fragments.Count > 0)
            {
                output.WriteLine($"<section class=\"page\" aria-label=\"{Encode(page!.Title)} as rendered\"><h3>{Encode(page.Title)}</h3>");
                // The FAQ's answers follow its intro; their questions are headings the page template adds.
                var questions = page is Faq.FaqPage faq ? faq.Questions.Select(q => q.Question).ToList() : [];
                for (var i = 0; i < fragments.Count; i++)
                {
                    output.WriteLine(i > 0 && i <= questions.Count ? $"<h4>{Encode(questions[i - 1])}</h4>{fragments[i]}" : fragments[i]);
                }

                output.WriteLine("</section>");
            }
        }

        output.WriteLine("</body></html>");
        return errors > 0 ? ExitCodes.Problems : ExitCodes.Ok;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
