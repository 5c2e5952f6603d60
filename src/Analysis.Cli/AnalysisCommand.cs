using System.CommandLine;
using Analysis.Data.Reading;

namespace Analysis.Cli;

/// <summary>The <c>analysis</c> command: builds the verbs and maps failures to exit codes in one place.</summary>
public static class AnalysisCommand
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("Analysis of GP workforce, need and scorecard indicators for English general practice.")
        {
            Data.DataCommand.Create(context),
            Indicators.IndicatorsCommand.Create(context),
            Notebooks.NotebooksCommand.Create(context),
            Report.ReportCommand.Create(context),
            Bench.BenchCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run 'analysis --help' for usage.");
            return (int)ExitCode.UsageOrInputError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is DataFormatException or FileNotFoundException or DirectoryNotFoundException or UsageException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return (int)ExitCode.UsageOrInputError;
        }
    }
}
