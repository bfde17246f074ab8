namespace Clinic.Content.Lint.Reader;

/// <summary>
/// A learned second reader: a logistic regression over <see cref="ReaderWords"/>, trained in bench/ml-reader on the
/// team's own sentences and the annotated corpus. It reads for claims the word lists did not anticipate.
/// </summary>
public sealed class ClaimReaderModel
{
    [ThreadStatic]
    private static char[]? buffer;

    [ThreadStatic]
    private static List<(int Start, int Length)>? tokens;

    private readonly Dictionary<string, float> weights;
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // For Probability: each known word's number and weight, and each known pair by its two words' numbers. A pair is
    // numbered left * words + right (one number per pair, and small numbers hash well: a long's hash folds its halves
    // together, so left << 32 | right would put every pair with the same left ^ right in one bucket). A pair is
    // looked up only when both its words are known, which holds for every pair the exporter writes (a pair from two
    // sentences has words from two sentences); a model with a pair of unknown words looks pairs up by their text.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordNumbers;
    private readonly float[] wordWeights;
    private readonly Dictionary<long, float> pairs;
    private readonly bool pairsByNumber = true;

    [ThreadStatic]
    private static int[]? numbers;

    /// <summary>A model with the intercept <paramref name="bias"/> and a weight per word or word pair.</summary>
    public ClaimReaderModel(double bias, IReadOnlyDictionary<string, float> weights)
        : this(bias, new Dictionary<string, float>(weights ?? throw new ArgumentNullException(nameof(weights)), StringComparer.Ordinal))
    {
    }

    // Takes the table as its own (the loader's freshly read one, or the public constructor's copy), and indexes its
    // 43,000 entries in pre-sized tables with span lookups, without a substring per word pair (part of every lint's start).
    private ClaimReaderModel(double bias, Dictionary<string, float> weights)
    {
        Bias = bias;
        this.weights = weights;
        lookup = weights.GetAlternateLookup<ReadOnlySpan<char>>();

        // Tokens hold no space, so a key without one is a word and a key with exactly one is a pair.
        var words = new Dictionary<string, int>(weights.Count, StringComparer.Ordinal);
        var wordWeightList = new List<float>(weights.Count);
        foreach (var (gram, weight) in weights)
        {
            if (!gram.Contains(' ', StringComparison.Ordinal))
            {
                words.Add(gram, wordWeightList.Count);
                wordWeightList.Add(weight);
            }
        }

        wordNumbers = words.GetAlternateLookup<ReadOnlySpan<char>>();
        pairs = new Dictionary<long, float>(weights.Count - words.Count);
        foreach (var (gram, weight) in weights)
        {
            if (gram.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0)
            {
                var right = gram.AsSpan(space + 1);
                if (wordNumbers.TryGetValue(gram.AsSpan(0, space), out var leftNumber) && wordNumbers.TryGetValue(right, out var rightNumber))
                {
                    pairs[(long)leftNumber * words.Count + rightNumber] = weight;
                }
                else if (!right.Contains(' '))
                {
                    pairsByNumber = false;
                }
            }
        }

        wordWeights = [.. wordWeightList];
    }

    /// <summary>A model over <paramref name="weights"/>, which it keeps as its own: the caller must not change the table afterwards.</summary>
    internal static ClaimReaderModel Owning(double bias, Dictionary<string, float> weights) => new(bias, weights);

    /// <summary>The score of a sentence with no known words.</summary>
    public double Bias { get; }

    /// <summary>How many words and word pairs carry a weight.</summary>
    public int Count => weights.Count;

    /// <summary>The weight of each known word and word pair.</summary>
    public IReadOnlyDictionary<string, float> Weights => weights;

    /// <summary>
    /// The probability that <paramref name="text"/> is a claim a reviewer would strike: the same number as
    /// <see cref="Read"/> gives, without allocating (the linter asks this of every sentence the rules let through, and
    /// wants the words only for the few it flags).
    /// </summary>
    public double Probability(ReadOnlySpan<char> text)
    {
        var (chars, found) = Tokenize(text);
        var grams = found.Count + Math.Max(0, found.Count - 1);
        if (grams == 0)
        {
            return Sigmoid(Bias);
        }

        // Summed in the order Read sums, so both give the same double.
        var sum = 0.0;
        var known = numbers is { } reused && reused.Length >= found.Count ? reused : numbers = new int[Math.Max(found.Count, 64)];
        for (var i = 0; i < found.Count; i++)
        {
            known[i] = wordNumbers.TryGetValue(chars.AsSpan(found[i].Start, found[i].Length), out var number) ? number : -1;
            if (known[i] >= 0)
            {
                sum += wordWeights[known[i]];
            }

            if (i == 0)
            {
                continue;
            }

            if (pairsByNumber)
            {
                if (known[i - 1] >= 0 && known[i] >= 0 && pairs.TryGetValue((long)known[i - 1] * wordWeights.Length + known[i], out var weight))
                {
                    sum += weight;
                }
            }
            else if (lookup.TryGetValue(chars.AsSpan(found[i - 1].Start, found[i].Start + found[i].Length - found[i - 1].Start), out var weight))
            {
                sum += weight;
            }
        }

        return Sigmoid(Bias + sum / Math.Sqrt(grams));
    }

    /// <summary>The probability that <paramref name="text"/> is a claim a reviewer would strike, and the known words that pushed it up most.</summary>
    public (double Probability, IReadOnlyList<string> Strongest) Read(ReadOnlySpan<char> text, int strongest = 3)
    {
        var (chars, found) = Tokenize(text);
        var grams = found.Count + Math.Max(0, found.Count - 1);
        if (grams == 0)
        {
            return (Sigmoid(Bias), []);
        }

        // Each occurrence weighs 1/sqrt(n) for n words and pairs in the sentence, as in training: a long sentence is not
        // a claim merely because it has more words.
        var sum = 0.0;
        var top = new List<(string Gram, float Weight)>();
        for (var i = 0; i < found.Count; i++)
        {
            Add(chars.AsSpan(found[i].Start, found[i].Length), ref sum, top, strongest);
            if (i > 0)
            {
                Add(chars.AsSpan(found[i - 1].Start, found[i].Start + found[i].Length - found[i - 1].Start), ref sum, top, strongest);
            }
        }

        return (Sigmoid(Bias + sum / Math.Sqrt(grams)), top.ConvertAll(t => t.Gram));
    }

    // The sentence's words in this thread's buffers (a sentence is read on one thread from start to end).
    private static (char[] Chars, List<(int Start, int Length)> Found) Tokenize(ReadOnlySpan<char> text)
    {
        var chars = buffer is { } known && known.Length >= text.Length * 2 + 1 ? known : buffer = new char[Math.Max(text.Length * 2 + 1, 512)];
        var found = tokens ??= [];
        ReaderWords.Tokenize(text, chars, found);
        return (chars, found);
    }

    private void Add(ReadOnlySpan<char> gram, ref double sum, List<(string Gram, float Weight)> top, int strongest)
    {
        if (!lookup.TryGetValue(gram, out var key, out var weight))
        {
            return;
        }

        sum += weight;
        if (weight <= 0 || top.Exists(t => t.Gram == key))
        {
            return;
        }

        var at = top.FindIndex(t => t.Weight < weight);
        if (at < 0 && top.Count < strongest)
        {
            top.Add((key, weight));
        }
        else if (at >= 0)
        {
            top.Insert(at, (key, weight));
            if (top.Count > strongest)
            {
                top.RemoveAt(top.Count - 1);
            }
        }
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
