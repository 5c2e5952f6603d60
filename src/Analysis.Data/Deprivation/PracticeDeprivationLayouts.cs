using static Analysis.Data.Reading.LayoutTable;
using Analysis.Data.Reading;

namespace Analysis.Data.Deprivation;

/// <summary>
/// The columns read from an OHID Fingertips data export (the 27-column layout every indicator shares,
/// from the <c>all_data/csv/by_indicator_id</c> API or the site's "Export" button). The other 21
/// columns (confidence limits, count, denominator, trend, comparisons) are left unmapped.
/// </summary>
/// <remarks>
/// Source of the column list: the shared real file, bristolpeteredwards/Patient-satisfaction-GP-list-size-2021 @
/// 0ff45b1c018edda963a127345013e3145fa28afc : indicator-data.csv (indicator 93553, GP practices, committed July 2022).
/// </remarks>
internal static class PracticeDeprivationLayouts
{
    public const string IndicatorId = "IndicatorId";
    public const string IndicatorName = "IndicatorName";
    public const string AreaCode = "AreaCode";
    public const string AreaType = "AreaType";
    public const string TimePeriod = "TimePeriod";
    public const string Value = "Value";

    public static LayoutTable Table { get; } = new(
        DatasetKind.PracticeDeprivation,
        ["Fingertips export"],
        Column(IndicatorId, "Indicator ID"),
        Column(IndicatorName, "Indicator Name"),
        Column(AreaCode, "Area Code"),
        Column(AreaType, "Area Type"),
        Column(TimePeriod, "Time period"),
        Column(Value, "Value"));
}
