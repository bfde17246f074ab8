using Clinic.Content.Lint.Findings;
using Clinic.Content.Workspace;

namespace Clinic.Web.ContentHosting;

/// <summary>What a content reload writes to the log: what was loaded, its findings (one list), pages held back, and reloads that could not run.</summary>
internal static partial class ReloadLog
{
    public static void Findings(ILogger logger, ContentFindings findings, string contentRoot)
    {
        if (findings.Problem is { } problem)
        {
            RulesProblem(logger, problem);
        }

        foreach (var (path, f) in findings.All)
        {
            var where = $"{ContentWorkspace.Display(path, contentRoot)}:{f.Span.Line}:{f.Span.Column}";
            if (f.Severity == FindingSeverity.Error)
            {
                LintError(logger, where, f.RuleId, f.Message, f.Fix);
            }
            else if (f.Severity == FindingSeverity.Warning)
            {
                LintWarning(logger, where, f.RuleId, f.Message, f.Fix);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Where}: {RuleId} {Problem} Fix: {Fix}")]
    private static partial void LintError(ILogger logger, string where, string ruleId, string problem, string fix);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Where}: {RuleId} {Problem} Fix: {Fix}")]
    private static partial void LintWarning(ILogger logger, string where, string ruleId, string problem, string fix);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content loaded: {Articles} articles, {References} references, {Problems} problems, from {Root}")]
    public static partial void Loaded(ILogger logger, int articles, int references, int problems, string root);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Problem}")]
    private static partial void RulesProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Still serving the last good version of {File}: the saved version has errors (listed above).")]
    public static partial void Retained(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} is not published: it has errors (listed above) and no earlier good version.")]
    public static partial void Withheld(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content folder {Root} is missing; still serving the content read before. Waiting for it to come back.")]
    public static partial void RootMissing(ILogger logger, string root);

    [LoggerMessage(Level = LogLevel.Error, Message = "The content folder {Root} cannot be read ({Reason}); still serving the content read before. Trying again, less often while it lasts.")]
    public static partial void RootUnreadable(ILogger logger, string root, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The content folder {Root} can be read again; its content is served.")]
    public static partial void Recovered(ILogger logger, string root);

    [LoggerMessage(Level = LogLevel.Error, Message = "The content folder {Root} could not be read at start-up; the site runs with no pages and tries again.")]
    public static partial void FirstLoadFailed(ILogger logger, string root, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the content failed; still serving the content read before.")]
    public static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content reloaded in {Elapsed:0} ms.")]
    public static partial void Reloaded(ILogger logger, double elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch {Root} for changes ({Reason}); will try again.")]
    public static partial void CannotWatch(ILogger logger, string root, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content watcher lost track of changes ({Reason}); restarting it and reloading everything.")]
    public static partial void WatcherError(ILogger logger, string reason);
}
