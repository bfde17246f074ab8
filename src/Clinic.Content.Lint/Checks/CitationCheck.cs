using System.Text.RegularExpressions;
using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Markdown;
using Clinic.Content.Pages;
using Clinic.Content.References;
using Markdig.Syntax;

namespace Clinic.Content.Lint.Checks;

/// <summary>Checks citations against the research library: unknown and malformed keys, unused entries, DOI and PMID syntax.</summary>
public static partial class CitationCheck
{
    /// <summary>
    /// Reports the page's unknown and malformed citation keys under the reviewers' rules, at the key's own position. The
    /// content model finds them (it must, to number and render citations); this check only words them as findings.
    /// </summary>
    public static void RunOnPage(RuleSet rules, ContentPage page, string file, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(findings);
        var keys = page.Document.Descendants<CitationInline>().SelectMany(c => c.Keys).ToLookup(k => (k.Line, k.Column));
        foreach (var problem in page.Diagnostics.Where(d => d.Code is DiagnosticCodes.UnknownCitation or DiagnosticCodes.MalformedCitation))
        {
            var rule = ContentDiagnosticMapper.RuleFor(rules, problem);
            if (rule is null || keys[(problem.Line, problem.Column)].FirstOrDefault() is not { } key)
            {
                continue;
            }

            var span = new SourceRange(key.Line, key.Column, key.Line, key.Column + key.Key.Length + (key.IsWellFormed ? 1 : 0));
            findings.Add(new Finding(file, span, rule.Id, rule.Category, rule.Severity,
                $"{rule.Message} ('{key.Key}')", rule.Fix, key.IsWellFormed ? "@" + key.Key : key.Key));
        }
    }

    /// <summary>Checks the library itself: entries no page cites, and identifiers that cannot be right.</summary>
    public static void RunOnLibrary(RuleSet rules, IReadOnlyList<Reference> references, ISet<string> citedKeys, Func<string, string> display, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(citedKeys);
        ArgumentNullException.ThrowIfNull(display);
        ArgumentNullException.ThrowIfNull(findings);
        var unused = rules.ForCheck(PageCheckNames.CitationUnused);
        var doi = rules.ForCheck(PageCheckNames.CitationDoi);
        var pmid = rules.ForCheck(PageCheckNames.CitationPmid);
        foreach (var reference in references)
        {
            var file = display(reference.SourcePath);
            if (unused is not null && !citedKeys.Contains(reference.Key))
            {
                findings.Add(Field(unused, file, reference, "key", $"{unused.Message} ('{reference.Key}')", reference.Key));
            }

            if (doi is not null && reference.Doi is { } d && !Doi().IsMatch(d))
            {
                findings.Add(Field(doi, file, reference, "doi", $"{doi.Message} ('{d}' in '{reference.Key}')", d));
            }

            if (pmid is not null && reference.Pmid is { } p && !Pmid().IsMatch(p))
            {
                findings.Add(Field(pmid, file, reference, "pmid", $"{pmid.Message} ('{p}' in '{reference.Key}')", p));
            }
        }
    }

    private static Finding Field(ClaimRule rule, string file, Reference reference, string field, string message, string text)
    {
        var span = reference.FieldPositions.TryGetValue(field, out var at)
            ? new SourceRange(at.Line, at.Column, at.Line, at.Column + text.Length)
            : SourceRange.At(reference.Line, reference.Column);
        return new Finding(file, span, rule.Id, rule.Category, rule.Severity, message, rule.Fix, text);
    }

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex Doi();

    [GeneratedRegex(@"^[1-9]\d{0,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pmid();
}
