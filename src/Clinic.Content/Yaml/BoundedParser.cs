using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Clinic.Content.Yaml;

/// <summary>
/// Wraps YamlDotNet's parser and stops at a nesting depth and an alias count, before YamlDotNet's recursive
/// representation model can overflow the stack (deep nesting) or a reader can expand one block a billion times (aliases).
/// </summary>
internal sealed class BoundedParser(IParser inner, int maxDepth, int maxAliases) : IParser
{
    private readonly Stack<(int Depth, string Anchor)> openAnchors = new();
    private int depth;
    private int aliases;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case NodeEvent { } start when start is MappingStart or SequenceStart:
                if (++depth > maxDepth)
                {
                    throw new YamlLimitException(start.Start, start.End,
                        $"the YAML is nested more than {maxDepth} levels deep");
                }

                if (!start.Anchor.IsEmpty)
                {
                    openAnchors.Push((depth, start.Anchor.Value));
                }

                break;
            case MappingEnd or SequenceEnd:
                while (openAnchors.TryPeek(out var open) && open.Depth >= depth)
                {
                    openAnchors.Pop();
                }

                depth--;
                break;
            case AnchorAlias alias:
                if (++aliases > maxAliases)
                {
                    throw new YamlLimitException(alias.Start, alias.End,
                        $"the YAML uses more than {maxAliases} aliases (*name), which could copy one block over and over");
                }

                if (openAnchors.Any(a => a.Anchor == alias.Value.Value))
                {
                    throw new YamlLimitException(alias.Start, alias.End,
                        $"the alias *{alias.Value.Value} refers to the block that contains it, which never ends");
                }

                break;
        }

        return true;
    }
}

/// <summary>YAML that is well-formed but beyond the reader's bounds.</summary>
internal sealed class YamlLimitException(Mark start, Mark end, string message) : YamlException(start, end, message);
