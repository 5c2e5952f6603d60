using Analysis.Cli.Tests.Support;
using Analysis.Testing;

namespace Analysis.Cli.Tests.Notebooks;

/// <summary>Every analysis notebook of the repository is a regression test: it must run and reproduce its stored outputs.</summary>
public sealed class EveryNotebookTests
{
    public static TheoryData<string> Notebooks()
    {
        var folder = Path.Combine(SharedData.RepoRoot, "notebooks");
        var data = new TheoryData<string>();
        foreach (var notebook in Directory.EnumerateFiles(folder, "*.ipynb", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(SharedData.RepoRoot, notebook).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_notebook_runs_and_matches_its_stored_outputs(string notebook)
    {
        var (exit, output, error) = AnalysisCli.Run("notebooks", "test", Path.Combine(SharedData.RepoRoot, notebook));

        Assert.True(exit == 0, $"analysis notebooks test {notebook} exited {exit}:\n{output}{error}");
    }
}
