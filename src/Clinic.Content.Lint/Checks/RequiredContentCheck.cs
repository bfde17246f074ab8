using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Text;

namespace Clinic.Content.Lint.Checks;

/// <summary>Checks that a page carries what every page must (the disclaimer, the crisis notice), matched by meaning, not exact text.</summary>
internal static class RequiredContentCheck
{
    /// <summary>Adds a finding to <paramref name="findings"/> for each required statement the page lacks.</summary>
    public static void Run(RuleSet rules, IEnumerable<TextSegment> segments, string file, bool sitePage, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(findings);
        var missing = rules.RequiredRules.Where(r => sitePage || r.AppliesTo != PageScope.SitePages).ToList();

        // Segment by segment (a notice is one paragraph), so a huge page is never joined into one string, and the
        // search stops once every notice is found.
        foreach (var segment in segments)
        {
            if (missing.Count == 0)
            {
                break;
            }

            missing.RemoveAll(rule => rule.Patterns.Any(p => p.SafeIsMatch(segment.Text)));
        }

        foreach (var rule in missing)
        {
            findings.Add(new Finding(file, SourceRange.FileStart, rule.Id, rule.Category, rule.Severity, rule.Message, rule.Fix, string.Empty));
        }
    }
}
