namespace Clinic.Web.Tests.Deploy;

/// <summary>A test that needs Debian's nginx (with its Brotli module unless told otherwise): skipped with the reason where missing, failed when CI=true.</summary>
public sealed class NginxFactAttribute : FactAttribute
{
    internal static readonly bool IsCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public NginxFactAttribute(bool brotli = true) =>
        Skip = (brotli ? NginxServer.Missing : NginxServer.MissingNginx) is { } reason && !IsCi ? reason : null;
}
