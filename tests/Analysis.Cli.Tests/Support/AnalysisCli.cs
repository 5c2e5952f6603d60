namespace Analysis.Cli.Tests.Support;

/// <summary>Runs the <c>analysis</c> command in-process, as a user would, and captures what it printed.</summary>
public static class AnalysisCli
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = AnalysisCommand.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
