namespace Analysis.Cli.Notebooks;

/// <summary>A notebook's process ended before it ran any cell (so no cell can carry the error).</summary>
internal sealed class NotebookProcessException(string message) : Exception(message);
