using System.Text.RegularExpressions;

namespace Clinic.Web.Tests;

/// <summary>Text comparisons the way a reader sees text: whitespace collapsed.</summary>
public static partial class Html
{
    public static string Collapse(string? text) => Spaces().Replace(text ?? string.Empty, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
