namespace Clinic.Web.Tests.Deploy;

/// <summary>A theory that needs Debian's nginx (no modules): skipped with the reason where missing, failed when CI=true.</summary>
public sealed class NginxTheoryAttribute : TheoryAttribute
{
    public NginxTheoryAttribute() => Skip = NginxServer.MissingNginx is { } reason && !NginxFactAttribute.IsCi ? reason : null;
}
