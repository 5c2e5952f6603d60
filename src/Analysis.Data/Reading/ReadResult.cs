namespace Analysis.Data.Reading;

/// <summary>The typed records read from one file, and the report of how they were read.</summary>
/// <typeparam name="T">The record type of the publication.</typeparam>
public sealed record ReadResult<T>(IReadOnlyList<T> Rows, ReadReport Report);
