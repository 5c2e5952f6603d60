namespace Analysis.Data;

/// <summary>A file in a data folder that could not be read, with the reason.</summary>
public sealed record UnreadableFile(string Path, string Reason);
