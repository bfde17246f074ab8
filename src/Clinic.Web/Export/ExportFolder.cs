using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace Clinic.Web.Export;

/// <summary>
/// The export's folder, brought up to date in place: a file whose bytes have not changed is left alone (with its
/// modification time, so rsync and <c>aws s3 sync</c> upload only what changed), a changed file is rewritten, a new
/// one created, and what an earlier export wrote that this one did not is removed by <see cref="RemoveStale"/>.
/// </summary>
/// <remarks>
/// Deleting the folder and writing every file again cost more than the pages: on ext4 each create then searched
/// past the inodes the delete had just freed, and the delete and creates fought for the folder locks from both cores.
/// Reading a file back to compare it is a read from the page cache, and changes no folder.
/// </remarks>
internal sealed class ExportFolder
{
    private static readonly EnumerationOptions Everything = new()
    {
        RecurseSubdirectories = true,
        // On Unix a dot-file counts as hidden, and the export's marker is one.
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
    };

    private static readonly EnumerationOptions Shallow = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    private readonly string root;

    /// <summary>Files that were here before this export, not (yet) written by it: at the end, the stale ones.</summary>
    private readonly ConcurrentDictionary<string, bool> earlierFiles;
    private readonly HashSet<string> earlierFolders;

    /// <summary>Folders this export writes into; a folder is listed only once it exists, so a writer that finds it can write.</summary>
    private readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);
    private int written;
    private int unchanged;
    private long bytes;

    private ExportFolder(string root, ConcurrentDictionary<string, bool> earlierFiles, HashSet<string> earlierFolders)
    {
        this.root = root;
        this.earlierFiles = earlierFiles;
        this.earlierFolders = earlierFolders;
    }

    /// <summary>Files written because they were new or their bytes changed.</summary>
    public int Written => Volatile.Read(ref written);

    /// <summary>Files whose bytes were already there, left untouched.</summary>
    public int Unchanged => Volatile.Read(ref unchanged);

    public int Files => Written + Unchanged;

    public long Bytes => Interlocked.Read(ref bytes);

    /// <summary>Creates the folder or lists what an earlier export left in it.</summary>
    public static ExportFolder Open(string root)
    {
        Directory.CreateDirectory(root);
        var files = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal) { root };
        var entries = new FileSystemEnumerable<(string Path, bool IsFolder)>(
            root, (ref FileSystemEntry entry) => (entry.ToFullPath(), IsFolder(ref entry)), Everything)
        {
            // A link is removed as a link, never followed.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => IsFolder(ref entry),
        };
        foreach (var (path, isFolder) in entries)
        {
            if (isFolder)
            {
                folders.Add(path);
            }
            else
            {
                files[path] = true;
            }
        }

        return new ExportFolder(root, files, folders);
    }

    /// <summary>Makes <paramref name="relative"/> hold exactly <paramref name="body"/>, writing it only when it does not already.</summary>
    public void Write(string relative, byte[] body)
    {
        var full = Path.Combine(root, relative);
        EnsureFolder(Path.GetDirectoryName(full)!);
        if (earlierFiles.TryRemove(full, out _) && Holds(full, body))
        {
            Interlocked.Increment(ref unchanged);
        }
        else
        {
            WriteFile(full, body);
            Interlocked.Increment(ref written);
        }

        Interlocked.Add(ref bytes, body.Length);
    }

    /// <summary>Removes the files an earlier export wrote and this one did not, then the folders that leaves empty; returns how many files.</summary>
    public int RemoveStale()
    {
        var removed = 0;
        foreach (var file in earlierFiles.Keys)
        {
            File.Delete(file);
            removed++;
        }

        // Deepest first, so that a folder emptied by removing its subfolders goes too.
        foreach (var folder in earlierFolders.Where(f => f != root).OrderByDescending(f => f.Length))
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder, "*", Shallow).Any())
            {
                Directory.Delete(folder);
            }
        }

        return removed;
    }

    private static bool IsFolder(ref FileSystemEntry entry) =>
        entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0;

    /// <summary>True when the file's bytes are exactly <paramref name="body"/>.</summary>
    private static bool Holds(string full, byte[] body)
    {
        try
        {
            using var handle = File.OpenHandle(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (RandomAccess.GetLength(handle) != body.Length)
            {
                return false;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(body.Length);
            try
            {
                var read = 0;
                while (read < body.Length && RandomAccess.Read(handle, buffer.AsSpan(read, body.Length - read), read) is var n and > 0)
                {
                    read += n;
                }

                return read == body.Length && buffer.AsSpan(0, read).SequenceEqual(body);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable, or a folder where the file goes: written over below.
            return false;
        }
    }

    private void WriteFile(string full, byte[] body)
    {
        if (earlierFolders.Contains(full) && Directory.Exists(full))
        {
            // An earlier export had a folder where this one has a file.
            Directory.Delete(full, recursive: true);
        }

        // Written in place on the worker's thread: a few kilobytes each, thousands of them, and the asynchronous
        // write's hand-offs to the thread pool cost more system time than the writes. A changed file keeps its inode.
        File.WriteAllBytes(full, body);
    }

    private void EnsureFolder(string folder) => folders.GetOrAdd(folder, Create);

    private bool Create(string folder)
    {
        if (earlierFolders.Contains(folder))
        {
            return true;
        }

        if (earlierFiles.TryRemove(folder, out _))
        {
            // An earlier export had a file where this one has a folder.
            File.Delete(folder);
        }

        return Directory.CreateDirectory(folder) is not null;
    }
}
