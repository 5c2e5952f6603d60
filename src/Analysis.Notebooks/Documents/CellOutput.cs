namespace Analysis.Notebooks.Documents;

/// <summary>One output a code cell produced: a stream of text, a displayed value, or an error.</summary>
public abstract record CellOutput;
