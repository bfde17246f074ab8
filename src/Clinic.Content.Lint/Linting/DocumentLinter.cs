using Clinic.Content.Lint.Checks;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Matching;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Suppressions;
using Clinic.Content.Lint.Text;
using Clinic.Content.References;

namespace Clinic.Content.Lint.Linting;

/// <summary>Lints the text of one file: sentence claims, required content, then the file's suppression comments.</summary>
internal sealed class DocumentLinter
{
    private const int MaxReferenceEntry = 500;

    private readonly RuleSet rules;
    private readonly ClaimMatcher matcher;

    public DocumentLinter(RuleSet rules)
    {
        this.rules = rules;
        matcher = new ClaimMatcher(rules);
    }

    /// <summary>Judges every sentence of <paramref name="segments"/>; loose pages may cite as "[1]" or "(Author, 2019)".</summary>
    public void JudgeClaims(IEnumerable<TextSegment> segments, string file, bool looseCitations, List<Finding> findings, Func<string, Reference?>? library = null)
    {
        Func<string, bool>? loose = looseCitations ? LooseCitation.IsIn : null;

        // The sentence read before, across segments too: an FAQ heading's question is answered by the paragraph after it.
        Sentence? previous = null;
        foreach (var segment in segments)
        {
            // A reference-list entry quotes a study's title ("... is a safe and effective treatment"); it is not the page's claim.
            if (segment.Text.Length <= MaxReferenceEntry && ClaimContext.IsBibliographyEntry(segment.Text))
            {
                previous = null;
                continue;
            }

            foreach (var sentence in SentenceSplitter.Split(segment, loose))
            {
                matcher.Judge(sentence, file, findings, library, previous);
                previous = sentence;
            }
        }
    }

    /// <summary>Checks required content on a page.</summary>
    public void CheckPage(IEnumerable<TextSegment> segments, string file, bool sitePage, List<Finding> findings) =>
        RequiredContentCheck.Run(rules, segments, file, sitePage, findings);

    /// <summary>Applies the file's claim-lint comments: removes the findings they cover and reports broken comments.</summary>
    public IReadOnlyList<Suppression> ApplySuppressions(SourceText source, string file, List<Finding> findings, List<SuppressedFinding>? hidden = null)
    {
        var (shown, problems) = ReadSuppressions(source, file);
        Hide(shown, file, findings, hidden);
        ReportProblems(problems, file, findings);
        return shown;
    }

    /// <summary>The file's claim-lint comments, and the broken ones.</summary>
    public (IReadOnlyList<Suppression> Shown, IReadOnlyList<SuppressionReader.Problem> Problems) ReadSuppressions(SourceText source, string file)
    {
        var (suppressions, problems) = SuppressionReader.Read(source, id => rules.Find(id) is not null);
        return ([.. suppressions.Select(s => s with { File = file })], problems);
    }

    /// <summary>Removes the findings <paramref name="shown"/> cover (and have a reason for), counting them on their comment.</summary>
    public static void Hide(IReadOnlyList<Suppression> shown, string file, List<Finding> findings, List<SuppressedFinding>? hidden)
    {
        if (shown.Count > 0)
        {
            findings.RemoveAll(f =>
            {
                // A suppression without a reason hides nothing: the reviewer must say why first.
                var by = shown.FirstOrDefault(s => f.File == file && s.Reason.Length > 0 && s.Covers(f.RuleId, f.Span.Line));
                if (by is null)
                {
                    return false;
                }

                by.Suppressed++;
                hidden?.Add(new SuppressedFinding(f, by));
                return true;
            });
        }
    }

    /// <summary>Reports each broken claim-lint comment as a finding.</summary>
    public void ReportProblems(IReadOnlyList<SuppressionReader.Problem> problems, string file, List<Finding> findings)
    {
        var rule = rules.ForCheck(PageCheckNames.SuppressionInvalid);
        foreach (var problem in problems)
        {
            findings.Add(new Finding(file, problem.Span, rule?.Id ?? "CL083", rule?.Category ?? RuleCategories.ReviewProcess,
                rule?.Severity ?? FindingSeverity.Error, problem.Message,
                rule?.Fix ?? "Write '<!-- claim-lint disable-next-line RULE-ID: reason -->' with the rule id and the reason.", problem.Text));
        }
    }
}
