using Analysis.Data.Reading;
using L = Analysis.Data.Registrations.RegisteredPatientsLayouts;
using R = Analysis.Data.Registrations.RegisteredPatients;

namespace Analysis.Data.Registrations;

/// <summary>Reads the registered-patients totals file, either vintage, into <see cref="RegisteredPatients"/>.</summary>
internal sealed class RegisteredPatientsDataset : Dataset<RegisteredPatients>
{
    private const string All = "ALL";

    public override DatasetKind Kind => DatasetKind.RegisteredPatients;

    public override LayoutTable Layouts => L.Table;

    protected override UniqueRows<RegisteredPatients> Uniqueness { get; } =
        new(nameof(R.Practice), "one row per practice and extract month", r => new RowKey($"{r.Practice}|{r.Month}"), r => $"practice {r.Practice} in {r.Month}");

    protected override RegisteredPatients? Map(RowView row)
    {
        // The totals file holds one all-ages, all-sexes row per practice; anything else would be
        // double-counted by a reader that trusts it, so it is flagged rather than read.
        Expect(row, L.Type, "GP");
        Expect(row, L.Sex, All);
        Expect(row, L.Age, All);
        return new RegisteredPatients
        {
            Month = ExtractMonth.Read(row, nameof(R.Month)),
            Practice = row.RequiredPractice(nameof(R.Practice)),
            Patients = row.Count(nameof(R.Patients), row.RequiredInt(nameof(R.Patients))) ?? 0,
            SubIcbCode = row.Text(nameof(R.SubIcbCode)),
            Postcode = row.Text(nameof(R.Postcode)),
        };
    }

    private static void Expect(RowView row, string field, string value)
    {
        if (!string.Equals(row.Text(field), value, StringComparison.OrdinalIgnoreCase))
        {
            row.Unexpected(field, $"'{value}' (the totals file has one row per practice)", 0);
        }
    }
}
