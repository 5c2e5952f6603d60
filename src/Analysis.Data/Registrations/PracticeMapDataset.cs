using Analysis.Data.Geography;
using Analysis.Data.Reading;
using L = Analysis.Data.Registrations.PracticeMapLayouts;
using M = Analysis.Data.Registrations.PracticeMapEntry;

namespace Analysis.Data.Registrations;

/// <summary>Reads the practice map, either vintage, into <see cref="PracticeMapEntry"/>.</summary>
internal sealed class PracticeMapDataset : Dataset<PracticeMapEntry>
{
    // The map's placeholder for practices not (yet) in a PCN; its name is "Unallocated".
    private const string UnallocatedPcn = "U";

    public override DatasetKind Kind => DatasetKind.PracticeMap;

    public override LayoutTable Layouts => L.Table;

    protected override PracticeMapEntry? Map(RowView row)
    {
        var pcnCode = row.Text(L.PcnCode);
        return new PracticeMapEntry
        {
            Month = ExtractMonth.Read(row, nameof(M.Month)),
            Practice = row.RequiredPractice(nameof(M.Practice)),
            Name = row.RequiredText(nameof(M.Name)),
            Postcode = row.Text(nameof(M.Postcode)),
            Geography = new PracticeGeography(
                pcnCode is null || pcnCode.Equals(UnallocatedPcn, StringComparison.OrdinalIgnoreCase)
                    ? null
                    : row.AreaOf(AreaLevel.Pcn, L.PcnCode, L.PcnName),
                row.AreaOf(AreaLevel.SubIcb, L.SubIcbCode, L.SubIcbName),
                row.AreaOf(AreaLevel.Icb, L.IcbCode, L.IcbName),
                row.AreaOf(AreaLevel.Region, L.RegionCode, L.RegionName)),
        };
    }
}
