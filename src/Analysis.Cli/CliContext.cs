namespace Analysis.Cli;

/// <summary>Where a command writes: its standard output and error, passed in so tests can read them.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error);
