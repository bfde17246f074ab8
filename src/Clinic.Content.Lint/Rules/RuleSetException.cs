namespace Clinic.Content.Lint.Rules;

/// <summary>The rules file cannot be used; says where and why, so a reviewer can fix it.</summary>
public sealed class RuleSetException : Exception
{
    /// <summary>A rules file that cannot be used.</summary>
    public RuleSetException()
    {
    }

    /// <summary>A rules file that cannot be used, and why.</summary>
    public RuleSetException(string message)
        : base(message)
    {
    }

    /// <summary>A rules file that cannot be used, and the error that caused it.</summary>
    public RuleSetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A rules file error at a file, line and column, so the editor can fix it.</summary>
    public RuleSetException(string path, int line, int column, string message, Exception? innerException = null)
        : base($"{path}:{line}:{column}: {message}", innerException)
    {
        Path = path;
        Line = line;
        Column = column;
        Problem = message;
    }

    /// <summary>The rules file that is wrong.</summary>
    public string Path { get; } = string.Empty;

    /// <summary>The line of the error, from 1.</summary>
    public int Line { get; }

    /// <summary>The column of the error, from 1.</summary>
    public int Column { get; }

    /// <summary>The problem without its location.</summary>
    public string Problem { get; } = string.Empty;
}
