using Analysis.Data.Reading;

namespace Analysis.Data.Sample;

/// <summary>One file the synthetic sample wrote: where, which publication it imitates, its data rows and size.</summary>
/// <param name="Path">The path relative to the sample folder, with <c>/</c> separators.</param>
/// <param name="Kind">The publication whose layout the file is in.</param>
/// <param name="Description">What the file holds, such as "NHS Payments to General Practice 2022-23".</param>
/// <param name="Rows">Data rows (header excluded).</param>
/// <param name="Bytes">The file's size in bytes.</param>
/// <param name="Period">The period to read it with (<see cref="ReaderOptions.Period"/>), in the publication's terms
/// (<c>2022-23</c>, <c>2023-09</c>, <c>2024</c>); null for files with no period (deprivation scores, the ODS list).</param>
public sealed record SampleFile(string Path, DatasetKind Kind, string Description, int Rows, long Bytes, string? Period);
