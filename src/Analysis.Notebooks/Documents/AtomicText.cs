using System.Text;

namespace Analysis.Notebooks.Documents;

/// <summary>
/// Writes a text file whole or not at all: a hidden temporary file in the same folder renamed over the target,
/// so a reader (or a parent process waiting for a result) never sees half a file.
/// </summary>
internal static class AtomicText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
