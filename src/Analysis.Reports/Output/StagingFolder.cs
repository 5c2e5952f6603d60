namespace Analysis.Reports;

/// <summary>
/// A hidden folder beside the output folder that the site is built in, then swapped into place by renaming: a reader
/// sees the old site or the new one, never half of one, and a failed build removes its folder and leaves the old
/// site as it was.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private bool _committed;

    private StagingFolder(string target, string path)
    {
        _target = target;
        Path = path;
    }

    /// <summary>The folder to build in.</summary>
    public string Path { get; }

    /// <summary>Checks that <paramref name="target"/> may be replaced: it does not exist, is empty, or holds a site this toolkit wrote.</summary>
    /// <exception cref="ReportFolderException">It is a file, or a folder holding something else.</exception>
    public static void Check(string target)
    {
        var full = System.IO.Path.GetFullPath(target);
        if (File.Exists(full))
        {
            throw new ReportFolderException($"--out {target} is a file; give a folder for the site");
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(System.IO.Path.Combine(full, SitePaths.Marker)))
        {
            throw new ReportFolderException($"--out {target} already holds files that are not a report written by 'analysis report'; give an empty or new folder so nothing of yours is replaced");
        }

        if (System.IO.Path.GetDirectoryName(full.TrimEnd(System.IO.Path.DirectorySeparatorChar)) is null)
        {
            throw new ReportFolderException($"--out {target} is the root of a file system; give a folder below it");
        }
    }

    /// <summary>Creates the staging folder beside <paramref name="target"/> (after <see cref="Check"/>ing the target).</summary>
    public static StagingFolder Create(string target)
    {
        Check(target);
        var full = System.IO.Path.GetFullPath(target).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var path = System.IO.Path.Combine(parent, "." + System.IO.Path.GetFileName(full) + ".building-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return new StagingFolder(full, path);
    }

    /// <summary>Puts the built site in place of the target, moving any old site aside first and deleting it after.</summary>
    public void Commit()
    {
        Check(_target);
        if (!Directory.Exists(_target))
        {
            Directory.Move(Path, _target);
            _committed = true;
            return;
        }

        var old = Path.Replace(".building-", ".old-", StringComparison.Ordinal);
        Directory.Move(_target, old);
        try
        {
            Directory.Move(Path, _target);
        }
        catch
        {
            Directory.Move(old, _target);
            throw;
        }

        _committed = true;
        Directory.Delete(old, recursive: true);
    }

    /// <summary>Removes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
