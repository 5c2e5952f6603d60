using Analysis.Data.Geography;
using Analysis.Data.Reading;
using L = Analysis.Data.Registrations.PracticeMapLayouts;
using M = Analysis.Data.Registrations.PracticeMapEntry;

namespace Analysis.Data.Registrations;

/// <summary>Reads the practice map, either vintage, into <see cref="PracticeMapEntry"/>.</summary>
internal sealed class PracticeMapDataset : Dataset<PracticeMapEntry>
{
    // The map's placeholder for practices not (yet) in a PCN; its name is "Unallocated".

    public override DatasetKind Kind => DatasetKind.PracticeMap;

    public override LayoutTable Layouts => L.Table;

    protected override UniqueRows<PracticeMapEntry> Uniqueness { get; } =
        new(nameof(M.Practice), "one row per practice and extract month", m => new RowKey($"{m.Practice}|{m.Month}"), m => $"practice {m.Practice} in {m.Month}");

    protected override PracticeMapEntry? Map(RowView row)
    {
        return new PracticeMapEntry
        {
            Month = ExtractMonth.Read(row, nameof(M.Month)),
            Practice = row.RequiredPractice(nameof(M.Practice)),
            Name = row.RequiredText(nameof(M.Name)),
            Postcode = row.Text(nameof(M.Postcode)),
            Geography = row.GeographyOf() ?? PracticeGeography.Unknown,
        };
    }
}
