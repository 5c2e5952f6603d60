using System.Globalization;
using Analysis.Data.Reading;
using Analysis.Data.Sample.Model;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// Writes GP Patient Survey practice results, one file per wave. Waves to 2023 use the legacy question
/// numbers (<c>Q3</c> phone access, <c>Q18</c> experience of making an appointment, <c>Q28</c> overall
/// experience: positive count, base and fraction); from 2024 the redesigned questionnaire's topic names
/// (<c>localgpservicesphone</c>, <c>gpcontactoverall</c>, <c>overallexp</c> and two more, each with its
/// category counts, bases unweighted and weighted, category and headline fractions and a 95% interval).
/// Column names follow the survey reader's sources (see <see cref="Survey.SurveyLayouts"/>); the real files
/// have about 1,100 columns, of which the sample writes the identifiers and the questions it models.
/// </summary>
internal static class SurveyWriter
{
    private static readonly (string Number, string Stem)[] Legacy = [("Q3", "localgpservicesphone"), ("Q18", "gpcontactoverall"), ("Q28", "overallexp")];

    public static IEnumerable<SampleFileJob> Jobs(SampleModel model)
    {
        foreach (var (year, y) in model.Years.Select((year, y) => (year, y)))
        {
            var wave = year.EndYear;
            yield return new SampleFileJob(
                string.Create(CultureInfo.InvariantCulture, $"survey/GPPS_{wave}_Practice_data_(weighted)_(csv)_PUBLIC.csv"),
                DatasetKind.PatientSurvey,
                string.Create(CultureInfo.InvariantCulture, $"GP Patient Survey {wave}, practice results (weighted)"),
                SampleFileJob.Utf8WithBom, SampleFileJob.Crlf,
                writer => wave >= 2024 ? Redesigned(writer, model, y) : BeforeRedesign(writer, model, y),
                wave.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static IEnumerable<(SyntheticPractice Practice, SurveyWave Wave)> Responding(SampleModel model, int y) =>
        model.InYear(y).Where(x => x.Year.Survey is not null).Select(x => (x.Practice, x.Year.Survey!));

    private static int BeforeRedesign(TextWriter writer, SampleModel model, int y)
    {
        var header = new List<string> { "Practice_Code", "Practice_Name", "ICS_Code", "ICS_Name", "distributed", "received", "resprate" };
        foreach (var (number, stem) in Legacy)
        {
            header.AddRange([$"{number}_12", stem == "localgpservicesphone" ? $"{number}_1234base" : $"{number}base", $"{number}_12pct"]);
        }

        writer.WriteLine(string.Join(',', header));
        var line = new CsvLine();
        var rows = 0;
        foreach (var (p, wave) in Responding(model, y))
        {
            line.Clear().Text(p.Code.Value).Text(p.Name).Text(p.SubIcb.Icb.Code)
                .Text(p.SubIcb.Icb.Name.ToUpperInvariant().Replace(" ICB", " INTEGRATED CARE BOARD", StringComparison.Ordinal))
                .Whole(wave.Distributed).Whole(wave.Received).Number((double)wave.Received / wave.Distributed, "G9");
            foreach (var (_, stem) in Legacy)
            {
                var answer = wave[stem];
                line.Number(answer.Positive * answer.EvalBase * answer.Weight, "G7").Whole(answer.EvalBase).Number(answer.Positive, "G9");
            }

            line.WriteTo(writer);
            writer.WriteLine();
            rows++;
        }

        return rows;
    }

    private static int Redesigned(TextWriter writer, SampleModel model, int y)
    {
        var header = new List<string>
        {
            "ad_practicecode", "ad_practicename", "ad_icscode", "ad_icsname", "ad_icscodeons", "ad_commissioningregioncode",
            "ad_commissioningregionname", "ad_pcncode", "ad_pcnname", "distributed", "received", "resprate",
        };
        foreach (var (stem, categories, _, _, _) in SurveyModel.Questions)
        {
            header.AddRange(Enumerable.Range(1, categories).Select(k => $"{stem}_{k}.count"));
            header.AddRange([$"{stem}.counteval", $"{stem}.basefulluw", $"{stem}.baseevaluw", $"{stem}.basefullw", $"{stem}.baseevalw"]);
            header.AddRange(Enumerable.Range(1, categories).Select(k => $"{stem}_{k}.pct"));
            header.AddRange([$"{stem}.pcteval", $"{stem}.lowileval", $"{stem}.hiwileval"]);
        }

        writer.WriteLine(string.Join(',', header));
        var line = new CsvLine();
        var rows = 0;
        foreach (var (p, wave) in Responding(model, y))
        {
            var icb = p.SubIcb.Icb;
            line.Clear().Text(p.Code.Value).Text(p.Name).Text(icb.Code)
                .Text(icb.Name.ToUpperInvariant().Replace("NHS ", string.Empty, StringComparison.Ordinal).Replace(" ICB", " INTEGRATED CARE SYSTEM", StringComparison.Ordinal))
                .Text(icb.OnsCode).Text(icb.Region.Code).Text(icb.Region.PaymentsName.Replace("COMM REGION", "COMMISSIONING REGION", StringComparison.Ordinal))
                .Text(p.Pcn?.Code).Text(p.Pcn?.Name)
                .Whole(wave.Distributed).Whole(wave.Received).Number((double)wave.Received / wave.Distributed, "G9");
            foreach (var answer in wave.Answers)
            {
                var fullWeighted = answer.FullBase * answer.Weight;
                var evalWeighted = answer.EvalBase * answer.Weight;
                foreach (var share in answer.Categories)
                {
                    line.Number(Math.Round(share * fullWeighted, 2), "0.##");
                }

                var (low, high) = Wilson(answer.Positive, answer.EvalBase);
                line.Number(Math.Round(answer.Positive * evalWeighted, 2), "0.##").Whole(answer.FullBase).Whole(answer.EvalBase)
                    .Number(Math.Round(fullWeighted, 2), "0.##").Number(Math.Round(evalWeighted, 2), "0.##");
                foreach (var share in answer.Categories)
                {
                    line.Number(share, "G9");
                }

                line.Number(answer.Positive, "G9").Number(low, "G4").Number(high, "G4");
            }

            line.WriteTo(writer);
            writer.WriteLine();
            rows++;
        }

        return rows;
    }

    // The 95% Wilson score interval the survey's confidence columns approximate.
    private static (double Low, double High) Wilson(double p, int n)
    {
        const double z = 1.959964;
        var denominator = 1 + (z * z / n);
        var centre = (p + (z * z / (2 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
