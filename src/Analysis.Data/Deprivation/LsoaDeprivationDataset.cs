using Analysis.Data.Reading;
using D = Analysis.Data.Deprivation.LsoaDeprivation;

namespace Analysis.Data.Deprivation;

/// <summary>Reads the IMD 2019 File 1 workbook into <see cref="LsoaDeprivation"/>, one record per LSOA.</summary>
internal sealed class LsoaDeprivationDataset : Dataset<LsoaDeprivation>
{
    // England had 32,844 LSOAs (2011 boundaries); ranks run from 1 (most deprived) to that.
    private const int Lsoas2011 = 32_844;

    public override DatasetKind Kind => DatasetKind.LsoaDeprivation;

    public override LayoutTable Layouts => LsoaDeprivationLayouts.Table;

    protected override UniqueRows<LsoaDeprivation> Uniqueness { get; } =
        new(nameof(D.Lsoa), "one row per LSOA", d => new RowKey(d.Lsoa), d => $"LSOA {d.Lsoa}");

    protected override LsoaDeprivation? Map(RowView row) => new()
    {
        Lsoa = row.RequiredText(nameof(D.Lsoa)),
        Name = row.RequiredText(nameof(D.Name)),
        LocalAuthority = row.RequiredText(nameof(D.LocalAuthority)),
        LocalAuthorityName = row.RequiredText(nameof(D.LocalAuthorityName)),
        Rank = InRange(row, nameof(D.Rank), 1, Lsoas2011),
        Decile = InRange(row, nameof(D.Decile), 1, 10),
    };

    private static int InRange(RowView row, string field, int lowest, int highest)
    {
        var issues = row.Issues.Count;
        var value = row.RequiredInt(field);
        return row.Issues.Count > issues || (value >= lowest && value <= highest)
            ? value
            : row.Unexpected(field, $"a whole number from {lowest} to {highest}", value);
    }
}
