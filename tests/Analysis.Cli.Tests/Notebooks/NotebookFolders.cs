using Analysis.Testing;

namespace Analysis.Cli.Tests.Notebooks;

/// <summary>Where the notebooks the CLI tests use live in the repository, and scratch folders for what they write.</summary>
internal static class NotebookFolders
{
    public static string Fixture(string relative) => Path.Combine(SharedData.RepoRoot, "tests", "Analysis.Notebooks.Tests", "Fixtures", relative);

    public static string BadNotebook(string name) => Path.Combine(SharedData.RepoRoot, "tests", "corpus", "bad-notebooks", name);

    public static string Scratch() => Directory.CreateTempSubdirectory("analysis-notebooks-cli-").FullName;

    /// <summary>A copy of a fixture in a scratch folder, for tests that let the command rewrite it.</summary>
    public static string CopyOf(string fixture)
    {
        var copy = Path.Combine(Scratch(), Path.GetFileName(fixture));
        File.Copy(Fixture(fixture), copy);
        return copy;
    }
}
