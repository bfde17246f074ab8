using Clinic.Content.Cli;

namespace Clinic.Testing;

/// <summary>The tests' one harness for <c>clinic-content</c>: runs a command in-process, as the installed tool would, and keeps what it printed.</summary>
public sealed record CliRun(int Exit, string Output, string Error)
{
    /// <summary>Runs <paramref name="args"/> with the real clock (lint takes its day from <c>--today</c>).</summary>
    public static CliRun Of(params string[] args) => Run(TimeProvider.System, args);

    /// <summary>Runs <paramref name="args"/> on a fixed <paramref name="today"/> (09:30 UTC), for the staff commands that read the clock.</summary>
    public static CliRun Of(DateOnly today, params string[] args) => Run(new FixedClock(today), args);

    private static CliRun Run(TimeProvider clock, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error, clock);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero);
    }
}
