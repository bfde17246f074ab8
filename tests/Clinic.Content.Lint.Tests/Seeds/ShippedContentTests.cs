using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Seeds;

/// <summary>The clinic's own content is the precision benchmark that matters most: it must lint clean.</summary>
public sealed class ShippedContentTests
{
    [Fact]
    public void Shipped_content_has_no_findings()
    {
        var report = Linted.Linter().LintContent(Repo.Content);

        report.Findings.Should().BeEmpty();
        report.FilesLinted.Should().BeGreaterThan(1);
    }
}
