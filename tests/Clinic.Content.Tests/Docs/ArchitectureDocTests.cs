using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Clinic.Content.Tests.Docs;

/// <summary>docs/architecture.md draws the projects' edges from their .csproj files; this keeps the drawing true.</summary>
public sealed partial class ArchitectureDocTests
{
    [Fact]
    public void The_project_table_lists_exactly_the_project_references_of_each_csproj()
    {
        var fromCode = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.csproj", SearchOption.AllDirectories)
            .ToDictionary(
                p => Path.GetFileNameWithoutExtension(p),
                p => XDocument.Load(p).Descendants("ProjectReference")
                    .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
                    .Order(StringComparer.Ordinal).ToList());

        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "architecture.md"));
        var table = doc[doc.IndexOf("| Project | References |", StringComparison.Ordinal)..];
        var fromDoc = Row().Matches(table[..table.IndexOf("\n\n", StringComparison.Ordinal)])
            .ToDictionary(
                m => m.Groups["project"].Value,
                m => Name().Matches(m.Groups["refs"].Value).Select(n => n.Groups[1].Value).Order(StringComparer.Ordinal).ToList());

        fromDoc.Keys.Should().BeEquivalentTo(fromCode.Keys, "every project has a row");
        foreach (var (project, references) in fromCode)
        {
            fromDoc[project].Should().Equal(references, $"the row of {project} names its ProjectReferences");
        }
    }

    [GeneratedRegex(@"^\| `(?<project>[A-Za-z.]+)` \| (?<refs>.*) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();

    // Project names in backticks; the packages of a row are named without them.
    [GeneratedRegex(@"`(Clinic\.[A-Za-z.]+)`")]
    private static partial Regex Name();
}
