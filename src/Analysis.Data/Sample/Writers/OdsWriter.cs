using System.Globalization;
using Analysis.Data.Reading;
using Analysis.Data.Sample.Model;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// Writes ODS epraccur as at the end of the sample: no header, 27 fields each in double quotes, CRLF;
/// every practice that existed in the span, closed ones with their close date and status C. Prescribing
/// setting 4 marks them as GP practices.
/// </summary>
internal static class OdsWriter
{
    public static IEnumerable<SampleFileJob> Jobs(SampleModel model)
    {
        yield return new SampleFileJob("ods/epraccur.csv", DatasetKind.OdsPractices,
            "ODS GP practices (epraccur)", SampleFileJob.Utf8, SampleFileJob.Crlf, writer => Write(writer, model), null);
    }

    private static int Write(TextWriter writer, SampleModel model)
    {
        var line = new CsvLine();
        var rows = 0;
        foreach (var p in model.Practices)
        {
            var closed = p.CloseDate is { } close ? Date(close) : string.Empty;
            var joined = p.OpenDate > new DateOnly(2013, 4, 1) ? p.OpenDate : new DateOnly(2013, 4, 1);
            line.Clear().Quoted(p.Code.Value).Quoted(p.Name).Quoted(p.SubIcb.Region.Code).Quoted(p.SubIcb.Icb.Code)
                .Quoted(p.Address[0]).Quoted(p.Address[1]).Quoted(p.Address[2]).Quoted(p.Address[3]).Quoted(string.Empty)
                .Quoted(p.Postcode).Quoted(Date(p.OpenDate)).Quoted(closed).Quoted(p.CloseDate is null ? "A" : "C").Quoted("B")
                .Quoted(p.SubIcb.Code).Quoted(Date(joined)).Quoted(closed).Quoted(p.Telephone)
                .Quoted(string.Empty).Quoted(string.Empty).Quoted(string.Empty).Quoted("0").Quoted(string.Empty)
                .Quoted(p.SubIcb.Code).Quoted(string.Empty).Quoted("4").Quoted(string.Empty)
                .WriteTo(writer);
            writer.WriteLine();
            rows++;
        }

        return rows;
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
