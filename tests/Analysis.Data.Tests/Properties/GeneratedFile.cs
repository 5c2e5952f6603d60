using Analysis.Data.Reading;

namespace Analysis.Data.Tests.Properties;

/// <summary>Writes generated text to a temporary file, reads it with the real entry point and deletes it.</summary>
internal static class GeneratedFile
{
    public static (System.Collections.IList Rows, ReadReport Report) Read(string text, ReaderOptions options)
    {
        var path = Path.Combine(Path.GetTempPath(), $"property-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        try
        {
            return NhsFile.ReadAny(path, options);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
