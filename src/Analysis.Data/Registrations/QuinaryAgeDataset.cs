using System.Globalization;
using Analysis.Data.Reading;
using A = Analysis.Data.Registrations.AgeBandCount;
using L = Analysis.Data.Registrations.QuinaryAgeLayouts;

namespace Analysis.Data.Registrations;

/// <summary>
/// Reads the quinary age file into <see cref="AgeBandCount"/>, one record per row at every tier
/// (region, ICB, sub-ICB, PCN and practice), so tier totals can be checked against practice sums.
/// </summary>
internal sealed class QuinaryAgeDataset : Dataset<AgeBandCount>
{
    public const string PracticeOrgType = "GP";

    private const string All = "ALL";

    public override DatasetKind Kind => DatasetKind.QuinaryAge;

    public override LayoutTable Layouts => L.Table;

    // A practice has 43 rows (all ages, then 20 bands for each sex), so the key is the organisation with the row's
    // sex and band as a slot: a quinary file of millions of rows keeps one entry per organisation.
    protected override UniqueRows<AgeBandCount> Uniqueness { get; } = new(
        nameof(A.OrgCode),
        "one row per organisation, sex and age band",
        KeyOf,
        a => $"{a.OrgType} {a.OrgCode} {a.Sex} {Band(a)}",
        Owner: "organisation");

    protected override AgeBandCount? Map(RowView row)
    {
        var orgType = row.RequiredText(nameof(A.OrgType));
        var (from, to) = AgeBand(row);
        return new AgeBandCount
        {
            Month = ExtractMonth.Read(row, nameof(A.Month)),
            OrgType = orgType,
            // Practice rows must carry practice codes, or the profile of a practice could not be joined.
            OrgCode = orgType.Equals(PracticeOrgType, StringComparison.OrdinalIgnoreCase)
                ? row.RequiredPractice(nameof(A.OrgCode)).Value
                : row.RequiredText(nameof(A.OrgCode)),
            Sex = SexOf(row),
            AgeFrom = from,
            AgeTo = to,
            Patients = row.Count(nameof(A.Patients), row.RequiredInt(nameof(A.Patients))) ?? 0,
        };
    }

    private static Sex SexOf(RowView row) => row.RequiredText(nameof(A.Sex)).ToUpperInvariant() switch
    {
        All => Sex.All,
        "FEMALE" => Sex.Female,
        "MALE" => Sex.Male,
        _ => row.Unexpected(nameof(A.Sex), "ALL, FEMALE or MALE", Sex.All),
    };

    // Bands are written "0_4" ... "90_94", then the open "95+", and "ALL" for every age.
    private static (int? From, int? To) AgeBand(RowView row)
    {
        var text = row.RequiredText(L.AgeGroup);
        if (text.Equals(All, StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        if (text.EndsWith('+') && TryAge(text.AsSpan(0, text.Length - 1), out var open))
        {
            return (open, null);
        }

        var cut = text.IndexOf('_', StringComparison.Ordinal);
        if (cut > 0 && TryAge(text.AsSpan(0, cut), out var from) && TryAge(text.AsSpan(cut + 1), out var to) && from <= to)
        {
            return (from, to);
        }

        return row.Unexpected<(int?, int?)>(L.AgeGroup, "an age band such as 0_4, 95+ or ALL", (null, null));
    }

    private static RowKey KeyOf(AgeBandCount row)
    {
        var owner = string.Concat(row.OrgType.ToUpperInvariant(), "|", row.OrgCode);
        var month = (row.Month.Year * 12) + row.Month.Number;
        var band = row switch
        {
            { AgeFrom: null } => 0,
            { AgeFrom: 95, AgeTo: null } => 41,
            { AgeFrom: var from, AgeTo: var to } when from % 5 == 0 && to == from + 4 => (from.Value / 5) + 1,
            _ => -1,
        };

        // A band outside the published five-year ones (which the reader accepts) gets an owner of its own.
        return band < 0 ? new RowKey($"{owner}|{Band(row)}", (int)row.Sex, month) : new RowKey(owner, ((int)row.Sex * 42) + band, month);
    }

    private static string Band(AgeBandCount row) => row switch
    {
        { AgeFrom: null } => All,
        { AgeTo: null } => $"{row.AgeFrom}+",
        _ => $"{row.AgeFrom}_{row.AgeTo}",
    };

    private static bool TryAge(ReadOnlySpan<char> text, out int age) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out age) && age <= 150;
}
