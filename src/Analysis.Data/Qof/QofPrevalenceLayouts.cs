using static Analysis.Data.Reading.LayoutTable;
using Analysis.Data.Reading;
using P = Analysis.Data.Qof.QofPrevalence;

namespace Analysis.Data.Qof;

/// <summary>Where the QOF raw prevalence CSV (PREVALENCE_yyyy.csv from the publication's zip) keeps each field.</summary>
/// <remarks>
/// The column list is the shared real file PREVALENCE_2425.csv (2024-25). The same five columns are used by other
/// years' raw data (code that reads a 2022-23 prevalence file names PRACTICE_CODE, GROUP_CODE, REGISTER and
/// PRACTICE_LIST_SIZE), and the file holds no year column, so its year can be told neither from the header nor
/// from the rows: the vintage is not a year, and the caller gives it in <see cref="ReaderOptions.Period"/>.
/// </remarks>
internal static class QofPrevalenceLayouts
{
    public const string RawData = "raw data CSV";

    public static LayoutTable Table { get; } = new(
        DatasetKind.QofPrevalence,
        [RawData],
        Column(nameof(P.Practice), "PRACTICE_CODE"),
        Column(nameof(P.Register), "GROUP_CODE"),
        Column(nameof(P.RegisterCount), "REGISTER"),
        Column(nameof(P.ListType), "PATIENT_LIST_TYPE"),
        Column(nameof(P.ListSize), "PRACTICE_LIST_SIZE"));
}
