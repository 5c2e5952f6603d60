namespace Analysis.Indicators.Scripting;

/// <summary>
/// One script file's text, normalised (no byte-order mark, <c>\n</c> line ends) so that the same script
/// hashes the same on every machine, with the path diagnostics and the definitions' sources will show.
/// </summary>
internal sealed record ScriptSource(string Path, string Text)
{
    public static ScriptSource Read(string path) => new(path, Normalise(File.ReadAllText(path)));

    /// <summary>The files the arguments name: each file itself, each folder's <c>*.csx</c> files (recursively, in ordinal order).</summary>
    /// <exception cref="FileNotFoundException">An argument is neither a file nor a folder.</exception>
    public static IReadOnlyList<ScriptSource> Find(IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<ScriptSource>();
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.csx", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : File.Exists(path) ? [path] : throw new FileNotFoundException($"no script file or folder '{path}'", path);
            foreach (var file in files.Where(f => seen.Add(System.IO.Path.GetFullPath(f))))
            {
                sources.Add(Read(file));
            }
        }

        return sources;
    }

    /// <summary>The 1-based line's text (empty past the end).</summary>
    public string LineText(int line)
    {
        var start = 0;
        for (var i = 1; i < line && start >= 0; i++)
        {
            start = Text.IndexOf('\n', start) is var next and >= 0 ? next + 1 : -1;
        }

        if (start < 0 || start > Text.Length)
        {
            return string.Empty;
        }

        var end = Text.IndexOf('\n', start);
        return end < 0 ? Text[start..] : Text[start..end];
    }

    /// <summary>
    /// The 1-based column where a definition starts on its line: its <c>Indicator(</c> or <c>Shortfall(</c>
    /// call, else the first non-blank character (the DSL records lines only).
    /// </summary>
    public int DefinitionColumn(int line)
    {
        var text = LineText(line);
        foreach (var call in (string[])["Indicator(", "Shortfall("])
        {
            var at = text.IndexOf(call, StringComparison.Ordinal);
            if (at >= 0)
            {
                return at + 1;
            }
        }

        return text.Length - text.TrimStart().Length + 1;
    }

    private static string Normalise(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
