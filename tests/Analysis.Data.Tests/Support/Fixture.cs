namespace Analysis.Data.Tests.Support;

/// <summary>Locates the hand-written fixture files copied next to the test assembly.</summary>
public static class Fixture
{
    public static string Path(string dataset, string file) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", dataset, file);
}
