namespace Analysis.Cli.Notebooks;

/// <summary>The notebooks named on the command line: files as given, folders searched for .ipynb and .dib files (in name order).</summary>
internal static class NotebookPaths
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var found = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                found.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !f.Contains(Path.DirectorySeparatorChar + ".ipynb_checkpoints" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                // A missing file is reported as that notebook's problem, so the other notebooks still run.
                found.Add(path);
            }
        }

        if (found.Count == 0)
        {
            throw new UsageException($"no notebooks (*.ipynb, *.dib) in {string.Join(", ", paths)}");
        }

        return found;
    }
}
