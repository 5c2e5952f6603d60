namespace Analysis.Cli.Tests.Indicators;

/// <summary>A small synthetic England (150 practices) written once for the run command's tests.</summary>
public sealed class RunCommandFixture : IDisposable
{
    public RunCommandFixture()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = AnalysisCommand.Run(["data", "sample", "--out", Data, "--practices", "150", "--seed", "3"], output, error);
        if (exit != 0)
        {
            throw new InvalidOperationException("could not write the sample: " + error);
        }
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("indicators-run-").FullName;

    public string Data => Path.Combine(Folder, "data");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
