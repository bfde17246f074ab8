using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Lint.Rules;

/// <summary>Compiles rule patterns once: case-insensitive, culture-invariant, with a time limit per match.</summary>
/// <remarks>
/// The interpreter builds ~80 patterns in a few milliseconds, where RegexOptions.NonBacktracking took seconds and
/// RegexOptions.Compiled hundreds of milliseconds at start-up (docs/performance.md). Patterns are bounded
/// (no nested unbounded repeats), sentences are short, and the time limit stops any pathological pattern a reviewer adds.
/// </remarks>
internal static class RulePattern
{
    public static readonly TimeSpan MatchLimit = TimeSpan.FromMilliseconds(250);

    /// <summary>The limit of the one retry after a timed-out match; a second time-out leaves the rule unchecked (CL000).</summary>
    public static readonly TimeSpan RetryLimit = TimeSpan.FromSeconds(5);

    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>IsMatch that treats a timed-out match as no match, so one pattern cannot stop a run.</summary>
    public static bool SafeIsMatch(this Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static Regex Compile(string pattern, string path, YamlNode node)
    {
        try
        {
            return new Regex(pattern, Options, MatchLimit);
        }
        catch (ArgumentException ex)
        {
            throw RuleSetLoader.Problem(path, node, $"invalid regular expression: {ex.Message}");
        }
    }
}
