using Analysis.Cli.Isolation;

namespace Analysis.Cli.Tests.Isolation;

public sealed class ChildProcessTests
{
    private static readonly ChildLimits Generous = new(TimeSpan.FromSeconds(60), 1024L * 1024 * 1024);

    [Fact]
    public void Runs_the_analysis_command_as_a_child_and_streams_its_lines()
    {
        var lines = new List<string>();

        var outcome = ChildProcess.RunSelf(["--help"], Generous, onStdoutLine: lines.Add);

        Assert.True(outcome.Succeeded, outcome.Stderr);
        Assert.Contains("Usage:", outcome.Stdout);
        Assert.Contains(lines, l => l.StartsWith("  analysis [command]", StringComparison.Ordinal));
        Assert.True(outcome.PeakWorkingSetBytes >= 0);
    }

    [Fact]
    public void A_child_past_its_wall_clock_is_killed_and_says_so()
    {
        var limits = Generous with { WallClock = TimeSpan.FromMilliseconds(1) };

        var outcome = ChildProcess.RunSelf(["--help"], limits);

        Assert.Equal(ChildEnd.TimedOut, outcome.End);
        Assert.Null(outcome.ExitCode);
        Assert.Equal("stopped after the 0 s time limit", outcome.Describe(limits));
    }

    [Fact]
    public void Output_past_the_cap_is_counted_not_kept()
    {
        var limits = Generous with { MaxOutputChars = 10 };

        var outcome = ChildProcess.RunSelf(["--help"], limits);

        Assert.Equal(10, outcome.Stdout.Length);
        Assert.True(outcome.OutputCharsDropped > 100);
    }

    [Fact]
    public void Cancelling_the_token_stops_the_child_and_says_the_caller_did()
    {
        var folder = Directory.CreateTempSubdirectory("child-stopped-").FullName;
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        try
        {
            // Writing a sample of 20,000 practices takes far longer than one poll of the child.
            var outcome = ChildProcess.RunSelf(["data", "sample", "--out", folder, "--practices", "20000"], Generous, stop: stop.Token);

            Assert.Equal(ChildEnd.Stopped, outcome.End);
            Assert.Null(outcome.ExitCode);
            Assert.Equal("stopped by the caller", outcome.Describe(Generous));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
