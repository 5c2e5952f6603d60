namespace Analysis.Cli;

/// <summary>A command line that parsed but makes no sense (for example an unknown --data folder).</summary>
public sealed class UsageException(string message) : Exception(message);
