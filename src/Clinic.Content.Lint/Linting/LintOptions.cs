namespace Clinic.Content.Lint.Linting;

/// <summary>How a lint run behaves: the date it judges review deadlines by, and how it names files.</summary>
public sealed record LintOptions
{
    /// <summary>"Today" for review deadlines; injectable so tests and CI are deterministic.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Treat loose pages as pages this site serves, so site-only requirements (the crisis notice) apply.</summary>
    public bool SitePages { get; init; }

    /// <summary>
    /// Report a page edited since its sign-off as a warning instead of the rule's severity: the preview shows it while the
    /// editor works, and CI (which keeps the default) refuses to merge it until a reviewer signs again.
    /// </summary>
    public bool ReviewChangesAreWarnings { get; init; }

    /// <summary>Size, depth and time bounds on everything the run reads.</summary>
    public Reading.ContentLimits Limits { get; init; } = Reading.ContentLimits.Default;

    /// <summary>Findings listed per file; the rest are counted ("1,000 findings shown; 444,330 more in this file").</summary>
    public int MaxFindingsPerFile { get; init; } = 1000;

    /// <summary>Findings listed per run, so a report stays readable and the run's memory stays bounded.</summary>
    public int MaxFindingsPerRun { get; init; } = 10_000;

    /// <summary>The folder file names are shown relative to.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The path as findings show it: relative to the working folder when inside it, with forward slashes.</summary>
    public string Display(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return path;
        }

        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(WorkingDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
