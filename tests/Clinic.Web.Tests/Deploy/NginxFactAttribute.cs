namespace Clinic.Web.Tests.Deploy;

/// <summary>A test that needs Debian's nginx with its Brotli module: skipped with the reason where missing, failed when CI=true.</summary>
public sealed class NginxFactAttribute : FactAttribute
{
    private static readonly bool IsCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public NginxFactAttribute() => Skip = NginxServer.Missing is { } reason && !IsCi ? reason : null;
}
