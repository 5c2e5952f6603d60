namespace Analysis.Data;

/// <summary>
/// Writes a file whole or not at all: the bytes go to a hidden temporary file in the same folder, which
/// is renamed over the target only once complete, so a reader never sees half a file and a failed write
/// leaves the old file (or none) in place.
/// </summary>
public static class AtomicFile
{
    /// <summary>Creates the folder if need be, lets <paramref name="write"/> fill the file, then puts it in place.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);

        // A unique name, so two processes writing the same target never share a temporary file.
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="bytes"/> whole or not at all.</summary>
    public static void Write(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));
}
