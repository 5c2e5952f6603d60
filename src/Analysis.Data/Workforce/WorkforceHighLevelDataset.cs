using Analysis.Data.Reading;
using M = Analysis.Data.Workforce.WorkforceMeasure;

namespace Analysis.Data.Workforce;

/// <summary>
/// Reads the General Practice Workforce "Practice Level - High level" CSV into <see cref="WorkforceMeasure"/>
/// rows; <see cref="WorkforcePivot"/> turns them into one <see cref="WorkforceSnapshot"/> per practice.
/// </summary>
internal sealed class WorkforceHighLevelDataset : Dataset<WorkforceMeasure>
{
    public override DatasetKind Kind => DatasetKind.WorkforceHighLevel;

    public override LayoutTable Layouts => WorkforceHighLevelLayouts.Table;

    protected override UniqueRows<WorkforceMeasure> Uniqueness { get; } = new(
        nameof(M.Practice),
        "one row per practice, staff group, role and measure",
        m => new RowKey($"{m.Census}|{m.Practice}|{m.StaffGroup.ToUpperInvariant()}|{m.DetailedStaffRole.ToUpperInvariant()}", (int)m.Measure),
        m => $"practice {m.Practice} {m.StaffGroup} / {m.DetailedStaffRole} {m.Measure}",
        Owner: "practice, staff group and role");

    protected override WorkforceMeasure? Map(RowView row)
    {
        var practice = row.RequiredPractice(nameof(M.Practice));
        var group = row.RequiredText(nameof(M.StaffGroup));
        var role = row.RequiredText(nameof(M.DetailedStaffRole));
        var measure = Measure(row);
        var value = measure == WorkforceMeasureKind.Headcount
            ? row.Within(nameof(M.Value), row.Decimal(nameof(M.Value)), 0m, Plausibility.MaxPracticeHeadcount, "a practice's headcount")
            : WorkforceDetailedDataset.Fte(row, nameof(M.Value));
        var census = row.Census;
        if (measure is null)
        {
            return null;
        }

        return new M
        {
            Practice = practice,
            Census = census,
            PracticeName = row.Text(nameof(M.PracticeName)),
            StaffGroup = group,
            DetailedStaffRole = role,
            Measure = measure.Value,
            Value = value,
        };
    }

    private static WorkforceMeasureKind? Measure(RowView row) => row.RequiredText(nameof(M.Measure)).ToUpperInvariant() switch
    {
        "" => null,
        "FTE" => WorkforceMeasureKind.Fte,
        "HEADCOUNT" => WorkforceMeasureKind.Headcount,
        _ => row.Unexpected<WorkforceMeasureKind?>(nameof(M.Measure), "FTE or Headcount", null),
    };
}
