using System.CommandLine;

namespace Analysis.Cli.Notebooks;

/// <summary>The <c>analysis notebooks</c> verbs: run Polyglot notebooks headlessly and test them against their stored outputs.</summary>
internal static class NotebooksCommand
{
    public static Command Create(CliContext context) => new("notebooks", "Run Polyglot notebooks (.ipynb, .dib) headlessly and test their outputs.")
    {
        RunCommand.Create(context),
        TestCommand.Create(context),
        WorkerCommand.Create(context),
    };
}
