namespace Clinic.Content.Lint.Matching;

/// <summary>One word of a sentence and where it starts, as negation scope reads them.</summary>
public readonly record struct SentenceWord(int Index, string Value)
{
    /// <summary>The offset just past the word.</summary>
    public int End => Index + Value.Length;
}
