namespace Analysis.Notebooks.Documents;

/// <summary>Text a cell wrote to standard output (<c>stdout</c>) or standard error (<c>stderr</c>).</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput
{
    /// <summary>The standard output stream's name.</summary>
    public const string Stdout = "stdout";

    /// <summary>The standard error stream's name.</summary>
    public const string Stderr = "stderr";
}
