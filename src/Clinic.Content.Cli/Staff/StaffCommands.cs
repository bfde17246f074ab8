using System.CommandLine;

namespace Clinic.Content.Cli.Staff;

/// <summary>The commands for the staff who write pages: <c>new article|reference</c>, <c>check</c>, <c>review-due</c> and <c>review sign</c>.</summary>
internal static class StaffCommands
{
    /// <summary>The commands, reading "today" from <paramref name="clock"/> (the system clock unless a test sets one).</summary>
    public static IReadOnlyList<Command> Create(TimeProvider clock) =>
    [
        NewArticleCommand.Create(),
        CheckCommand.Create(clock),
        ReviewDueCommand.Create(clock),
        Reviews.ReviewSignCommand.Create(clock),
    ];
}
