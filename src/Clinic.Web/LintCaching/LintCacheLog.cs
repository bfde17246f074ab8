namespace Clinic.Web.LintCaching;

/// <summary>What the lint cache writes to the log: how much it saved, and why it could not be used.</summary>
internal static partial class LintCacheLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Claim lint: {Reused} of {Pages} pages from the lint cache {Path}")]
    public static partial void Reused(ILogger logger, int reused, int pages, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lint cache {Path} is not a lint cache file; it is left alone and every page is linted.")]
    public static partial void Foreign(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lint cache {Path} is damaged; every page is linted and the file is replaced.")]
    public static partial void Damaged(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lint cache {Path} could not be read ({Reason}); every page is linted.")]
    public static partial void Unreadable(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lint cache {Path} could not be written ({Reason}); the site runs without it.")]
    public static partial void Unwritable(ILogger logger, string path, string reason);
}
