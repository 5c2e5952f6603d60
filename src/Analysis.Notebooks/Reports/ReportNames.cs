namespace Analysis.Notebooks.Reports;

/// <summary>How reports name a notebook: its path relative to the working directory, with forward slashes.</summary>
internal static class ReportNames
{
    public static string Notebook(string path)
    {
        var relative = Path.IsPathRooted(path) ? Path.GetRelativePath(Environment.CurrentDirectory, path) : path;
        return relative.Replace('\\', '/');
    }
}
