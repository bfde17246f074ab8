namespace Clinic.Content.Lint.Rules;

/// <summary>The rules file cannot be used; says where and why, so a reviewer can fix it.</summary>
public sealed class RuleSetException : Exception
{
    public RuleSetException()
    {
    }

    public RuleSetException(string message)
        : base(message)
    {
    }

    public RuleSetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RuleSetException(string path, int line, int column, string message, Exception? innerException = null)
        : base($"{path}:{line}:{column}: {message}", innerException)
    {
        Path = path;
        Line = line;
        Column = column;
        Problem = message;
    }

    public string Path { get; } = string.Empty;

    public int Line { get; }

    public int Column { get; }

    /// <summary>The problem without its location.</summary>
    public string Problem { get; } = string.Empty;
}
