namespace Analysis.Cli;

/// <summary>How a command prints its results.</summary>
public enum OutputFormat
{
    /// <summary>Aligned text for people.</summary>
    Text,

    /// <summary>JSON for tools.</summary>
    Json,
}
