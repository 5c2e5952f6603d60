namespace Analysis.Cli;

/// <summary>The exit codes other tools rely on (see DESIGN.md).</summary>
public enum ExitCode
{
    /// <summary>Everything worked.</summary>
    Ok = 0,

    /// <summary>A check or comparison ran and failed.</summary>
    CheckFailed = 1,

    /// <summary>The command line or an input file was wrong.</summary>
    UsageOrInputError = 2,
}
