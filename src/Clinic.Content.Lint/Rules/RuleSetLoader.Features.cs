using Clinic.Content.Lint.Features;
using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Lint.Rules;

/// <summary>Reads the 'features:' word lists and each predicate rule's 'when:'.</summary>
public static partial class RuleSetLoader
{
    private static readonly string[] FeatureFields = ["about", "remedy", "words", "patterns", "requires", "at-least", "matches", "ignores"];
    private static readonly string[] WhenFields = ["all", "any", "none", "scope", "question", "distanced"];

    // The lists' patterns are parsed on other cores while the rest of the file is read; the caller waits for
    // 'patternsChecked' before it reports anything read after the lists, so a mistake is reported in file order.
    private static FeatureLexicon ReadFeatures(string path, YamlMappingNode root, Dictionary<string, string> terms, out Task patternsChecked)
    {
        patternsChecked = Task.CompletedTask;
        if (!root.Children.TryGetValue(new YamlScalarNode("features"), out var node))
        {
            return FeatureLexicon.Empty;
        }

        if (node is not YamlMappingNode map)
        {
            throw Problem(path, node, "'features:' must map each feature name to its 'about:' and 'words:'");
        }

        var features = new List<Feature>();
        var checks = new List<PatternCheck>();
        try
        {
            ReadFeatures(path, map, terms, features, checks);
        }
        catch (RuleSetException)
        {
            // A list read before the one at fault may have a mistake in its patterns: that one is reported first, as
            // when each list's patterns were checked as it was read.
            Check(path, checks);
            throw;
        }

        patternsChecked = Task.Run(() => Check(path, checks));
        return new FeatureLexicon(features);
    }

    private static void ReadFeatures(string path, YamlMappingNode map, Dictionary<string, string> terms, List<Feature> features, List<PatternCheck> checks)
    {
        foreach (var (key, value) in map.Children)
        {
            var name = Scalar(path, key, "feature name");
            if (value is not YamlMappingNode body)
            {
                throw Problem(path, value, $"feature '{name}' needs 'about:' and 'words:' (or 'patterns:')");
            }

            foreach (var field in body.Children.Keys)
            {
                var fieldName = Scalar(path, field, "field name");
                if (!FeatureFields.Contains(fieldName, StringComparer.Ordinal))
                {
                    throw Problem(path, field, $"unknown feature field '{fieldName}' (known: {string.Join(", ", FeatureFields)})");
                }
            }

            var words = List(path, body, "words");
            var patterns = List(path, body, "patterns").Select(p => Expand(path, body, p, terms)).ToList();
            if (words.Count == 0 && patterns.Count == 0)
            {
                throw Problem(path, body, $"feature '{name}' needs at least one entry under 'words:' or 'patterns:'");
            }

            var alternatives = new List<string>(patterns);
            if (words.Count > 0)
            {
                alternatives.Add(WordList.ToPattern(words));
            }

            // A feature with patterns can only skip sentences when reviewers say which words it needs ('requires:').
            var required = patterns.Count > 0 && List(path, body, "requires") is { Count: > 0 } requires ? WordList.FirstWordList(words.Concat(requires)) : null;
            features.Add(new Feature
            {
                Name = name,
                About = Required(path, body, "about"),
                Remedy = Optional(path, body, "remedy"),
                Words = words,
                WordsOnly = patterns.Count == 0,
                FirstWords = required is null ? null : System.Buffers.SearchValues.Create([.. required], StringComparison.OrdinalIgnoreCase),
                RequiredWords = required ?? [],
                Compiled = Compiled(path, body, patterns, alternatives, checks),
                Alternatives = alternatives,
                AtLeast = AtLeast(path, body, name),
                Matches = List(path, body, "matches"),
                Ignores = List(path, body, "ignores"),
            });
        }
    }

