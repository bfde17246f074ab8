using System.Collections.Frozen;

namespace Clinic.Content.Lint.Features;

/// <summary>The reviewers' word lists, by name.</summary>
public sealed class FeatureLexicon
{
    private readonly FrozenDictionary<string, int> indexByName;
    private readonly int[] lookupIndex;
    private readonly int[] wordsIndex;
    private readonly Task<WordLookup> lookup;
    private readonly int[] plainList;

    /// <summary>A lexicon of <paramref name="features"/>, looked up by name.</summary>
    public FeatureLexicon(IReadOnlyList<Feature> features)
    {
        All = features ?? throw new ArgumentNullException(nameof(features));
        indexByName = features.Select((f, i) => (f.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var wordsOnly = features.Where(f => f.WordsOnly).ToList();
        // The words of lists that also have patterns go in the same trie, after the words-only lists: when none of them
        // occurs, the words part of the list's expression is left out of the sentence's run, and when the words are all
        // that can match, the trie's hits are the answer and no expression runs.
        var mixed = features.Where(f => !f.WordsOnly && f.Words.Count > 0).ToList();
        // The trie is built on another core while the rules are read (a lint run's largest serial cost is start-up).
        IReadOnlyList<IReadOnlyList<string>> lists = [.. wordsOnly.Select(f => f.Words), .. mixed.Select(f => f.Words)];
        lookup = lists.Count == 0 ? Task.FromResult(new WordLookup(lists)) : Task.Run(() => new WordLookup(lists));
        lookupIndex = features.Select(f => wordsOnly.IndexOf(f)).ToArray();
        plainList = features.Select((f, i) => f.AtLeast <= 1 ? lookupIndex[i] : -1).ToArray();
        wordsIndex = features.Select((f, i) => f.WordsOnly ? lookupIndex[i] : mixed.IndexOf(f) is var m and >= 0 ? wordsOnly.Count + m : -1).ToArray();
    }

    /// <summary>A lexicon with no word lists, for rule sets that define none.</summary>
    public static FeatureLexicon Empty { get; } = new([]);

    /// <summary>Every word list, in the order the rules file defines them.</summary>
    public IReadOnlyList<Feature> All { get; }

    /// <summary>One trie over every words-only list (numbered as <see cref="LookupIndex"/>), then the words of the lists with patterns, so a sentence is scanned once for all of them.</summary>
    public WordLookup Lookup => lookup.Result;

    /// <summary>The word list called <paramref name="name"/>, or null if there is none.</summary>
    public Feature? Find(string name) => IndexOf(name) is var index and >= 0 ? All[index] : null;

    /// <summary>The feature's position in <see cref="All"/>, or -1 when there is none of that name.</summary>
    public int IndexOf(string name) => indexByName.GetValueOrDefault(name, -1);

    /// <summary>The list's number in <see cref="Lookup"/>, or -1 when it is tagged by its expression.</summary>
    public int LookupIndex(string name) => IndexOf(name) is var index and >= 0 ? lookupIndex[index] : -1;

    /// <summary>As <see cref="LookupIndex"/>, by the feature's position in <see cref="All"/>.</summary>
    public int LookupIndexAt(int index) => lookupIndex[index];

    /// <summary>
    /// As <see cref="LookupIndexAt"/> for an ordinary list (one entry makes it present), -1 for a count list: whether it
    /// occurs is then whether the trie found it, read from one array on every rule's first test.
    /// </summary>
    public int PlainListAt(int index) => plainList[index];

    /// <summary>
    /// The number in <see cref="Lookup"/> of the feature's own words (at <paramref name="index"/> in <see cref="All"/>),
    /// for lists with patterns too; -1 when it has no words.
    /// </summary>
    public int WordsIndexAt(int index) => wordsIndex[index];

    /// <summary>True when the feature's words occur anywhere in <paramref name="text"/> (used for page-level features).</summary>
    public bool Occurs(string name, string text) => Find(name) is { } feature && feature.Pattern.IsMatch(text);
}
