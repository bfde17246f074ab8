namespace Clinic.Content.Lint.Reports;

/// <summary>The exit codes of every <c>clinic-content</c> command and the site's export, so CI reads them the same way everywhere.</summary>
public static class ExitCodes
{
    /// <summary>Done; nothing to fix.</summary>
    public const int Ok = 0;

    /// <summary>There is something to fix (findings at or above the failing level, or a file would have been overwritten).</summary>
    public const int Problems = 1;

    /// <summary>
    /// The command could not run as asked: a wrong option, no content folder, a rules file that cannot be used, or a file
    /// that could not be checked (so "not checked" is never read as "clean" or as ordinary findings).
    /// </summary>
    public const int Usage = 2;
}
