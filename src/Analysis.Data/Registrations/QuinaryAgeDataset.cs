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
            Patients = row.RequiredInt(nameof(A.Patients)),
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

    private static bool TryAge(ReadOnlySpan<char> text, out int age) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out age) && age <= 150;
}
