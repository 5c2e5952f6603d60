using Analysis.Data.Periods;
using Analysis.Data.Reading;
using L = Analysis.Data.Workforce.WorkforceAnnualLayouts;
using W = Analysis.Data.Workforce.WorkforceSnapshot;

namespace Analysis.Data.Workforce;

/// <summary>
/// Reads the annual derived workforce panel into <see cref="WorkforceSnapshot"/>s that are means over a
/// financial year: <c>Year</c> is the calendar year the financial year ends in, and the census is its March.
/// </summary>
internal sealed class WorkforceAnnualDataset : Dataset<WorkforceSnapshot>
{
    public override DatasetKind Kind => DatasetKind.WorkforceAnnual;

    public override LayoutTable Layouts => L.Table;

    protected override UniqueRows<WorkforceSnapshot> Uniqueness { get; } =
        new(nameof(W.Practice), "one row per practice and year", w => new RowKey($"{w.Practice}|{w.MeanOverYear}"), w => $"practice {w.Practice} in {w.MeanOverYear}");

    protected override WorkforceSnapshot? Map(RowView row)
    {
        var practice = row.RequiredPractice(nameof(W.Practice));
        var endYear = row.RequiredInt(L.Year);
        if (row.Issues.Count == 0 && endYear is < 1901 or > 2999)
        {
            row.Unexpected(L.Year, "the year (1901 to 2999) in which a financial year ends", 0);
        }

        if (row.Issues.Count > 0)
        {
            return null;
        }

        var year = FinancialYear.EndingIn(endYear);
        var qualified = WorkforceDetailedDataset.Fte(row, nameof(W.QualifiedGpFte));
        var traineesAndLocums = WorkforceDetailedDataset.Fte(row, nameof(W.TraineeAndLocumGpFte));
        return new W
        {
            Practice = practice,
            Census = year.LastMonth,
            MeanOverYear = year,
            RegisteredPatients = row.Decimal(nameof(W.RegisteredPatients)),
            QualifiedGpFte = qualified,
            TraineeAndLocumGpFte = traineesAndLocums,
            AllGpFte = qualified + traineesAndLocums,
            NurseFte = WorkforceDetailedDataset.Fte(row, nameof(W.NurseFte)),
            DirectPatientCareFte = WorkforceDetailedDataset.Fte(row, nameof(W.DirectPatientCareFte)),
            AdminFte = WorkforceDetailedDataset.Fte(row, nameof(W.AdminFte)),
        };
    }
}
