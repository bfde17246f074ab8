namespace Clinic.Content.Lint.Matching;

/// <summary>A rule or feature expression timed out twice on one sentence, so the rule could not judge it.</summary>
public sealed class PatternTimeoutException : Exception
{
    /// <summary>An expression that timed out.</summary>
    public PatternTimeoutException()
    {
    }

    /// <summary>The expression <paramref name="message"/> names timed out.</summary>
    public PatternTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>The expression timed out, with the cause.</summary>
    public PatternTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
