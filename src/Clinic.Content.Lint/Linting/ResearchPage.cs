using System.Text.RegularExpressions;
using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Text;

namespace Clinic.Content.Lint.Linting;

/// <summary>
/// Recognises a research page among loose pages: a study recruiting participants, which is not advertising. Its
/// background figures summarise the field to explain why the study is run, so they are not uncited outcome claims, and
/// it needs no clinic disclaimer unless it makes a claim. Claims about the treatment itself are still claims.
/// </summary>
internal static class ResearchPage
{
    /// <summary>The word list in claim-rules.yaml whose words mark a study that recruits participants.</summary>
    public const string Feature = "research-voice";

    /// <summary>How many different research-voice words a page needs: one "study" or "volunteers" is not a study page.</summary>
    public const int MinimumCues = 3;

    /// <summary>
    /// True when the page has at least <see cref="MinimumCues"/> different research-voice words and more of them than
    /// clinic-voice words (a clinic that mentions a trial is still selling).
    /// </summary>
    public static bool Is(IEnumerable<TextSegment> segments, RuleSet rules)
    {
        if (rules.Features.Find(Feature) is not { } research || rules.Features.Find(FeatureNames.ClinicVoice) is not { } clinic)
        {
            return false;
        }

        var researchCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var clinicCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var segment in segments)
            {
                Collect(research, segment.Text, researchCues);
                Collect(clinic, segment.Text, clinicCues);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A huge paragraph (a 50 MB text file is one) can outrun the time limit. Not recognising a research page
            // only keeps findings it would excuse, so the safe answer is "not one", never a failed file.
            return false;
        }

        return researchCues.Count >= MinimumCues && researchCues.Count > clinicCues.Count;
    }

    /// <summary>The findings a research page does not get: uncited background figures.</summary>
    public static bool Excuses(Finding finding) => finding.Category == RuleCategories.UncitedStatistic;

    private static void Collect(Feature feature, string text, HashSet<string> cues)
    {
        foreach (var match in feature.Pattern.EnumerateMatches(text))
        {
            cues.Add(string.Join(' ', text.Substring(match.Index, match.Length).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)));
        }
    }
}
