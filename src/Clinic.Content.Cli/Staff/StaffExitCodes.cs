namespace Clinic.Content.Cli.Staff;

/// <summary>The exit codes of the staff commands, the same as <c>clinic-content lint</c>'s.</summary>
public static class StaffExitCodes
{
    /// <summary>Done; nothing to fix.</summary>
    public const int Ok = 0;

    /// <summary>There is something to fix (errors found, or a file would have been overwritten).</summary>
    public const int Problems = 1;

    /// <summary>The command could not run: a wrong option, no content folder, a broken rules file.</summary>
    public const int Usage = 2;
}
