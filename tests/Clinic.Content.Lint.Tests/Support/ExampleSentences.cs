namespace Clinic.Content.Lint.Tests.Support;

/// <summary>Every sentence the rules file and the fixtures hold, for tests that compare a fast path with the slow one.</summary>
internal static class ExampleSentences
{
    /// <summary>Feature examples, rule examples and every non-blank fixture line.</summary>
    public static IEnumerable<string> All()
    {
        var rules = Linted.Rules;
        foreach (var feature in rules.Features.All)
        {
            foreach (var sentence in feature.Matches.Concat(feature.Ignores))
            {
                yield return sentence;
            }
        }

        foreach (var example in rules.Rules.Select(r => r.Example).OfType<Lint.Rules.RuleExample>())
        {
            yield return example.Fails;
            yield return example.Passes;
        }

        foreach (var file in Directory.EnumerateFiles(Repo.Fixtures, "*.*", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                yield return line;
            }
        }
    }
}
