using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Clinic.Web.Tests;

/// <summary>A logger provider that keeps every formatted message, to check what the site logs (and to wait for a message).</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> entries = new();
    private readonly Lock gate = new();
    private readonly List<(string Text, TaskCompletionSource Logged)> waiting = [];

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Entries => entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    /// <summary>Completes once a message containing <paramref name="text"/> has been logged (already, or later).</summary>
    public Task WhenLogged(string text)
    {
        var logged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            waiting.Add((text, logged));
        }

        // Checked after registering, so a message logged in between is seen one way or the other.
        if (entries.Any(e => e.Message.Contains(text, StringComparison.Ordinal)))
        {
            logged.TrySetResult();
        }

        return logged.Task;
    }

    public void Dispose()
    {
    }

    private void Add(string category, LogLevel level, string message)
    {
        entries.Enqueue((category, level, message));
        lock (gate)
        {
            foreach (var (text, logged) in waiting.Where(w => message.Contains(w.Text, StringComparison.Ordinal)))
            {
                logged.TrySetResult();
            }
        }
    }

    private sealed class Logger(string category, CapturedLogs sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Add(category, logLevel, formatter(state, exception));
    }
}
