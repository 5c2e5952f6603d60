using Analysis.Cli.Tests.Support;
using Analysis.Testing;

namespace Analysis.Cli.Tests.Isolation;

/// <summary>
/// <c>indicators check --isolate</c>: script bodies run in child processes, so a script that crashes or hangs while
/// building its definition is named and the check of the others goes on; clean scripts give the in-process output.
/// </summary>
public sealed class IsolatedCheckTests
{
    private static readonly string Corpus = Path.Combine(SharedData.RepoRoot, "tests", "corpus", "hostile-scripts");
    private static readonly string Good = Path.Combine(SharedData.RepoRoot, "indicators", "workforce", "wf01-qualified-gp-fte-per-10k-weighted.csx");

    [Fact]
    public void The_library_checks_the_same_isolated_as_in_process()
    {
        var workforce = Path.Combine(SharedData.RepoRoot, "indicators", "workforce");

        var inProcess = AnalysisCli.Run("indicators", "check", workforce);
        var isolated = AnalysisCli.Run("indicators", "check", workforce, "--isolate");

        Assert.Equal((0, "14 scripts, 14 indicators: 0 errors, 0 warnings"), (inProcess.Exit, inProcess.Output.Trim()));
        Assert.Equal(inProcess, isolated);
    }

    [Fact]
    public void A_script_that_crashes_its_process_is_named_and_the_others_are_still_checked()
    {
        var crash = Path.Combine(Corpus, "80-contained-deep-recursion.csx");
        var rejected = Path.Combine(Corpus, "01-io-read-file.csx");

        var (exit, output, error) = AnalysisCli.Run("indicators", "check", crash, Good, rejected, "--isolate");

        Assert.Equal((1, string.Empty), (exit, error));
        var lines = output.TrimEnd().Split(Environment.NewLine);
        Assert.StartsWith($"{rejected}(3,24): error IND110: System.IO.File is not allowed", lines[0], StringComparison.Ordinal);
        // Shown at the script's Indicator( call, the way run --isolate shows it.
        Assert.Equal($"{crash}(6,1): error IND132: the process evaluating the script crashed: stack overflow (endless or too deep recursion); the other scripts ran in a fresh process", lines[1]);
        Assert.Equal("3 scripts, 1 indicator: 2 errors, 0 warnings", lines[2]);
    }

    [Fact]
    public void A_script_whose_body_never_ends_is_stopped_at_the_time_limit()
    {
        var loop = Path.Combine(Corpus, "77-contained-infinite-loop.csx");

        var (exit, output, _) = AnalysisCli.Run("indicators", "check", loop, "--isolate", "--time-limit", "1");

        Assert.Equal(1, exit);
        Assert.Equal(
            [$"{loop}(5,1): error IND130: the script was stopped after the 1 s time limit for one script (an endless or very long loop?); the other scripts ran in a fresh process", "1 script, 0 indicators: 1 error, 0 warnings"],
            output.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public void Limits_without_isolate_are_a_usage_error()
    {
        var (exit, _, error) = AnalysisCli.Run("indicators", "check", Good, "--time-limit", "5");

        Assert.Equal((2, "error: --time-limit and --memory-limit apply to isolated runs: add --isolate"), (exit, error.Trim()));
    }
}
