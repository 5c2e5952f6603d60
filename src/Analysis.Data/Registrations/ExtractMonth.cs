using Analysis.Data.Periods;
using Analysis.Data.Reading;

namespace Analysis.Data.Registrations;

/// <summary>
/// The month of a "Patients Registered at a GP Practice" extract, from its <c>EXTRACT_DATE</c> cell
/// (spelt <c>01JAN2021</c>, <c>01Jan2022</c> or <c>2026-07-01</c> by vintage). The counts are as at the
/// first day of that month.
/// </summary>
internal static class ExtractMonth
{
    public static Month Read(RowView row, string field)
    {
        var issues = row.Issues.Count;
        var date = row.RequiredDate(field);
        if (row.Issues.Count > issues)
        {
            // The row is rejected for the recorded issue; the month is never used.
            return default;
        }

        return date.Year is >= 1900 and <= 2999
            ? Month.Of(date)
            : row.Unexpected(field, "an extract date between 1900 and 2999", default(Month));
    }
}
