using System.Security.Cryptography;
using System.Text;

namespace Clinic.Content.Reviews;

/// <summary>
/// The fingerprint of a page as its reviewer signed it off, and where the signed copy is kept, so any later edit is seen.
/// </summary>
/// <remarks>
/// The fingerprint covers the whole file except the sign-off's own lines (reviewer, reviewed, next-review, review-hash)
/// and <c>draft</c>, so signing a page or publishing it does not count as an edit, while any change to the words does.
/// </remarks>
public static class ReviewSignature
{
    /// <summary>The front-matter field holding the fingerprint.</summary>
    public const string Field = "review-hash";

    /// <summary>The folder inside content/ that keeps each page's text as signed, for the "what changed" summary.</summary>
    public const string SignedFolder = "reviews";

    private const string Prefix = "sha256:";

    private static readonly string[] SignOffFields = ["reviewer", "reviewed", "next-review", Field, "draft"];

    /// <summary>The fingerprint of <paramref name="fileText"/>, e.g. <c>sha256:9f86d0...</c>.</summary>
    public static string Fingerprint(string fileText) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SignedText(fileText))));

    /// <summary>The text the fingerprint covers: the file with Unix line ends and without the sign-off lines.</summary>
    public static string SignedText(string fileText)
    {
        ArgumentNullException.ThrowIfNull(fileText);
        var lines = fileText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var close = lines.Length > 0 && lines[0].TrimStart('\uFEFF') == "---" ? Array.FindIndex(lines, 1, l => l is "---" or "...") : -1;
        return string.Join('\n', lines.Where((line, i) => i <= 0 || i >= close || !IsSignOffLine(line)));
    }

    /// <summary>Where the signed copy of <paramref name="pagePath"/> is kept: content/reviews/ plus its path inside content/.</summary>
    public static string SignedCopyPath(string contentRoot, string pagePath) =>
        Path.Combine(contentRoot, SignedFolder, Path.GetRelativePath(contentRoot, pagePath));

    /// <summary>What changed between the signed copy and the file now, in a sentence; null when no signed copy is kept.</summary>
    public static string? Changes(string contentRoot, string pagePath, string currentText)
    {
        var copy = SignedCopyPath(contentRoot, pagePath);
        try
        {
            return File.Exists(copy) ? ReviewDiff.Summarise(File.ReadAllText(copy), currentText, IsSignOffLine) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsSignOffLine(string line) =>
        SignOffFields.Any(f => line.StartsWith(f + ":", StringComparison.Ordinal));
}
