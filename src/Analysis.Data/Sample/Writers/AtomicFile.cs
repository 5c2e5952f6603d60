namespace Analysis.Data.Sample.Writers;

/// <summary>
/// Writes a file so that it either appears whole or not at all: the body goes to a hidden temporary file
/// in the same folder, which is renamed over the target only once it is complete and flushed.
/// </summary>
internal static class AtomicFile
{
    public static (int Rows, long Bytes) Write(string path, SampleFileJob job)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + ".partial");
        try
        {
            int rows;
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new StreamWriter(stream, job.Encoding, 1 << 16) { NewLine = job.NewLine })
            {
                rows = job.Body(writer);
                writer.Flush();
            }

            File.Move(temporary, path, overwrite: true);
            return (rows, new FileInfo(path).Length);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
