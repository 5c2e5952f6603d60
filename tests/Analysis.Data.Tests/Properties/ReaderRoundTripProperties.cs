using System.Globalization;
using System.Text;
using Analysis.Data.Codes;
using Analysis.Data.Periods;
using Analysis.Data.Qof;
using Analysis.Data.Reading;
using Analysis.Data.Workforce;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Analysis.Data.Tests.Properties;

/// <summary>Rows generated in a published layout, written out and read back, come back equal.</summary>
public sealed class ReaderRoundTripProperties
{
    private static readonly string[] Registers = ["AF", "AST", "CHD", "COPD", "DM", "HYP", "OB", "SMOK"];
    private static readonly string[] ListTypes = ["TOTAL", "06OV", "17OV", "18OV", "50OV"];

    internal static Gen<List<PrevalenceRow>> PrevalenceRows { get; } =
        (from practice in Gen.Choose(0, 99_999)
         from register in Gen.Elements(Registers)
         from size in Gen.Choose(0, 60_000)
         from count in Gen.Choose(0, size)
         from type in Gen.Elements(ListTypes)
         select new PrevalenceRow(practice, register, count, type, size))
        .ListOf()
        .Select(rows => rows.DistinctBy(r => (r.Practice, r.Register)).ToList());

    // Every spelling a publication uses for a whole number: bare, a float, padded, with thousands separators.
    private static Gen<Func<int, string>> Spellings { get; } = Gen.Elements<Func<int, string>>(
        n => n.ToString(CultureInfo.InvariantCulture),
        n => n.ToString(CultureInfo.InvariantCulture) + ".0",
        n => " " + n.ToString(CultureInfo.InvariantCulture) + " ",
        n => n.ToString("N0", CultureInfo.InvariantCulture),
        n => n.ToString("0.00", CultureInfo.InvariantCulture));

    [Property(MaxTest = 60)]
    public Property Qof_prevalence_rows_read_back_equal_whatever_the_number_spelling() =>
        Prop.ForAll(PrevalenceRows.ToArbitrary(), Spellings.ToArbitrary(), (rows, spell) =>
        {
            var (read, report) = GeneratedFile.Read(PrevalenceRow.File(rows.Select(r => r.Cells(spell))), new ReaderOptions { Period = "2024-25" });

            var expected = rows.Select(r => new QofPrevalence
            {
                Year = FinancialYear.Parse("2024-25").Value,
                Practice = OdsCode.From(r.Code),
                Register = r.Register,
                RegisterCount = r.Count,
                ListType = r.ListType,
                ListSize = r.ListSize,
            });
            return expected.SequenceEqual(read.Cast<QofPrevalence>())
                && (report.DataRows, report.RowsRead, report.RowsRejected) == (rows.Count, rows.Count, 0);
        });

    [Property(MaxTest = 60)]
    public Property A_repeated_practice_and_register_is_read_once_and_each_repeat_rejected() =>
        Prop.ForAll(PrevalenceRows.Where(r => r.Count > 0).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (rows, pick) =>
        {
            var repeated = rows[pick % rows.Count] with { Count = 1 };
            var written = rows.Append(repeated).ToList();
            var (read, report) = GeneratedFile.Read(PrevalenceRow.File(written.Select(r => r.Cells(n => n.ToString(CultureInfo.InvariantCulture)))), new ReaderOptions { Period = "2024-25" });

            var issue = report.Issues.Single();
            return read.Count == rows.Count
                && (report.RowsRejected, issue.Code, issue.Line) == (1, IssueCode.Duplicate, written.Count + 1)
                && issue.Message.Contains($"first on line {rows.IndexOf(rows[pick % rows.Count]) + 2}", StringComparison.Ordinal);
        });

    internal static Gen<decimal?> Fte { get; } =
        Gen.Frequency((1, Gen.Constant<decimal?>(null)), (6, Gen.Choose(0, 3000).Select(n => (decimal?)(n / 10m))));

    [Property(MaxTest = 60)]
    public Property Annual_workforce_rows_read_back_equal_with_na_as_no_value()
    {
        var rows =
            (from practice in Gen.Choose(0, 99_999)
             from year in Gen.Choose(2016, 2024)
             from patients in Gen.Choose(0, 1_200_000).Select(n => n / 10m)
             from ftes in Fte.ArrayOf(5)
             select (Practice: practice, Year: year, Patients: patients, Ftes: ftes))
            .ListOf()
            .Select(list => list.DistinctBy(r => (r.Practice, r.Year)).ToList());

        return Prop.ForAll(rows.ToArbitrary(), list =>
        {
            var text = new StringBuilder("\"Practice.Code\",\"Year\",\"TOTAL_PATIENTS\",\"TOTAL_GP_EXTGL_FTE\",\"TOTAL_LOCUUM_TRN_FTE\",\"TOTAL_NURSES_FTE\",\"TOTAL_DPC_FTE\",\"TOTAL_ADMIN_FTE\",\"IMD\",\"IMD_quintile\"\n");
            foreach (var r in list)
            {
                var ftes = string.Join(',', r.Ftes.Select(f => f?.ToString(CultureInfo.InvariantCulture) ?? "NA"));
                text.Append(CultureInfo.InvariantCulture, $"\"X{r.Practice:D5}\",\"{r.Year}\",{r.Patients},{ftes},21.5,3\n");
            }

            var (read, report) = GeneratedFile.Read(text.ToString(), ReaderOptions.Default);

            var expected = list.Select(r => (
                OdsCode.From($"X{r.Practice:D5}"), FinancialYear.EndingIn(r.Year), (decimal?)r.Patients,
                r.Ftes[0], r.Ftes[1], r.Ftes[0] + r.Ftes[1], r.Ftes[2], r.Ftes[3], r.Ftes[4]));
            var actual = read.Cast<WorkforceSnapshot>().Select(w => (
                w.Practice, w.MeanOverYear!.Value, w.RegisteredPatients,
                w.QualifiedGpFte, w.TraineeAndLocumGpFte, w.AllGpFte, w.NurseFte, w.DirectPatientCareFte, w.AdminFte));
            return expected.SequenceEqual(actual) && report.RowsRejected == 0;
        });
    }
}
