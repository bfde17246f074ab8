namespace Clinic.Content.Diagnostics;

/// <summary>The stable codes of content diagnostics (documented in docs/content-format.md).</summary>
public static class DiagnosticCodes
{
    /// <summary>The YAML cannot be read.</summary>
    public const string YamlSyntax = "CC001";

    /// <summary>A required field is missing or empty.</summary>
    public const string MissingField = "CC002";

    /// <summary>A date is not a real date in YYYY-MM-DD form.</summary>
    public const string InvalidDate = "CC003";

    /// <summary>A citation names a key that is not in references.yaml.</summary>
    public const string UnknownCitation = "CC004";

    /// <summary>Two article files map to the same address.</summary>
    public const string DuplicateSlug = "CC005";

    /// <summary>A field has a value of the wrong kind, or the field is unknown.</summary>
    public const string InvalidField = "CC006";

    /// <summary>Two references share one key.</summary>
    public const string DuplicateReference = "CC007";

    /// <summary>A page has no front matter block.</summary>
    public const string MissingFrontMatter = "CC008";

    /// <summary>A link or image with an unsafe or third-party address was dropped.</summary>
    public const string UnsafeLink = "CC009";

    /// <summary>Raw HTML in Markdown was dropped.</summary>
    public const string RawHtml = "CC010";

    /// <summary>A required file is missing or unreadable.</summary>
    public const string MissingFile = "CC011";

    /// <summary>A citation is written in a form the site cannot read.</summary>
    public const string MalformedCitation = "CC012";

    /// <summary>A path was refused: not a regular file, outside the content folder, a link loop or unreadable folder.</summary>
    public const string RefusedFile = "CC013";

    /// <summary>A file is larger than its configured limit.</summary>
    public const string TooLarge = "CC014";

    /// <summary>YAML or Markdown nests deeper than the limit, or uses too many YAML aliases.</summary>
    public const string TooDeep = "CC015";

    /// <summary>Invalid UTF-8, a NUL character or a stray byte-order mark.</summary>
    public const string Encoding = "CC016";

    /// <summary>A file took longer than its time budget to read.</summary>
    public const string TooSlow = "CC017";

    /// <summary>A diagram is not a safe, accessible SVG.</summary>
    public const string UnsafeDiagram = "CC018";

    /// <summary>A file name cannot be a page address (characters, case, length, extension).</summary>
    public const string InvalidFileName = "CC019";

    /// <summary>The linter stopped listing findings for a file or a run; the count of the rest is given.</summary>
    public const string OutputCapped = "CC020";
}
