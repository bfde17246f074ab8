using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Text;

namespace Clinic.Content.Lint.Checks;

/// <summary>Checks that a page carries what every page must (the disclaimer, the crisis notice), matched by meaning, not exact text.</summary>
public static class RequiredContentCheck
{
    public static void Run(RuleSet rules, IReadOnlyList<TextSegment> segments, string file, bool sitePage, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(findings);
        var text = string.Join('\n', segments.Select(s => s.Text));
        foreach (var rule in rules.RequiredRules)
        {
            if (rule.AppliesTo == PageScope.SitePages && !sitePage)
            {
                continue;
            }

            if (!rule.Patterns.Any(p => p.SafeIsMatch(text)))
            {
                findings.Add(new Finding(file, SourceRange.FileStart, rule.Id, rule.Category, rule.Severity, rule.Message, rule.Fix, string.Empty));
            }
        }
    }
}