    // A list's expression is compiled when first used; its 'patterns:' are checked when the lists are read (Check), so
    // a mistake in one is still reported when the rules are read. The words part is escaped text (WordList) and always
    // compiles. On a mistake the whole expression is compiled to report it as before, with the same message.
    private static Lazy<System.Text.RegularExpressions.Regex> Compiled(string path, YamlMappingNode body, List<string> patterns, List<string> alternatives, List<PatternCheck> checks)
    {
        var expression = string.Join('|', alternatives.Select(a => $"(?:{a})"));
        if (patterns.Count > 0)
        {
            checks.Add(new PatternCheck(string.Join('|', patterns.Select(a => $"(?:{a})")), expression, body));
        }

        return new(() => RulePattern.Compile(expression, path, body), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    // Parses every list's patterns, on all cores (parsing them was most of reading the features), and reports the first
    // list, in file order, whose patterns do not compile.
    private static void Check(string path, List<PatternCheck> checks)
    {
        var valid = new bool[checks.Count];
        Parallel.For(0, checks.Count, i => valid[i] = Compiles(checks[i].Patterns));
        var first = Array.IndexOf(valid, false);
        if (first >= 0)
        {
            var check = checks[first];
            try
            {
                _ = new System.Text.RegularExpressions.Regex(check.Patterns, RulePattern.Options);
            }
            catch (ArgumentException)
            {
                RulePattern.Compile(check.Expression, path, check.Body);
                throw;
            }
        }
    }

    private static bool Compiles(string pattern)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, RulePattern.Options);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // 'at-least: N' makes a count feature: N different entries of its list must occur, asserted, in one sentence.
    private static int AtLeast(string path, YamlMappingNode body, string name)
    {
        if (Optional(path, body, "at-least") is not { } text)
        {
            return 1;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 50
            ? count
            : throw Problem(path, Field(body, "at-least")!, $"feature '{name}': 'at-least:' must be a whole number from 1 to 50");
    }

    private static Predicate? When(string path, YamlMappingNode map, FeatureLexicon features)
    {
        if (Field(map, "when") is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode when)
        {
            throw Problem(path, node, "'when:' needs 'all:', 'any:' and/or 'none:' lists of feature names");
        }

        foreach (var field in when.Children.Keys)
        {
            var name = Scalar(path, field, "field name");
            if (!WhenFields.Contains(name, StringComparer.Ordinal))
            {
                throw Problem(path, field, $"unknown 'when:' field '{name}' (known: {string.Join(", ", WhenFields)})");
            }
        }

        var predicate = new Predicate(List(path, when, "all"), List(path, when, "any"), List(path, when, "none"),
            (Optional(path, when, "scope") ?? "clause") switch
            {
                "clause" => true,
                "sentence" => false,
                var other => throw Problem(path, Field(when, "scope")!, $"unknown scope '{other}' (clause or sentence)"),
            })
        {
            Question = List(path, when, "question"),
            ReadsDistanced = (Optional(path, when, "distanced") ?? "skip") switch
            {
                "skip" => false,
                "judge" => true,
                var other => throw Problem(path, Field(when, "distanced")!, $"unknown 'distanced:' value '{other}' (skip or judge)"),
            },
        };
        if (predicate.All.Count == 0 && predicate.Any.Count == 0 && (predicate.None.Count == 0 || predicate.SameClause))
        {
            throw Problem(path, when, "'when:' needs a feature under 'all:' or 'any:' (or only 'none:' with 'scope: sentence')");
        }

        foreach (var name in predicate.Features.Where(n => features.Find(n) is null))
        {
            throw Problem(path, when, $"unknown feature '{name}' (define it under 'features:')");
        }

        return predicate;
    }

    private static EvidenceCondition? Evidence(string path, YamlMappingNode map)
    {
        if (Field(map, "evidence") is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode evidence)
        {
            throw Problem(path, node, "'evidence:' needs 'population:', 'any-population:', 'kinds:' or 'retracted: true'");
        }

        var condition = new EvidenceCondition(Optional(path, evidence, "population"), List(path, evidence, "kinds"),
            string.Equals(Optional(path, evidence, "retracted"), "true", StringComparison.Ordinal), Optional(path, evidence, "any-population"));
        return condition.Population is null && condition.Kinds.Count == 0 && !condition.Retracted && condition.AnyPopulation is null
            ? throw Problem(path, evidence, "'evidence:' needs 'population:', 'any-population:', 'kinds:' or 'retracted: true'")
            : condition;
    }

    private static List<string> List(string path, YamlMappingNode map, string name)
    {
        if (Field(map, name) is not { } node)
        {
            return [];
        }

        return node is YamlSequenceNode list
            ? list.Children.Select(item => Scalar(path, item, name)).ToList()
            : throw Problem(path, node, $"'{name}:' must be a list");
    }
}
