using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Reports;

/// <summary>Puts problems in the order an editor works through them (file, line, column) and lists each problem once.</summary>
public static class ProblemOrder
{
    /// <summary>
    /// Sorted by place; of two reports of one problem at one place (the loader's CC004 and the linter's CL090 for one
    /// unknown citation key), only the first given is kept. Different claims at one place are different problems and stay.
    /// </summary>
    public static IReadOnlyList<T> Arrange<T>(IEnumerable<T> problems, Func<T, (string File, int Line, int Column)> place, Func<T, (string Code, string Category)> rule)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(rule);
        var seen = new HashSet<(string, int, int, string)>();
        return problems
            .Select((p, i) => (Problem: p, Given: i))
            .OrderBy(p => place(p.Problem).File, StringComparer.Ordinal)
            .ThenBy(p => place(p.Problem).Line)
            .ThenBy(p => place(p.Problem).Column)
            .ThenBy(p => p.Given)
            .Where(p =>
            {
                var (file, line, column) = place(p.Problem);
                return seen.Add((file, line, column, Family(rule(p.Problem))));
            })
            .Select(p => p.Problem)
            .ToList();
    }

    // One problem, two reporters: both speak of citation integrity at the same spot.
    private static string Family((string Code, string Category) rule) =>
        rule.Category == RuleCategories.CitationIntegrity ? RuleCategories.CitationIntegrity : rule.Code;
}
