namespace Clinic.Content.Cli.References;

/// <summary>Names in the library's (Vancouver) style: family name and initials, six at most, then "et al.".</summary>
internal static class AuthorNames
{
    /// <summary>ICMJE: list the first six authors, then "et al.".</summary>
    public const int Listed = 6;

    /// <summary>"Anita E." and "Autry" become "Autry AE"; "Peng-fei" gives "PF"; a suffix such as Jr follows.</summary>
    public static string FromParts(string family, string? given, string? suffix = null)
    {
        ArgumentNullException.ThrowIfNull(family);
        var initials = string.Concat((given ?? string.Empty)
            .Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpperInvariant(part[0])));
        return string.Join(' ', new[] { family.Trim(), initials, suffix?.Trim() ?? string.Empty }.Where(p => p.Length > 0));
    }

    /// <summary>The authors line: all of them when six or fewer, else the first six and "et al.".</summary>
    public static string Line(IReadOnlyList<string> authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        return authors.Count <= Listed ? string.Join(", ", authors) : string.Join(", ", authors.Take(Listed)) + ", et al.";
    }
}
