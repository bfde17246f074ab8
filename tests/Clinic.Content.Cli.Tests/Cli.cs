using System.CommandLine;
using Clinic.Content.Cli.Staff;

namespace Clinic.Content.Cli.Tests;

/// <summary>Runs the staff commands in-process, as <c>clinic-content</c> would, on a fixed "today".</summary>
public static class Cli
{
    public static (int Exit, string Output, string Error) Run(DateOnly today, params string[] args)
    {
        var root = new RootCommand("clinic-content (test)");
        foreach (var command in StaffCommands.Create(new FixedClock(today)))
        {
            root.Add(command);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var parsed = root.Parse(args);
        parsed.Errors.Should().BeEmpty();
        var exit = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero);
    }
}
