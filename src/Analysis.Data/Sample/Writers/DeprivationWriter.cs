using Analysis.Data.Reading;
using Analysis.Data.Sample.Model;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// Writes the Fingertips export of indicator 93553 (practice deprivation score, IMD 2019): the standard
/// 27 columns, two England rows first (one without a parent, one with England as its own parent), then
/// one row per practice scored (open at some point with 750+ patients). CRLF, no line feed after the
/// last row, eleven columns empty throughout, as in the real export.
/// </summary>
internal static class DeprivationWriter
{
    private const string Header =
        "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value," +
        "Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend," +
        "Compared to England value or percentiles,Compared to percentiles,Time period Sortable,New data,Compared to goal,Time period range";

    public static IEnumerable<SampleFileJob> Jobs(SampleModel model)
    {
        yield return new SampleFileJob("deprivation/indicator-data.csv", DatasetKind.PracticeDeprivation,
            "Fingertips practice deprivation score (IMD 2019)", SampleFileJob.Utf8, SampleFileJob.Crlf, writer => Write(writer, model), null);
    }

    private static int Write(TextWriter writer, SampleModel model)
    {
        writer.Write(Header);
        var line = new CsvLine();
        var england = model.EnglandImd();
        Row(writer, line, null, null, "E92000001", "England", "England", england);
        Row(writer, line, "E92000001", "England", "E92000001", "England", "England", england);
        var rows = 2;
        foreach (var p in model.ScoredForDeprivation)
        {
            Row(writer, line, "E92000001", "England", p.Code.Value, SampleText.Title(p.Name), "GP", p.Imd);
            rows++;
        }

        return rows;
    }

    private static void Row(TextWriter writer, CsvLine line, string? parent, string? parentName, string code, string name, string type, double value)
    {
        writer.WriteLine();
        line.Clear().Whole(93553).Text("Deprivation score (IMD 2019)").Text(parent).Text(parentName).Text(code).Text(name).Text(type)
            .Text("Persons").Text("All ages").Empty().Empty().Text("2019").Number(value, "G15");
        for (var i = 0; i < 7; i++)
        {
            line.Empty();
        }

        line.Text("Cannot be calculated").Text("Not compared").Text("Not compared").Text("20190000").Empty().Empty().Text("1y").WriteTo(writer);
    }
}
