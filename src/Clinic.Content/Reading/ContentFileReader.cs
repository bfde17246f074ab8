using Clinic.Content.Diagnostics;

namespace Clinic.Content.Reading;

/// <summary>
/// The one way content is read from disk: only regular files whose real path lies inside the content folder,
/// never more than a size limit, and only clean UTF-8 text. Every refusal is a diagnostic naming the file.
/// </summary>
public sealed class ContentFileReader
{
    private readonly Func<string, Stream> open;

    /// <summary>A reader confined to <paramref name="root"/>; pass null to read loose files anywhere (the linter's own paths).</summary>
    /// <param name="root">The folder every file must lie in, or null.</param>
    /// <param name="limits">The bounds; the defaults when null.</param>
    /// <param name="open">Opens a file that passed every check; the disk when null (tests count reads through it).</param>
    public ContentFileReader(string? root, ContentLimits? limits = null, Func<string, Stream>? open = null)
    {
        Limits = limits ?? ContentLimits.Default;
        this.open = open ?? OpenFile;
        if (root is not null)
        {
            var full = Path.GetFullPath(root);
            Root = RealPath.Resolve(full) ?? full;
        }
    }

    /// <summary>The content folder with its links resolved, or null for an unconfined reader.</summary>
    public string? Root { get; }

    /// <summary>The size limits past which a file is refused.</summary>
    public ContentLimits Limits { get; }

    /// <summary>The file's text, or null after reporting why it cannot be used.</summary>
    public string? ReadText(string path, long maxBytes, DiagnosticBag bag) =>
        ReadBytes(path, maxBytes, bag) is { } bytes ? ReadText(bytes, bag) : null;

    /// <summary>Decodes bytes already read as strict UTF-8, or returns null after reporting each problem's position.</summary>
    public string? ReadText(ReadOnlySpan<byte> bytes, DiagnosticBag bag) => Utf8Text.Decode(bytes, bag, Limits.MaxEncodingProblems);

    /// <summary>The file's bytes, or null after reporting why it cannot be used.</summary>
    public byte[]? ReadBytes(string path, long maxBytes, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(bag);
        try
        {
            if (Refusal(path) is { } refusal)
            {
                bag.Error(SourcePosition.Start, refusal.Code, refusal.Message, refusal.Hint);
                return null;
            }

            using var stream = open(path);
            if (stream.Length > maxBytes)
            {
                TooLarge(bag, stream.Length, maxBytes);
                return null;
            }

            // Read no more than the limit allows even if the file grows while it is read.
            var buffer = new byte[Math.Min(stream.Length, maxBytes) + 1];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
            {
                read += n;
            }

            if (read > maxBytes)
            {
                TooLarge(bag, read, maxBytes);
                return null;
            }

            return buffer[..read];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            bag.Error(SourcePosition.Start, DiagnosticCodes.MissingFile,
                $"The file cannot be read: {ex.Message}", "Check that the file exists and that the site may read it.");
            return null;
        }
    }

    /// <summary>Why the path must not be opened, or null when it is a regular file inside the root.</summary>
    public (string Code, string Message, string Hint)? Refusal(string path)
    {
        var real = RealPath.Resolve(path);
        if (real is null)
        {
            return (DiagnosticCodes.RefusedFile, "The file is a symbolic link that loops back on itself, so it cannot be read.",
                "Replace the link with the real file.");
        }

        if (Root is not null && !RealPath.IsWithin(real, Root))
        {
            return (DiagnosticCodes.RefusedFile, $"The file is a link to {real}, outside the content folder, so it is not read.",
                "Copy the file into the content folder instead of linking to it.");
        }

        return FileKinds.Of(real) switch
        {
            FileKind.Regular => null,
            FileKind.Missing => (DiagnosticCodes.MissingFile, "The file is missing or is a link to nothing.", "Create the file, or remove the broken link."),
            FileKind.Directory => (DiagnosticCodes.RefusedFile, "This is a folder where a file was expected.", "Rename the folder, or put a file with this name here."),
            _ => (DiagnosticCodes.RefusedFile, "This is a device, pipe or socket, not a regular file, so it is not read.",
                "Replace it with an ordinary text file."),
        };
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);

    private static void TooLarge(DiagnosticBag bag, long size, long limit) =>
        bag.Error(SourcePosition.Start, DiagnosticCodes.TooLarge,
            $"The file is {Describe(size)}; the limit for this kind of file is {Describe(limit)}, so it is not loaded.",
            "Split it into smaller files, or remove pasted images or data; to lint a larger file once, run 'clinic-content lint --max-file-size 64MB'.");

    private static string Describe(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : $"{Math.Max(1, bytes / 1024)} KB";
}
