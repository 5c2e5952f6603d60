using static Analysis.Data.Reading.LayoutTable;
using Analysis.Data.Reading;
using D = Analysis.Data.Deprivation.LsoaDeprivation;

namespace Analysis.Data.Deprivation;

/// <summary>
/// The columns of the English indices of deprivation 2019, File 1 (sheet <c>IMD2019</c>): LSOA and
/// local authority codes and names, the IMD rank and the IMD decile.
/// </summary>
/// <remarks>
/// Source of the column list: the shared real workbook, cs50kale/GEOG5302_data @ 3d91b634038519596ecf66b555b391742829accc :
/// File_1_-_IMD2019_Index_of_Multiple_Deprivation.xlsx (MHCLG, September 2019). The workbook's first sheet
/// (<c>Notes</c>) holds only an image; the reader picks the sheet whose first row is this header.
/// </remarks>
internal static class LsoaDeprivationLayouts
{
    public static LayoutTable Table { get; } = new(
        DatasetKind.LsoaDeprivation,
        ["IMD 2019 File 1"],
        Column(nameof(D.Lsoa), "LSOA code (2011)"),
        Column(nameof(D.Name), "LSOA name (2011)"),
        Column(nameof(D.LocalAuthority), "Local Authority District code (2019)"),
        Column(nameof(D.LocalAuthorityName), "Local Authority District name (2019)"),
        Column(nameof(D.Rank), "Index of Multiple Deprivation (IMD) Rank"),
        Column(nameof(D.Decile), "Index of Multiple Deprivation (IMD) Decile"));
}
