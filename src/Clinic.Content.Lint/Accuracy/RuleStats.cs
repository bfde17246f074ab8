using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Accuracy;

/// <summary>Scores findings against an annotated corpus: corpus-wide, as the corpus's score.py does, and per rule.</summary>
public static class RuleStats
{
    /// <summary>Scores <paramref name="findings"/> against the annotations in <paramref name="corpus"/>.</summary>
    public static CorpusScore Score(AnnotatedCorpus corpus, IReadOnlyList<CorpusFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(findings);
        var byFile = findings.ToLookup(f => f.File, StringComparer.Ordinal);
        var disclaimerPages = corpus.Claims.Where(c => c.IsPageLevel).Select(c => c.File).ToHashSet(StringComparer.Ordinal);
        var sentences = corpus.Claims.Where(c => !c.IsPageLevel && c.Located).ToLookup(c => c.File, StringComparer.Ordinal);

        bool Hits(CorpusFinding finding, AnnotatedSpan row) => row.IsPageLevel
            ? finding.IsPageLevel
            : row.Located && !finding.IsPageLevel && finding.Overlaps(row.SentenceStart, row.SentenceEnd);
        bool IsTrue(CorpusFinding finding) => finding.IsPageLevel
            ? disclaimerPages.Contains(finding.File)
            : sentences[finding.File].Any(row => finding.Overlaps(row.SentenceStart, row.SentenceEnd));
        bool IsReferenceAlarm(CorpusFinding finding) => !finding.IsPageLevel && corpus.Pages[finding.File].IsReference;
        bool Flags(CorpusFinding finding, AnnotatedSpan negative) =>
            !finding.IsPageLevel && negative.Located && finding.File == negative.File && finding.Overlaps(negative.Start, negative.End);

        var rules = findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(rule =>
        {
            var category = rule.First().Category;
            var rows = corpus.Claims.Where(c => c.Category == category).ToList();
            return new RuleAccuracy(rule.Key, category, rule.Count(), rule.Count(IsTrue),
                rows.Count(row => byFile[row.File].Any(f => f.RuleId == rule.Key && Hits(f, row))), rows.Count,
                rule.Count(IsReferenceAlarm), corpus.HardNegatives.Count(n => rule.Any(f => Flags(f, n))));
        }).ToList();

        var claims = corpus.Claims.Where(c => c.Category != RuleCategories.MissingDisclaimer).ToList();
        return new CorpusScore(
            corpus.Claims.Count(row => byFile[row.File].Any(f => Hits(f, row))), corpus.Claims.Count,
            claims.Count(row => byFile[row.File].Any(f => Hits(f, row))), claims.Count,
            findings.Count(IsReferenceAlarm), corpus.Pages.Values.Count(p => p.IsReference),
            corpus.HardNegatives.Count(n => byFile[n.File].Any(f => Flags(f, n))), corpus.HardNegatives.Count,
            rules);
    }
}
