using System.Text.RegularExpressions;

namespace Clinic.Content.Lint.Matching;

/// <summary>
/// The sentence read without its side clauses: a relative clause set off by commas (", which can take months to ease
/// with standard care,"), a concession, contrast or reason put before the main clause ("While SSRIs take weeks,",
/// "Whether you have tried two medicines or twelve,", "Because it acts on glutamate,"), and what is conceded before a
/// "but" ("The numbers can sound too good to be true, but"); and research named by no one ("Researchers found that").
/// </summary>
/// <remarks>
/// A hedge, caveat or comparison in such a clause qualifies that clause, not the main one: "Suicidal thoughts, which can
/// take months to ease with standard care, are typically gone by the morning after one infusion" promises what "can"
/// does not soften. The matcher reads the shortened sentence only when the whole one raised nothing, so a claim inside
/// the side clause is still judged with its own words.
/// </remarks>
public static partial class SideClauses
{
    /// <summary>The sentence without its side clauses, or null when it has none (or nothing would be left).</summary>
    /// <returns>The shortened text, and for each of its characters the position it came from in <paramref name="text"/>.</returns>
    public static (string Text, int[] Origin)? Without(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Cue().IsMatch(text))
        {
            return null;
        }

        var kept = new bool[text.Length];
        Array.Fill(kept, true);
        var removed = false;
        foreach (var side in new[] { Relative(), Fronted(), Unnamed() })
        {
            foreach (var match in side.EnumerateMatches(text))
            {
                // A clause goes with its own commas: ", which ..., are gone" reads "... are gone".
                Array.Fill(kept, false, match.Index, match.Length);
                removed = true;
            }
        }

        if (!removed)
        {
            return null;
        }

        var origin = new List<int>(text.Length);
        var shortened = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (kept[i])
            {
                origin.Add(i);
                shortened.Append(text[i]);
            }
        }

        var result = shortened.ToString();
        // Fewer than three words left ("Yes, which ..."): nothing of the main clause to judge on its own.
        return ClaimContext.HasWords(result, 3) ? (result, origin.ToArray()) : null;
    }

    // "Researchers found that", "A landmark study showed": research that names no study, year, journal or team is not a
    // source (a named one, "A 2023 meta-analysis in JAMA found", stays), so what it is said to have found is judged
    // as the page's own words.
    [GeneratedRegex(@"^\W*(?:(?:a|one|the|many|several|numerous|recent|new|some)\s+)?(?:(?:landmark|major|recent|new|large|famous|groundbreaking|well-known|pivotal|published|clinical|scientific|medical)\s+)*(?:study|studies|trial|trials|research|researchers|scientists|experts|science|evidence|data)\s+(?:has\s+|have\s+)?(?:found|finds|find|shows?|showed|shown|confirmed|confirms|proved|proves|proven|demonstrated|demonstrates)\s+(?:that\s+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unnamed();

    // Every side clause starts with one of these words, so most sentences are passed over with one search.
    [GeneratedRegex(@"\b(?:which|who|whose|whom|while|whereas|although|though|whether|because|since|where|but|found|finds|find|show|shows|showed|shown|confirmed|confirms|proved|proves|proven|demonstrated|demonstrates)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    // ", which ...," / ", who ...,", also after "the ones" or "those": a non-restrictive relative clause inside the
    // sentence, its main clause going on after it. Without a comma before it the clause restricts its noun ("people who
    // cannot take SSRIs") and the main clause needs it; one at the end, or followed by "and" or "so", may be about the
    // whole main clause (", which isn't proof that it works,"), so it stays.
    [GeneratedRegex(@",\s+(?:(?:the ones?|those|someone|something|people|many of whom|some of whom|most of whom)\s+)?(?:which|who|whom|whose)\b[^,;:()\[\]]*?,(?!\s*(?:and|but|so|or|yet|then|because|since)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    // "While SSRIs take weeks," / "Whether you have tried two medicines or twelve," / "Because it acts on glutamate,":
    // a concession, contrast or reason before the main clause, at the sentence's start or after "that" ("reminds
    // patients that while SSRIs take weeks, ..."); and "The numbers can sound too good to be true, but": what is
    // conceded before the main clause's "but", unless what follows the "but" is itself the limit ("..., but findings
    // in mice often fail to carry over to people").
    [GeneratedRegex(@"(?:^\W*|(?<=\bthat\s+))(?:while|whereas|although|though|even though|whether|because|since|where)\b[^,;:()\[\]]*,\s*|^\W*\w+(?:[\s'-]+\w+){2,}[^;:()\[\]]*?,\s+but\s+(?![^;:]*?\b(?:fail\w*|weak\w*|little|limited|unclear|unknown|uncertain|unproven|may|might|rarely|seldom|only|few|small|caution\w*|not yet)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fronted();
}
