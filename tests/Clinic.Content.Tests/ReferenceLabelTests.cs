using Clinic.Content.References;

namespace Clinic.Content.Tests;

/// <summary>The short label a reader sees beside a cited source ("Source: Li et al., 2010").</summary>
public sealed class ReferenceLabelTests
{
    [Theory]
    [InlineData("Li N, Lee B, Liu RJ, et al.", "Li et al., 2010")]
    [InlineData("Moda-Sava RN", "Moda-Sava, 2010")]
    [InlineData("van der Berg J, Smith A", "van der Berg et al., 2010")]
    [InlineData("U.S. Food and Drug Administration", "U.S. Food and Drug Administration, 2010")]
    [InlineData("World Health Organization, UNICEF", "World Health Organization et al., 2010")]
    public void Label_names_a_person_by_surname_and_an_organisation_whole(string authors, string label)
    {
        var reference = new Reference
        {
            Key = "k2010",
            Authors = authors,
            Title = "A title",
            Kind = "review",
            Summary = "A summary.",
            SourcePath = "references.yaml",
            Year = 2010,
        };

        reference.ShortLabel.Should().Be(label);
    }
}
