using Clinic.Content;
using Clinic.Content.Diagnostics;

namespace Clinic.Web.ContentHosting;

/// <summary>Writes a snapshot's content problems to the log, one line each, with file, line, column and fix.</summary>
internal static partial class DiagnosticLog
{
    public static void Write(ILogger logger, ContentSnapshot snapshot)
    {
        foreach (var d in snapshot.Diagnostics)
        {
            var where = $"{snapshot.Display(d.Path)}:{d.Line}:{d.Column}";
            if (d.Severity == DiagnosticSeverity.Error)
            {
                ContentError(logger, where, d.Code, d.Message, d.Hint);
            }
            else
            {
                ContentWarning(logger, where, d.Code, d.Message, d.Hint);
            }
        }

        Loaded(logger, snapshot.Articles.Count, snapshot.References.Count, snapshot.Diagnostics.Count, snapshot.Root);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Where}: {Code} {Problem} Fix: {Hint}")]
    private static partial void ContentError(ILogger logger, string where, string code, string problem, string hint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Where}: {Code} {Problem} Fix: {Hint}")]
    private static partial void ContentWarning(ILogger logger, string where, string code, string problem, string hint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content loaded: {Articles} articles, {References} references, {Problems} problems, from {Root}")]
    private static partial void Loaded(ILogger logger, int articles, int references, int problems, string root);
}
