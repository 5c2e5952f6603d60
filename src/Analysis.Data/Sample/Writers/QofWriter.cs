using System.Globalization;
using Analysis.Data.Reading;
using Analysis.Data.Sample.Model;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// Writes QOF, one achievement file and one raw prevalence file per financial year. Achievement is in
/// the 2022-23 table layout (UTF-8 with BOM, CRLF, the first two headers holding a line feed inside
/// quotes, percentages to 10 significant figures); prevalence in the long raw layout (LF, no BOM, the
/// register written as a float such as <c>113.0</c>). Like the publication, only practices open at the
/// year's end are included.
/// </summary>
internal static class QofWriter
{
    private static readonly string[] AchievementHeader =
    [
        "Sub ICB Loc \nODS code", "Sub ICB Loc \nONS code", "Sub ICB Loc name", "PCN ODS code", "PCN name", "Practice code",
        "Practice name", "List size", "Achievement score (635 max)", "QOF points total / 635 available (%)",
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
                SampleFileJob.Utf8WithBom, SampleFileJob.Crlf, writer => Achievement(writer, model, index));
            yield return new SampleFileJob(
                string.Create(CultureInfo.InvariantCulture, $"qof/PREVALENCE_{year.StartYear % 100:D2}{year.EndYear % 100:D2}.csv"),
                DatasetKind.QofPrevalence, $"QOF prevalence {year}",
                SampleFileJob.Utf8, SampleFileJob.Lf, writer => Prevalence(writer, model, index));
        }
    }

    public static IEnumerable<(SyntheticPractice Practice, PracticeYear Year)> Included(SampleModel model, int y) =>
        model.InYear(y).Where(x => x.Year.Qof is not null && x.Practice.IsOpenOn(x.Year.Year.LastMonth.LastDay));

    private static int Achievement(TextWriter writer, SampleModel model, int y)
    {
        var line = new CsvLine();
        foreach (var name in AchievementHeader)
        {
            line.Text(name);
        }

        line.WriteTo(writer);
        writer.WriteLine();
        var rows = 0;
        foreach (var (p, year) in Included(model, y))
        {
            var qof = year.Qof!;
            line.Clear().Text(p.SubIcb.Code).Text(p.SubIcb.OnsCode).Text(p.SubIcb.ShortName)
                .Text(p.Pcn?.Code).Text(p.Pcn is null ? null : SampleText.Title(p.Pcn.Name))
                .Text(p.Code.Value).Text(SampleText.Title(p.Name)).Whole(qof.ListSize)
                .Number(qof.PointsAchieved, "0.##").Number(qof.PercentOfMaximum, "G10")
                .Whole(qof.PointsAvailable).Number(qof.PercentOfAvailable, "G10")
                .WriteTo(writer);
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
