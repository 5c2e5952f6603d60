using System.Globalization;
using Analysis.Data.Reading;
using Analysis.Data.Sample.Model;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// Writes QOF, one achievement file and one raw prevalence file per financial year. Achievement follows
/// the year's published table: 2019-20 (CCG "practice parent" columns, out of 559), 2020-21 and 2021-22
/// (sub-ICB columns, twelve, no 2020-21 table having been found), 2022-23 (the same with a line feed inside
/// the first two quoted headers) and 2023-24 (nine columns: no list size, no points available); UTF-8 with
/// BOM, CRLF. Prevalence is the long raw layout (LF, no BOM, the register as a float such as <c>113.0</c>).
/// Like the publication, only practices open at the year's end are included.
/// </summary>
internal static class QofWriter
{
    private static readonly string[] Twelve =
    [
        "Sub ICB Loc ODS code", "Sub ICB Loc ONS code", "Sub ICB Loc name", "PCN ODS code", "PCN name", "Practice code",
        "Practice name", "List size", "Achievement score (635 max)", "QOF points total / 635 available (%)",
        "Total points for indicators where register exists. (Max QOF points available)", "Points achieved/ max. QOF points available (%)",
    ];

    private static readonly string[] CcgParent =
    [
        "CCG ODS code (practice parent)", "CCG ONS code (practice parent)", "CCG name (practice parent)", "PCN ODS code", "PCN name",
        "Practice code", "Practice name", "List size", "Achievement score (559 max)", "QOF points total/559 available (%)",
        "Total points for indicators where register exists. (Max QOF points available)", "Points achieved/ max. QOF points available (%)",
    ];

    public static IEnumerable<SampleFileJob> Jobs(SampleModel model)
    {
        for (var y = 0; y < model.Years.Count; y++)
        {
            var year = model.Years[y];
            var index = y;
            yield return new SampleFileJob(
                $"qof/QOF {year}.csv", DatasetKind.QofAchievement, $"QOF achievement {year}",
                SampleFileJob.Utf8WithBom, SampleFileJob.Crlf, writer => Achievement(writer, model, index), year.ToString());
            yield return new SampleFileJob(
                string.Create(CultureInfo.InvariantCulture, $"qof/PREVALENCE_{year.StartYear % 100:D2}{year.EndYear % 100:D2}.csv"),
                DatasetKind.QofPrevalence, $"QOF prevalence {year}",
                SampleFileJob.Utf8, SampleFileJob.Lf, writer => Prevalence(writer, model, index), year.ToString());
        }
    }

    public static IEnumerable<(SyntheticPractice Practice, PracticeYear Year)> Included(SampleModel model, int y) =>
        model.InYear(y).Where(x => x.Year.Qof is not null && x.Practice.IsOpenOn(x.Year.Year.LastMonth.LastDay));

    private static string[] Header(int startYear) => startYear switch
    {
        <= 2019 => CcgParent,
        2020 or 2021 => Twelve,
        2022 => [.. Twelve.Take(2).Select(h => h.Replace("Loc ", "Loc \n", StringComparison.Ordinal)), .. Twelve.Skip(2)],
        _ => [.. Twelve.Take(2).Select(h => h.Replace("Loc ", "Loc \n", StringComparison.Ordinal)), .. Twelve.Skip(2).Take(8).Where(h => h != "List size")],
    };

    private static int Achievement(TextWriter writer, SampleModel model, int y)
    {
        var start = model.Years[y].StartYear;
        var line = new CsvLine();
        foreach (var name in Header(start))
        {
            line.Text(name);
        }

        line.WriteTo(writer);
        writer.WriteLine();
        var rows = 0;
        foreach (var (p, year) in Included(model, y))
        {
            var qof = year.Qof!;
            var area = p.SubIcb;
            line.Clear().Text(area.Code).Text(area.OnsCode).Text(start <= 2019 ? area.CcgName : area.ShortName)
                .Text(p.Pcn?.Code ?? "U").Text(p.Pcn is null ? "Unallocated" : SampleText.Title(p.Pcn.Name))
                .Text(p.Code.Value).Text(SampleText.Title(p.Name));
            if (start <= 2022)
            {
                line.Whole(qof.ListSize);
            }

            line.Number(qof.PointsAchieved, "0.##").Number(qof.PercentOfMaximum, start <= 2021 ? "0.##" : "G10");
            if (start <= 2022)
            {
                line.Number((decimal)qof.PointsAvailable, start <= 2019 ? "0.00" : "0").Number(qof.PercentOfAvailable, start <= 2021 ? "0.##" : "G10");
            }

            line.WriteTo(writer);
            writer.WriteLine();
            rows++;
        }

        return rows;
    }

    private static int Prevalence(TextWriter writer, SampleModel model, int y)
    {
        writer.WriteLine("PRACTICE_CODE,GROUP_CODE,REGISTER,PATIENT_LIST_TYPE,PRACTICE_LIST_SIZE");
        var line = new CsvLine();
        var rows = 0;
        foreach (var (p, year) in Included(model, y))
        {
            foreach (var register in year.Registers)
            {
                line.Clear().Text(p.Code.Value).Text(register.Register).Number((double)register.Count, "0.0")
                    .Text(register.ListType).Whole(register.ListSize).WriteTo(writer);
                writer.WriteLine();
                rows++;
            }
        }

        return rows;
    }
}
