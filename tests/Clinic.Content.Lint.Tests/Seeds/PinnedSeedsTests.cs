using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Seeds;

/// <summary>The seed tests read only the copy pinned in Fixtures/seeds; this checks it still equals ../shared/seeds.</summary>
public sealed class PinnedSeedsTests
{
    [SharedSeedsFact]
    public void Pinned_seeds_equal_the_shared_seed_pages()
    {
        var shared = Directory.EnumerateFiles(Repo.SharedSeeds, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var pinned = Directory.EnumerateFiles(Repo.Seeds, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        pinned.Should().Equal(shared, "Fixtures/seeds holds one copy of each shared seed page");
        foreach (var name in pinned)
        {
            File.ReadAllBytes(Path.Combine(Repo.Seeds, name!)).Should().Equal(File.ReadAllBytes(Path.Combine(Repo.SharedSeeds, name!)),
                $"Fixtures/seeds/{name} must be an exact copy of ../shared/seeds/{name}; copy it again if the seed changed");
        }
    }

    [Fact]
    public void Seed_tests_read_the_pinned_copy_in_the_repository()
    {
        Repo.Seeds.Should().StartWith(Repo.Fixtures);
        Directory.EnumerateFiles(Repo.Seeds, "*.txt").Should().HaveCount(5);
    }
}
