using Mono.Unix;

namespace Clinic.Content.Reading;

/// <summary>What a path names once links are followed; only <see cref="Regular"/> files are ever opened.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,

    /// <summary>A device, FIFO or socket: opening one can block forever or never reach an end.</summary>
    Special,
}

/// <summary>Tells regular files from devices and FIFOs, which .NET reports alike.</summary>
internal static class FileKinds
{
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return !info.Exists ? (Directory.Exists(path) ? FileKind.Directory : FileKind.Missing)
                : info.Attributes.HasFlag(FileAttributes.Device) ? FileKind.Special : FileKind.Regular;
        }

        // .NET's FileInfo calls /dev/zero and a FIFO "Normal"; stat's file type tells them apart.
        var entry = new UnixFileInfo(path);
        if (!entry.Exists)
        {
            return Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
        }

        return entry.FileType switch
        {
            FileTypes.RegularFile => FileKind.Regular,
            FileTypes.Directory => FileKind.Directory,
            _ => FileKind.Special,
        };
    }
}
