using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching;

/// <summary>
/// Runs one rule or feature expression: interpreted at first, compiled once it has run often enough to repay the
/// compilation, and retried once with a longer time limit when a match times out.
/// </summary>
/// <remarks>
/// The interpreter builds an expression in microseconds, which keeps start-up and small runs fast; compiling costs
/// about 15 ms of CPU per expression, which only pays off for the few expressions that run thousands of times in a
/// large run. Both engines give the same matches, so findings do not depend on which one ran.
/// </remarks>
internal sealed class TieredPattern
{
    /// <summary>Runs after which an expression is compiled.</summary>
    public const int CompileAfter = 1500;

    private static readonly ConditionalWeakTable<Regex, TieredPattern> Tiers = [];

    private readonly Regex interpreted;
    private Regex current;
    private Regex? retry;
    private int runs;

    private TieredPattern(Regex regex) => current = interpreted = regex;

    /// <summary>The tier of <paramref name="regex"/>, shared by every caller in the process.</summary>
    public static TieredPattern Of(Regex regex) => Tiers.GetValue(regex, static r => new TieredPattern(r));

    /// <summary>
    /// Runs <paramref name="match"/> with the expression; a timed-out run is repeated once with
    /// <see cref="RulePattern.RetryLimit"/>, and a second time-out throws <see cref="PatternTimeoutException"/>.
    /// </summary>
    public T Run<T>(Func<Regex, T> match)
    {
        if (Interlocked.Increment(ref runs) == CompileAfter && !interpreted.Options.HasFlag(RegexOptions.Compiled))
        {
            current = new Regex(interpreted.ToString(), interpreted.Options | RegexOptions.Compiled, interpreted.MatchTimeout);
        }

        try
        {
            return match(current);
        }
        catch (RegexMatchTimeoutException)
        {
            retry ??= new Regex(interpreted.ToString(), interpreted.Options, RulePattern.RetryLimit);
            try
            {
                return match(retry);
            }
            catch (RegexMatchTimeoutException)
            {
                throw new PatternTimeoutException(interpreted.ToString());
            }
        }
    }
}
