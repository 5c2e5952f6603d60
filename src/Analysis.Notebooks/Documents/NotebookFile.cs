using System.Text;

namespace Analysis.Notebooks.Documents;

/// <summary>
/// Reads <c>.ipynb</c> and <c>.dib</c> notebooks and writes <c>.ipynb</c> in the VS Code dialect, whole or not at
/// all (a temporary file renamed into place), never over the notebook it was read from unless asked.
/// </summary>
public static class NotebookFile
{
    /// <summary>Reads a notebook; an unreadable file is a located problem, not an exception.</summary>
    public static NotebookReadResult Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return NotebookReadResult.Failed(path, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message);
        }

        var result = Parse(path, text);
        return result.Succeeded ? result with { Notebook = result.Notebook with { SourcePath = Path.GetFullPath(path) } } : result;
    }

    /// <summary>Parses notebook text; the path's extension chooses the format and names the file in problems.</summary>
    public static NotebookReadResult Parse(string path, string text) =>
        Path.GetExtension(path).Equals(".dib", StringComparison.OrdinalIgnoreCase)
            ? DibReader.Read(path, text)
            : IpynbReader.Read(path, text);

    /// <summary>The notebook as <c>.ipynb</c> text in the VS Code dialect.</summary>
    public static string ToIpynb(Notebook notebook) => IpynbWriter.Write(notebook);

    /// <summary>Writes the notebook as <c>.ipynb</c>; refuses to replace its own source file unless <paramref name="guard"/> allows it.</summary>
    public static void Write(Notebook notebook, string path, NotebookWriteGuard guard = NotebookWriteGuard.KeepSource)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var target = Path.GetFullPath(path);
        if (guard == NotebookWriteGuard.KeepSource && notebook.SourcePath is { } source
            && string.Equals(Path.GetFullPath(source), target, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to overwrite the source notebook {source}; write elsewhere or ask to replace it");
        }

        AtomicText.Write(target, ToIpynb(notebook));
    }
}
