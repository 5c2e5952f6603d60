namespace Analysis.Data.Sample.Writers;

/// <summary>Published column lists embedded in the assembly, one column name a line, spelt exactly (trailing spaces kept).</summary>
internal static class SampleResources
{
    public static string[] Columns(string name)
    {
        var resource = $"Analysis.Data.Sample.Resources.{name}-columns.txt";
        using var stream = typeof(SampleResources).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"resource {resource} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
    }
}
