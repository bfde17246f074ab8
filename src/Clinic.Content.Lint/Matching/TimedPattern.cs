using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching;

/// <summary>
/// Runs one rule or feature expression under its time limit, retrying a timed-out match once with a longer limit, so
/// a slow expression is reported rather than read as "no match".
/// </summary>
/// <remarks>
/// Expressions stay interpreted: compiling the ones that run most (tried, docs/performance.md) cost more CPU in a
/// single lint run than it saved.
/// </remarks>
internal sealed class TimedPattern
{
    private static readonly ConditionalWeakTable<Regex, TimedPattern> Timed = [];

    private readonly Regex regex;
    private Regex? retry;

    // Set once the expression has also run out of its longer limit: from then on a time-out is reported at once, so a
    // pathological expression costs the run one long wait, not one per sentence.
    private volatile bool failedRetry;

    private TimedPattern(Regex regex) => this.regex = regex;

    /// <summary>The expression this runs.</summary>
    public Regex Expression => regex;

    /// <summary>The runner of <paramref name="regex"/>, shared by every caller in the process.</summary>
    public static TimedPattern Of(Regex regex) => Timed.GetValue(regex, static r => new TimedPattern(r));

    /// <summary>
    /// Runs <paramref name="match"/> with the expression; a timed-out run is repeated once with
    /// <see cref="RulePattern.RetryLimit"/>, and a second time-out throws <see cref="PatternTimeoutException"/>.
    /// </summary>
    /// <remarks>
    /// The limits are wall-clock time, which also counts garbage collection and a busy machine's scheduling: the long
    /// retry keeps such a pause from leaving a sentence unchecked, while a truly runaway expression still fails.
    /// </remarks>
    public T Run<T>(Func<Regex, T> match)
    {
        try
        {
            return match(regex);
        }
        catch (RegexMatchTimeoutException) when (failedRetry)
        {
            throw new PatternTimeoutException(regex.ToString());
        }
        catch (RegexMatchTimeoutException)
        {
            retry ??= new Regex(regex.ToString(), regex.Options, RulePattern.RetryLimit);
            try
            {
                return match(retry);
            }
            catch (RegexMatchTimeoutException)
            {
                failedRetry = true;
                throw new PatternTimeoutException(regex.ToString());
            }
        }
    }
}
