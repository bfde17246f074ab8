using System.CommandLine;
using Clinic.Content.Cli.Commands;
using Clinic.Content.Cli.Staff;
using Clinic.Content.Lint.Reports;

namespace Clinic.Content.Cli;

/// <summary>The clinic-content command line: one root with a subcommand per staff task.</summary>
public static class CliApp
{
    /// <summary>Parses and runs <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, TimeProvider.System);

    /// <summary>As <see cref="Run(string[], TextWriter, TextWriter)"/>, with the clock the staff commands read (tests fix it).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = new RootCommand("clinic-content: tools for the clinic's health content.")
        {
            LintCommand.Create(),
            RulesCommand.Create(),
        };
        foreach (var command in StaffCommands.Create(clock))
        {
            root.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"clinic-content: {problem.Message}");
            }

            error.WriteLine("Run 'clinic-content --help' for usage.");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
