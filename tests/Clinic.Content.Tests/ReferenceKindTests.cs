using Clinic.Content.Diagnostics;
using Clinic.Content.References;

namespace Clinic.Content.Tests;

/// <summary>docs/content-format.md lists the kinds a reference may be; anything else is reported where it is written.</summary>
public sealed class ReferenceKindTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();

    public void Dispose() => content.Dispose();

    [Fact]
    public void A_kind_outside_the_fixed_list_is_an_error_at_the_value_listing_the_kinds()
    {
        var path = content.Write("references.yaml", TempContent.ReferencesYaml.Replace("kind: trial", "kind: landmark study", StringComparison.Ordinal));
        content.Write("articles/fine.md", TempContent.ArticleText());

        var snapshot = content.Load();

        var problem = snapshot.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InvalidField && d.Path == path).Which;
        problem.Message.Should().Contain("'landmark study'");
        problem.Hint.Should().Contain("meta-analysis").And.Contain("regulatory notice");
        File.ReadAllLines(path)[problem.Line - 1].Should().Contain("landmark study");
        snapshot.References.Select(r => r.Key).Should().NotContain("berman2000", "a reference of an unknown kind is not cited as evidence");
    }

    [Fact]
    public void Every_kind_in_the_list_is_accepted_and_the_documentation_lists_exactly_these()
    {
        var entries = string.Concat(ReferenceKinds.All.Select((kind, i) =>
            $"- key: ref{i}\n  authors: Someone\n  title: A study\n  year: 2020\n  kind: {kind}\n  summary: What it found.\n"));
        content.Write("references.yaml", entries);

        content.Load().References.Should().HaveCount(ReferenceKinds.All.Count);
        var documented = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "content-format.md")).Single(l => l.StartsWith("| `kind` |", StringComparison.Ordinal));
        foreach (var kind in ReferenceKinds.All)
        {
            documented.Should().Contain($"`{kind}`");
        }
    }
}
