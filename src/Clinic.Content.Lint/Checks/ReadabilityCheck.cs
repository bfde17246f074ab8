using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Text;

namespace Clinic.Content.Lint.Checks;

/// <summary>Flags an article body whose Flesch-Kincaid grade is above the rule's threshold (grade 9 by default).</summary>
internal static class ReadabilityCheck
{
    /// <summary>The school grade an article must read at or below when the rule sets no threshold.</summary>
    public const double DefaultGrade = 9;

    /// <summary>Adds a finding to <paramref name="findings"/> when the page body reads above the target grade.</summary>
    public static void Run(RuleSet rules, IReadOnlyList<TextSegment> body, string file, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(findings);
        if (rules.ForCheck(PageCheckNames.ReadingGrade) is not { } rule)
        {
            return;
        }

        // Headings, tables and image text are not running prose; the formula assumes sentences.
        var prose = body.Where(s => s.Kind is SegmentKind.Paragraph or SegmentKind.ListItem or SegmentKind.Quote).ToList();
        var grade = ReadingGrade.FleschKincaid(prose.SelectMany(s => SentenceSplitter.Split(s)).Select(s => s.Text));
        var limit = rule.Threshold ?? DefaultGrade;
        if (grade is { } g && g > limit)
        {
            var first = prose[0];
            findings.Add(new Finding(file, first.SpanOf(0, 1), rule.Id, rule.Category, rule.Severity,
                $"{rule.Message} The body reads at grade {g:0.0}; the limit is {limit:0.#}.",
                rule.Fix, string.Empty));
        }
    }
}
