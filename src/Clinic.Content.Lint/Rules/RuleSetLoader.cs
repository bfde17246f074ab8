using System.Text.RegularExpressions;
using Clinic.Content.Lint.Checks;
using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Findings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Lint.Rules;

/// <summary>Reads claim-rules.yaml; every problem is a <see cref="RuleSetException"/> naming the file, line and column.</summary>
public static partial class RuleSetLoader
{
    /// <summary>The name reported for the rules built into the linter.</summary>
    public const string BuiltInName = "built-in claim-rules.yaml";

    private static readonly string[] RuleFields =
        ["id", "category", "kind", "severity", "message", "why", "fix", "patterns", "exceptions", "check", "threshold", "applies-to", "example", "when", "evidence"];

    /// <summary>Reads the rules file at <paramref name="path"/>.</summary>
    public static RuleSet Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new RuleSetException(path, 1, 1, $"the rules file cannot be read: {ex.Message}", ex);
        }

        return Parse(path, text);
    }

    /// <summary>The rules shipped inside the linter (a copy of content/claim-rules.yaml).</summary>
    public static RuleSet LoadBuiltIn()
    {
        using var stream = typeof(RuleSetLoader).Assembly.GetManifestResourceStream("Clinic.Content.Lint.claim-rules.yaml")
            ?? throw new RuleSetException(BuiltInName, 1, 1, "the built-in rules are missing from the linter build");
        using var reader = new StreamReader(stream);
        return Parse(BuiltInName, reader.ReadToEnd());
    }

    /// <summary>Reads rules from YAML text; <paramref name="path"/> is used in messages.</summary>
    public static RuleSet Parse(string path, string text)
    {
        // The reader's thousands of weights, in the form the exporter writes, are read without building a YAML node for
        // each (most of the start-up's YAML work); any other form is read as YAML, with the same result and messages.
        var weights = ReaderWeights(text);
        var root = weights is null ? null : TryLoadHead(path, text[..weights.Value.HeadLength]);
        if (root is null)
        {
            weights = null;
            root = Load(path, text);
        }

        var terms = ReadTerms(path, root);
        var features = ReadFeatures(path, root, terms, out var patternsChecked);
        try
        {
            var rules = ReadRest(path, root, weights?.Table, terms, features);
            patternsChecked.GetAwaiter().GetResult();
            return rules;
        }
        catch (RuleSetException)
        {
            // A mistake in the lists' patterns comes earlier in the file than anything read after them.
            patternsChecked.GetAwaiter().GetResult();
            throw;
        }
    }

    // The reader and the rules, read after the word lists.
    private static RuleSet ReadRest(string path, YamlMappingNode root, Dictionary<string, float>? weights, Dictionary<string, string> terms, FeatureLexicon features)
    {
        var reader = ReadReader(path, root, weights);
        if (!root.Children.TryGetValue(new YamlScalarNode("rules"), out var rulesNode) || rulesNode is not YamlSequenceNode list)
        {
            throw new RuleSetException(path, (int)root.Start.Line, (int)root.Start.Column, "the rules file needs a 'rules:' list");
        }

        var rules = new List<ClaimRule>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in list.Children)
        {
            var rule = ReadRule(path, node, terms, features);
            if (!ids.Add(rule.Id))
            {
                throw Problem(path, node, $"the rule id '{rule.Id}' is used twice");
            }

            rules.Add(rule);
        }

        if (rules.Count == 0)
        {
            throw Problem(path, list, "the 'rules:' list is empty");
        }

        if (reader is null && rules.Find(r => r.Kind is RuleKind.Reader) is { } orphan)
        {
            throw Problem(path, list, $"reader rule {orphan.Id} needs the rules file's 'reader:' section (bench/ml-reader/run.sh export writes it)");
        }

        return new RuleSet(path, rules, features, reader);
    }

    private static YamlMappingNode Load(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new RuleSetException(path, (int)ex.Start.Line, (int)ex.Start.Column, $"YAML syntax: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new RuleSetException(path, 1, 1, "the rules file must be a mapping with a 'rules:' list");
    }

    private static Dictionary<string, string> ReadTerms(string path, YamlMappingNode root)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.Children.TryGetValue(new YamlScalarNode("terms"), out var node))
        {
            return terms;
        }

        if (node is not YamlMappingNode map)
        {
            throw Problem(path, node, "'terms:' must map names to regular-expression alternatives");
        }

        foreach (var (key, value) in map.Children)
        {
            var name = Scalar(path, key, "term name");
            var pattern = Scalar(path, value, $"term '{name}'");
            terms[name] = Expand(path, value, pattern, terms);
        }

        return terms;
    }

    private static ClaimRule ReadRule(string path, YamlNode node, Dictionary<string, string> terms, FeatureLexicon features)
    {
        if (node is not YamlMappingNode map)
        {
            throw Problem(path, node, "each rule must be a mapping with id, category, kind, severity, message, why and fix");
        }

        foreach (var key in map.Children.Keys)
        {
            var name = Scalar(path, key, "field name");
            if (!RuleFields.Contains(name, StringComparer.Ordinal))
            {
                throw Problem(path, key, $"unknown rule field '{name}' (known: {string.Join(", ", RuleFields)})");
            }
        }

        var id = Required(path, map, "id");
        if (!IdPattern().IsMatch(id))
        {
            throw Problem(path, map.Children[new YamlScalarNode("id")], $"rule id '{id}' must look like CL001");
        }

        var category = Required(path, map, "category");
        if (!RuleCategories.All.Contains(category, StringComparer.Ordinal))
        {
            throw Problem(path, Field(map, "category")!, $"unknown category '{category}' (one of: {string.Join(", ", RuleCategories.All)})");
        }

        var kind = ParseKind(path, map);
        var rule = new ClaimRule
        {
            Id = id,
            Category = category,
            Kind = kind,
            Severity = ParseSeverity(path, map),
            Message = Required(path, map, "message"),
            Why = Required(path, map, "why"),
            Fix = Required(path, map, "fix"),
            Patterns = Patterns(path, map, "patterns", terms),
            Exceptions = Patterns(path, map, "exceptions", terms),
            Check = Optional(path, map, "check"),
            Threshold = Threshold(path, map),
            AppliesTo = AppliesTo(path, map),
            Example = Example(path, map),
            When = When(path, map, features),
            Evidence = Evidence(path, map),
        };
        Validate(path, map, rule);
        return rule;
    }

    private static void Validate(string path, YamlMappingNode map, ClaimRule rule)
    {
        if (rule.Kind is RuleKind.PageCheck)
        {
            if (rule.Check is null || !PageCheckNames.All.Contains(rule.Check))
            {
                throw Problem(path, Field(map, "check") ?? map,
                    $"page-check rule {rule.Id} needs 'check:' naming one of: {string.Join(", ", PageCheckNames.All.Order(StringComparer.Ordinal))}");
            }
        }
        else if (rule.Kind is RuleKind.Evidence)
        {
            if (rule.Evidence is null)
            {
                throw Problem(path, map, $"evidence rule {rule.Id} needs 'evidence:' with 'population:', 'kinds:' or 'retracted: true'");
            }
        }
        else if (rule.Kind is RuleKind.Reader)
        {
            if (rule.Threshold is not (> 0 and < 1))
            {
                throw Problem(path, Field(map, "threshold") ?? map, $"reader rule {rule.Id} needs 'threshold:' between 0 and 1, the probability at which a sentence is flagged");
            }

            if (rule.When is { } readerWhen && (readerWhen.All.Count > 0 || readerWhen.Any.Count > 0 || readerWhen.Question.Count > 0))
            {
                throw Problem(path, Field(map, "when")!, $"reader rule {rule.Id} takes only 'none:' under 'when:': the features that make a sentence compliant");
            }
        }
        else if (rule.Kind is RuleKind.Predicate)
        {
            if (rule.When is null)
            {
                throw Problem(path, map, $"predicate rule {rule.Id} needs 'when:' with 'all:', 'any:' and/or 'none:' feature lists");
            }
        }
        else if (rule.Patterns.Count == 0)
        {
            throw Problem(path, map, $"rule {rule.Id} needs at least one entry under 'patterns:'");
        }

        // A needs-citation rule's 'when:' only names what, like a citation, accounts for the claim ('none:');
        // banned rules have no such way out.
        if (rule.When is { } when && (rule.Kind is RuleKind.Banned or RuleKind.Required or RuleKind.PageCheck
            || (rule.Kind is RuleKind.NeedsCitation && (when.All.Count > 0 || when.Any.Count > 0 || when.Question.Count > 0))))
        {
            throw Problem(path, Field(map, "when")!, rule.Kind is RuleKind.NeedsCitation
                ? $"needs-citation rule {rule.Id} takes only 'none:' (with 'scope: sentence') under 'when:': the features that account for the claim as a citation does"
                : $"rule {rule.Id} is not a predicate, needs-citation or evidence rule and cannot have 'when:'");
        }
    }

    private static RuleKind ParseKind(string path, YamlMappingNode map) => Required(path, map, "kind") switch
    {
        "banned" => RuleKind.Banned,
        "needs-citation" => RuleKind.NeedsCitation,
        "required" => RuleKind.Required,
        "page-check" => RuleKind.PageCheck,
        "predicate" => RuleKind.Predicate,
        "evidence" => RuleKind.Evidence,
        "reader" => RuleKind.Reader,
        var other => throw Problem(path, Field(map, "kind")!, $"unknown kind '{other}' (banned, needs-citation, predicate, evidence, reader, required or page-check)"),
    };

    private static FindingSeverity ParseSeverity(string path, YamlMappingNode map) => Required(path, map, "severity") switch
    {
        "error" => FindingSeverity.Error,
        "warning" => FindingSeverity.Warning,
        "info" => FindingSeverity.Info,
        var other => throw Problem(path, Field(map, "severity")!, $"unknown severity '{other}' (error, warning or info)"),
    };

    private static PageScope AppliesTo(string path, YamlMappingNode map) => Optional(path, map, "applies-to") switch
    {
        null or "all-pages" => PageScope.AllPages,
        "site-pages" => PageScope.SitePages,
        var other => throw Problem(path, Field(map, "applies-to")!, $"unknown 'applies-to' value '{other}' (all-pages or site-pages)"),
    };

    private static double? Threshold(string path, YamlMappingNode map)
    {
        var text = Optional(path, map, "threshold");
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Problem(path, Field(map, "threshold")!, $"threshold '{text}' is not a number");
    }

    private static RuleExample? Example(string path, YamlMappingNode map)
    {
        var node = Field(map, "example");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode example)
        {
            throw Problem(path, node, "'example:' needs 'fails:' and 'passes:' (and optionally 'in:')");
        }

        var place = Optional(path, example, "in") ?? RuleExample.Fragment;
        if (!RuleExample.Places.Contains(place, StringComparer.Ordinal))
        {
            throw Problem(path, Field(example, "in")!, $"unknown example place '{place}' (one of: {string.Join(", ", RuleExample.Places)})");
        }

        return new RuleExample(Required(path, example, "fails"), Required(path, example, "passes"), place);
    }

    private static List<Regex> Patterns(string path, YamlMappingNode map, string name, Dictionary<string, string> terms)
    {
        var node = Field(map, name);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            throw Problem(path, node, $"'{name}:' must be a list of regular expressions");
        }

        return list.Children.Select(item => RulePattern.Compile(Expand(path, item, Scalar(path, item, "pattern"), terms), path, item)).ToList();
    }

    private static string Expand(string path, YamlNode node, string pattern, Dictionary<string, string> terms) =>
        TermReference().Replace(pattern, match => terms.TryGetValue(match.Groups[1].Value, out var term)
            ? $"(?:{term})"
            : throw Problem(path, node, $"unknown term '{{{match.Groups[1].Value}}}' (define it under 'terms:')"));

    private static string Required(string path, YamlMappingNode map, string name) =>
        Optional(path, map, name) is { Length: > 0 } value ? value : throw Problem(path, map, $"the rule needs a non-empty '{name}:'");

    private static string? Optional(string path, YamlMappingNode map, string name) =>
        Field(map, name) is { } node ? Scalar(path, node, name).Trim() : null;

    private static YamlNode? Field(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    private static string Scalar(string path, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Problem(path, node, $"{what} must be a single value");

    internal static RuleSetException Problem(string path, YamlNode node, string message) =>
        new(path, (int)node.Start.Line, (int)node.Start.Column, message);

    [GeneratedRegex("^[A-Z]{2}[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex TermReference();
}
