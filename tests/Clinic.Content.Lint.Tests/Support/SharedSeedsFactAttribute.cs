namespace Clinic.Content.Lint.Tests.Support;

/// <summary>A fact that needs ../shared/seeds beside the repository; skipped, with the reason shown, where it is absent.</summary>
internal sealed class SharedSeedsFactAttribute : FactAttribute
{
    public SharedSeedsFactAttribute() => Skip = Directory.Exists(Repo.SharedSeeds)
        ? null
        : $"{Repo.SharedSeeds} is not on this machine, so the pinned seeds in Fixtures/seeds cannot be compared with their source";
}
