using Analysis.Data.Geography;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using L = Analysis.Data.PcnWorkforce.PcnWorkforceLayouts;
using P = Analysis.Data.PcnWorkforce.PcnStaffRecord;

namespace Analysis.Data.PcnWorkforce;

/// <summary>Reads the Primary Care Network workforce individual-level CSV into <see cref="PcnStaffRecord"/>s.</summary>
/// <remarks>
/// Small negative FTEs are kept as published (they are corrections); figures beyond
/// <see cref="Plausibility.MinPcnRowFte"/> and <see cref="Plausibility.MaxPcnRowFte"/> are rejected. <c>NULL</c> identifiers, given for staff
/// of contracted services, become null.
/// </remarks>
internal sealed class PcnWorkforceDataset : Dataset<PcnStaffRecord>
{
    public override DatasetKind Kind => DatasetKind.PcnWorkforce;

    public override LayoutTable Layouts => L.Table;

    protected override PcnStaffRecord? Map(RowView row)
    {
        var census = Census(row);
        var pcnCode = row.RequiredText(AreaFields.PcnCode);
        var contracted = Contracted(row);
        var record = new P
        {
            Census = census ?? default,
            Pcn = new Area(AreaLevel.Pcn, pcnCode, row.Text(AreaFields.PcnName) ?? string.Empty),
            SubIcb = row.AreaOf(AreaLevel.SubIcb),
            Icb = row.AreaOf(AreaLevel.Icb),
            Region = row.AreaOf(AreaLevel.Region),
            StaffGroup = row.RequiredText(nameof(P.StaffGroup)),
            StaffRole = row.RequiredText(nameof(P.StaffRole)),
            DetailedRole = row.RequiredText(nameof(P.DetailedRole)),
            Fte = row.Within(nameof(P.Fte), row.RequiredDecimal(nameof(P.Fte)), Plausibility.MinPcnRowFte, Plausibility.MaxPcnRowFte,
                "one person's (or one contracted service's) FTE in one role") ?? 0m,
            StaffId = row.Text(nameof(P.StaffId)),
            IsContracted = contracted,
        };
        return census is null ? null : record;
    }

    private static Month? Census(RowView row)
    {
        var year = row.RequiredInt(L.CensusYear);
        var month = row.RequiredInt(L.CensusMonth);
        if (row.Issues.Count > 0)
        {
            return null;
        }

        if (year is < 1900 or > 2999)
        {
            return row.Unexpected<Month?>(L.CensusYear, "a census year from 1900 to 2999", null);
        }

        return month is >= 1 and <= 12
            ? new Month(year, month)
            : row.Unexpected<Month?>(L.CensusMonth, "a census month from 1 to 12", null);
    }

    private static bool Contracted(RowView row) => row.RequiredText(L.DataSource).ToUpperInvariant() switch
    {
        "" or "NWRS STAFF" => false,
        "NWRS CONTRACTED SERVICES" => true,
        _ => row.Unexpected(L.DataSource, "'NWRS Staff' or 'NWRS contracted services'", false),
    };
}
