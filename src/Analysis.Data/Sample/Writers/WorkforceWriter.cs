using System.Globalization;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Sample.Model;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// Writes General Practice Workforce practice-level "Detailed" files, one per September census, with
/// the exact 799 columns of the 2024 file (names embedded as a resource). Every staff column is computed
/// from the practice's staff list by reading its name, so totals equal the sums of their parts and
/// columns for roles the sample never staffs are honest zeros. LF, no BOM, FTEs to 10 significant figures.
/// </summary>
internal static class WorkforceWriter
{
    private static readonly Lazy<string[]> Names = new(() => SampleResources.Columns("workforce-detailed"));

    /// <summary>The 799 column names, in order.</summary>
    public static IReadOnlyList<string> Columns => Names.Value;

    // Patient bands of the Detailed file as ranges of the 20 quinary bands.
    private static readonly (string Suffix, int From, int To)[] PatientBands =
        [("0TO4", 0, 0), ("5TO14", 1, 2), ("15TO44", 3, 8), ("45TO64", 9, 12), ("65TO74", 13, 14), ("75TO84", 15, 16), ("85PLUS", 17, 19)];

    public static IEnumerable<SampleFileJob> Jobs(SampleModel model) =>
        model.Years.Select((year, y) => new SampleFileJob(
            string.Create(CultureInfo.InvariantCulture, $"workforce/1 General Practice – September {year.StartYear} Practice Level - Detailed.csv"),
            DatasetKind.WorkforceDetailed,
            string.Create(CultureInfo.InvariantCulture, $"General Practice Workforce, practice level (Detailed), 30 September {year.StartYear}"),
            SampleFileJob.Utf8, SampleFileJob.Lf, writer => Write(writer, model, y),
            new Month(year.StartYear, 9).ToString()));

    private static int Write(TextWriter writer, SampleModel model, int y)
    {
        var names = Names.Value;
        writer.WriteLine(string.Join(',', names));
        var staffColumns = names.Select((n, i) => WorkforceColumn.Parse(i, n)).Where(c => c is not null).Select(c => c!).ToArray();
        var firstStaff = staffColumns[0].Index;
        if (staffColumns.Length != names.Length - firstStaff)
        {
            throw new InvalidOperationException("the workforce layout mixes staff columns with practice columns");
        }

        var matches = new Dictionary<(StaffGroup, string, bool, string, string), WorkforceColumn[]>();
        var values = new double[names.Length];
        var line = new CsvLine();
        var rows = 0;
        foreach (var (p, year) in model.InYear(y))
        {
            if (year.Census is not { } census)
            {
                continue;
            }

            Array.Clear(values);
            foreach (var s in census.Staff)
            {
                var key = (s.Group, s.Role, s.Female, s.AgeBand, s.Qualified);
                if (!matches.TryGetValue(key, out var columns))
                {
                    matches[key] = columns = staffColumns.Where(c => c.Matches(s)).ToArray();
                }

                foreach (var c in columns)
                {
                    values[c.Index] += c.Fte ? s.Fte : 1;
                }
            }

            line.Clear();
            var patients = AgeProfile.Counts(p.AgeShares, census.Patients);
            for (var i = 0; i < firstStaff; i++)
            {
                PracticeColumn(line, names[i], p, census, patients);
            }

            for (var i = firstStaff; i < names.Length; i++)
            {
                line.Number(values[i], "G10");
            }

            line.WriteTo(writer);
            writer.WriteLine();
            rows++;
        }

        return rows;
    }

    private static void PracticeColumn(CsvLine line, string name, SyntheticPractice p, WorkforceCensus census, int[] patients)
    {
        var area = p.SubIcb;
        _ = name switch
        {
            "PRAC_CODE" => line.Text(p.Code.Value),
            "PRAC_NAME" => line.Text(p.Name),
            "PCN_CODE" => line.Text(p.Pcn?.Code ?? "U"),
            "PCN_NAME" => line.Text(p.Pcn?.Name ?? "Unallocated"),
            "SUB_ICB_CODE" => line.Text(area.Code),
            "SUB_ICB_NAME" => line.Text(area.Name),
            "ICB_CODE" => line.Text(area.Icb.Code),
            "ICB_NAME" => line.Text(area.Icb.Name),
            "REGION_CODE" => line.Text(area.Region.Code),
            "REGION_NAME" => line.Text(area.Region.Name),
            "TOTAL_PATIENTS" => line.Whole(census.Patients),
            "TOTAL_MALE" => line.Whole(Sum(patients, AgeProfile.Bands, 0, AgeProfile.Bands - 1)),
            "TOTAL_FEMALE" => line.Whole(Sum(patients, 0, 0, AgeProfile.Bands - 1)),
            "TOTAL_UNKNOWN_GENDER" => line.Whole(0),
            "DPC_SOURCE" => line.Text(census.DpcEstimated ? "Includes FTE Estimates" : "Fully provided"),
            _ when name.EndsWith("_SOURCE", StringComparison.Ordinal) => line.Text("Fully provided"),
            _ => line.Whole(PatientBand(name, patients)),
        };
    }

    // MALE_PATIENTS_45TO64: the sex's bands 45-49 to 60-64 (females are the first twenty shares).
    private static int PatientBand(string name, int[] patients)
    {
        var offset = name.StartsWith("MALE_PATIENTS_", StringComparison.Ordinal) ? AgeProfile.Bands
            : name.StartsWith("FEMALE_PATIENTS_", StringComparison.Ordinal) ? 0
            : throw new InvalidOperationException($"unexpected workforce column '{name}'");
        var suffix = name[(name.LastIndexOf('_') + 1)..];
        var (_, from, to) = PatientBands.Single(b => b.Suffix == suffix);
        return Sum(patients, offset, from, to);
    }

    private static int Sum(int[] values, int offset, int from, int to)
    {
        var sum = 0;
        for (var i = from; i <= to; i++)
        {
            sum += values[offset + i];
        }

        return sum;
    }
}
