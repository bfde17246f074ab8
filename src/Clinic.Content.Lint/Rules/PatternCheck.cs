using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Lint.Rules;

/// <summary>A word list's 'patterns:' joined, to be parsed once the lists are read, and its whole expression to report a mistake with.</summary>
internal sealed record PatternCheck(string Patterns, string Expression, YamlMappingNode Body);
