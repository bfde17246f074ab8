namespace Clinic.Content.FuzzTests;

/// <summary>The fixed-seed fuzz run CI makes on every change (bench/fuzz.sh runs more with FUZZ_CASES).</summary>
public sealed class FuzzTests
{
    /// <summary>CI's fixed seed: the same cases every run, so a failure is reproducible from its number.</summary>
    private const int Seed = 20261201;

    [Fact]
    public async Task Hostile_content_never_crashes_hangs_or_loses_a_diagnostic_or_the_disclaimer()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var n) ? n : 2000;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : Seed;
        using var harness = new FuzzHarness();

        await harness.RunAsync(FuzzCases.Make(seed, count));

        var summary = $"fuzz: {harness.Cases} cases, seed {seed}, {harness.Elapsed.TotalSeconds:0} s, worst memory {harness.WorstMemoryBytes / (1024 * 1024)} MB, {harness.Failures.Count} failures ("
            + string.Join(", ", harness.StageTimes.Select(t => $"{t.Key} {t.Value.TotalSeconds:0} s")) + ")";
        Console.WriteLine(summary);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "fuzz-summary.txt"), summary + Environment.NewLine);
        harness.Cases.Should().Be(count);
        harness.Failures.Should().BeEmpty(summary);
    }
}
