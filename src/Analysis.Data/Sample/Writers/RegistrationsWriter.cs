using System.Globalization;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Sample.Model;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// Writes Patients Registered at a GP Practice: the practice totals every quarter, the practice-to-area
/// map each April and five-year age bands for the last extract. Before July 2022 the totals and map use the
/// CCG-era layouts (the January 2021 and January 2022 files: <c>01JAN2021</c> and <c>01Jan2022</c> dates,
/// CCG and STP columns), from then the sub-ICB era's (ISO dates, sub-ICB location and ICB columns, the map's
/// clinical system supplier). Practices in no PCN are <c>U</c>/<c>Unallocated</c>. Sub-ICB locations stand
/// where the CCG-era files have CCGs: the codes carried over. Totals and age bands use CRLF, the map LF.
/// </summary>
internal static class RegistrationsWriter
{
    private const string Publication = "GP_PRAC_PAT_LIST";

    public static IEnumerable<SampleFileJob> Jobs(SampleModel model)
    {
        var quarters = model.Quarters;
        for (var q = 0; q < quarters.Count; q++)
        {
            var quarter = q;
            yield return new SampleFileJob(
                $"registrations/gp-reg-pat-prac-all-{quarters[q]}.csv", DatasetKind.RegisteredPatients,
                Describe("Patients registered at a GP practice", quarters[q]), SampleFileJob.Utf8, SampleFileJob.Crlf,
                writer => Totals(writer, model, quarter), quarters[quarter].ToString());
        }

        for (var y = 0; y < model.Years.Count; y++)
        {
            var quarter = 4 * y;
            yield return new SampleFileJob(
                $"registrations/gp-reg-pat-prac-map-{quarters[quarter]}.csv", DatasetKind.PracticeMap,
                Describe("Practice to PCN, sub-ICB, ICB and region map", quarters[quarter]), SampleFileJob.Utf8, SampleFileJob.Lf,
                writer => Map(writer, model, quarter), quarters[quarter].ToString());
        }

        var last = model.QuinaryQuarter;
        yield return new SampleFileJob(
            $"registrations/gp-reg-pat-prac-quin-age-{quarters[last]}.csv", DatasetKind.QuinaryAge,
            Describe("Registered patients by sex and five-year age band", quarters[last]), SampleFileJob.Utf8, SampleFileJob.Crlf,
            writer => QuinaryAgeWriter.Write(writer, model, last), quarters[last].ToString());
    }

    private static IEnumerable<SyntheticPractice> Listed(SampleModel model, int quarter) =>
        model.Practices.Where(p => p.Lists[quarter] > 0);

    // From July 2022 sub-ICB locations replaced CCGs and the files renamed their columns and dated extracts ISO-style.
    private static bool SubIcbEra(Month month) => month >= new Month(2022, 7);

    private static int Totals(TextWriter writer, SampleModel model, int quarter)
    {
        var month = model.Quarters[quarter];
        var era = SubIcbEra(month);
        writer.WriteLine(era
            ? "PUBLICATION,EXTRACT_DATE,TYPE,SUB_ICB_LOCATION_CODE,ONS_SUB_ICB_LOCATION_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS"
            : "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS");
        var date = era ? IsoDate(month) : ExtractDate(month).ToUpperInvariant();
        var line = new CsvLine();
        var rows = 0;
        foreach (var p in Listed(model, quarter))
        {
            line.Clear().Text(Publication).Text(date).Text("GP").Text(p.SubIcb.Code).Text(p.SubIcb.OnsCode)
                .Text(p.Code.Value).Text(p.Postcode).Text("ALL").Text("ALL").Whole(p.Lists[quarter]).WriteTo(writer);
            writer.WriteLine();
            rows++;
        }

        return rows;
    }

    private static int Map(TextWriter writer, SampleModel model, int quarter)
    {
        var month = model.Quarters[quarter];
        var era = SubIcbEra(month);
        writer.WriteLine(era
            ? "PUBLICATION,EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,PRACTICE_POSTCODE,PCN_CODE,PCN_NAME,ONS_SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_NAME,ONS_ICB_CODE,ICB_CODE,ICB_NAME,ONS_COMM_REGION_CODE,COMM_REGION_CODE,COMM_REGION_NAME,SUPPLIER_NAME"
            : "PUBLICATION,EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,PRACTICE_POSTCODE,PCN_CODE,PCN_NAME,ONS_CCG_CODE,CCG_CODE,CCG_NAME,ONS_STP_CODE,STP_CODE,STP_NAME,ONS_COMM_REGION_CODE,COMM_REGION_CODE,COMM_REGION_NAME");
        var date = era ? IsoDate(month) : ExtractDate(month);
        var line = new CsvLine();
        var rows = 0;
        foreach (var p in Listed(model, quarter))
        {
            var area = p.SubIcb;
            line.Clear().Text(Publication).Text(date).Text(p.Code.Value).Text(p.Name).Text(p.Postcode)
                .Text(p.Pcn?.Code ?? "U").Text(p.Pcn?.Name ?? "Unallocated")
                .Text(area.OnsCode).Text(area.Code).Text(era ? area.Name : area.CcgName)
                .Text(area.Icb.OnsCode).Text(area.Icb.Code).Text(era ? area.Icb.Name.Replace(" ICB", " Integrated Care Board", StringComparison.Ordinal) : area.Icb.Name)
                .Text(area.Region.OnsCode).Text(area.Region.Code).Text(area.Region.Name);
            if (era)
            {
                // Clinical system supplier: roughly EMIS for 55% of practices and TPP for the rest.
                line.Text(SampleRandom.For(model.Options.Seed, "supplier", p.Index).Chance(0.55) ? "EMIS" : "TPP");
            }

            line.WriteTo(writer);
            writer.WriteLine();
            rows++;
        }

        return rows;
    }

    private static string IsoDate(Month month) => month.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Describe(string what, Month month) =>
        what + ", " + month.FirstDay.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"01Jan2022": the day, the month's three letters and the year.</summary>
    private static string ExtractDate(Month month) => month.FirstDay.ToString("ddMMMyyyy", CultureInfo.InvariantCulture);
}
