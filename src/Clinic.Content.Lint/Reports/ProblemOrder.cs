namespace Clinic.Content.Lint.Reports;

/// <summary>Puts problems in the order an editor works through them: by file, line and column, and as given at one place.</summary>
public static class ProblemOrder
{
    /// <summary>The problems sorted by place; several at one place keep the order they were given in.</summary>
    public static IReadOnlyList<T> Arrange<T>(IEnumerable<T> problems, Func<T, (string File, int Line, int Column)> place)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(place);
        return problems
            .OrderBy(p => place(p).File, StringComparer.Ordinal)
            .ThenBy(p => place(p).Line)
            .ThenBy(p => place(p).Column)
            .ToList();
    }
}
