namespace Analysis.Cli.Tests.Report;

/// <summary>A small synthetic England (150 practices) written once for the report command's tests.</summary>
public sealed class ReportCommandFixture : IDisposable
{
    public ReportCommandFixture()
    {
        var error = new StringWriter();
        if (AnalysisCommand.Run(["data", "sample", "--out", Data, "--practices", "150", "--seed", "11"], new StringWriter(), error) != 0)
        {
            throw new InvalidOperationException("could not write the sample: " + error);
        }
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("report-command-").FullName;

    public string Data => Path.Combine(Folder, "data");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
