namespace Clinic.Content.Cli.Commands;

/// <summary>Decides whether text output is coloured: <c>--color always|never|auto</c>, where auto means a terminal without NO_COLOR.</summary>
internal static class Terminal
{
    public static readonly string[] ColourChoices = ["auto", "always", "never"];

    public static bool Colour(string choice, TextWriter output, Func<string, string?> environment) => choice switch
    {
        "always" => true,
        "never" => false,
        // https://no-color.org: any non-empty NO_COLOR turns colour off; a file or pipe never gets escapes.
        _ => string.IsNullOrEmpty(environment("NO_COLOR")) && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected,
    };
}
