using System.Globalization;
using Analysis.Data.Payments;
using Analysis.Data.Reading;
using Analysis.Data.Sample.Model;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// Writes NHS Payments to General Practice, one file per financial year, each in that year's published
/// layout (column lists embedded as resources; see <see cref="PaymentColumns"/>): 2019-20 with footnoted
/// headers and Excel serial dates, 2020-21 and 2021-22 with last known list sizes and CCG columns, 2022-23
/// and 2023-24 with sub-ICB columns and yearly averages. Core funding follows contract type (Global Sum per
/// weighted patient for GMS and APMS, a PMS baseline for PMS), QOF pays per point scaled by list, PCN
/// money goes to each network's lead practice, and every total is the sum the real file's is.
/// </summary>
internal static class PaymentsWriter
{
    private const string NoPcn = "Unknown or no PCN";

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    private static readonly int[] GenericColumns = PaymentLine.Generic.Select(l => Column(l.Header)).ToArray();

    private static readonly int[] PcnColumns = PaymentLine.Pcn.Select(l => Column(l.Header)).ToArray();

    public static IEnumerable<SampleFileJob> Jobs(SampleModel model) =>
        model.Years.Select((year, y) => new SampleFileJob(
            string.Create(CultureInfo.InvariantCulture, $"payments/nhspaymentsgp-{year.StartYear % 100:D2}-{year.EndYear % 100:D2}-prac-csv.csv"),
            DatasetKind.Payments,
            $"NHS Payments to General Practice {year}",
            year.StartYear == 2022 ? SampleFileJob.Utf8WithBom : SampleFileJob.Utf8,
            SampleFileJob.Crlf,
            writer => Write(writer, model, y),
            year.ToString()));

    private static int Column(string header) => PaymentColumns.Reference.ToList().IndexOf(header);

    private static int Write(TextWriter writer, SampleModel model, int y)
    {
        var year = model.Years[y];
        var header = SampleResources.Columns($"payments-{year}");
        var columns = PaymentColumns.Resolve(header);
        var line = new CsvLine();
        foreach (var name in header)
        {
            line.Text(name);
        }

        line.WriteTo(writer);
        writer.WriteLine();
        var rows = 0;
        var pcnPatients = model.InYear(y).Where(x => x.Practice.Pcn is not null)
            .GroupBy(x => x.Practice.Pcn!)
            .ToDictionary(g => g.Key, g => g.Sum(x => (double)x.Year.Registered));
        foreach (var (practice, practiceYear) in model.InYear(y))
        {
            var values = Values(practice, practiceYear, y, model.Options.Seed, pcnPatients, columns);
            line.Clear();
            foreach (var column in columns)
            {
                Cell(line, column, practice, practiceYear, values);
            }

            line.WriteTo(writer);
            writer.WriteLine();
            rows++;
        }

        return rows;
    }

    private static void Cell(CsvLine line, int column, SyntheticPractice p, PracticeYear year, double[] values)
    {
        var start = year.Year.StartYear;
        _ = column switch
        {
            PaymentColumns.RegionCode => line.Text(p.SubIcb.Region.Code),
            PaymentColumns.RegionName => line.Text(start == 2022 ? p.SubIcb.Region.PaymentsName : p.SubIcb.Region.Name.ToUpperInvariant() + " COMMISSIONING REGION"),
            PaymentColumns.SubIcbCode => line.Text(p.SubIcb.Code),
            PaymentColumns.SubIcbName => line.Text(p.SubIcb.ShortName.ToUpperInvariant()),
            PaymentColumns.CcgName => line.Text(p.SubIcb.CcgName.ToUpperInvariant()),
            PaymentColumns.PcnCode => line.Text(p.Pcn?.Code ?? NoPcn),
            PaymentColumns.PcnName => line.Text(p.Pcn?.Name ?? NoPcn),
            6 => line.Text(p.Code.Value),
            7 => line.Text(p.Name),
            8 => line.Text(string.Join(' ', p.Address)),
            9 => line.Text(p.Postcode),
            10 => line.Text(Date(p.OpenDate, start)),
            11 => line.Text(p.CloseDate is { } closed ? Date(closed, start) : string.Empty),
            12 => line.Text(p.Contract.ToString().ToUpperInvariant()),
            13 => line.Text(p.Dispensing ? "Yes" : "No"),
            14 => line.Text("GP practice"),
            15 => line.Text(p.Rural ? "Rural" : "Urban"),
            16 => line.Text(year.QuartersOpen < 4 ? "| Part year of data |" : string.Empty),
            PaymentColumns.Registered => line.Number(year.Registered, "0.##"),
            PaymentColumns.Weighted => line.Number(year.Weighted, "0.##"),
            PaymentColumns.LastKnownRegistered => line.Whole(year.LastList),
            PaymentColumns.LastKnownWeighted => line.Number(Math.Round((double)year.Weighted * year.LastList / (double)year.Registered, 2), "0.##"),
            PaymentColumns.CovidMinusDeductions => line.Number(values[PaymentColumns.IncludingCovid] + values[PaymentColumns.Deductions], "0.##"),
            _ => line.Number(values[column], "0.##"),
        };
    }

    // Every money column of the reference layout for one practice-year; totals cover only the lines the
    // vintage has, as each year's file does.
    private static double[] Values(SyntheticPractice p, PracticeYear year, int y, long seed, Dictionary<Pcn, double> pcnPatients, int[] vintage)
    {
        var random = SampleRandom.For(seed, "payments", p.Index, y);
        var start = year.Year.StartYear;
        var registered = (double)year.Registered;
        var weighted = (double)year.Weighted;
        var part = year.QuartersOpen / 4.0;
        var prices = Math.Pow(1.03, start - 2022);

        // Core funding: £97 per weighted patient in 2022-23 (the median Global Sum per patient paid), rising
        // about 5% a year with the contract uplifts.
        var core = 97.0 * Math.Pow(1.05, start - 2022) * weighted * part;

        // QOF: each point is worth about £207.56 (2022-23) for a practice of average size (about 9,600); the
        // 559-point years paid more a point for the same work.
        var qof = year.Qof is { } q ? (double)q.PointsAchieved * 207.56 * (635.0 / q.Maximum) * prices * q.ListSize / 9600 : 0;

        var lines = new double[PaymentColumns.Reference.Count];
        lines[PaymentColumns.FirstLine] = p.Contract == ContractType.Pms ? 0 : core;
        lines[PaymentColumns.FirstLine + 2] = p.Contract == ContractType.Pms ? core * Math.Exp(0.05 * random.Normal()) : 0;
        lines[PaymentColumns.FirstLine + 3] = qof;
        for (var i = 0; i < GenericColumns.Length; i++)
        {
            lines[GenericColumns[i]] = Draw(random, PaymentLine.Generic[i], start, registered * part * prices);
        }

        lines[Column("PCN Participation")] = p.Pcn is not null ? 1.742 * registered * part * prices * Math.Exp(0.05 * random.Normal()) : 0;
        lines[Column("Prescribing Fee Payments")] = random.Chance(0.95) ? 0.588 * registered * part * Math.Exp(0.8 * random.Normal()) : 0;
        lines[Column("Dispensing Fee Payments")] = p.Dispensing ? 18.43 * registered * part * Math.Exp(0.9 * random.Normal()) : 0;
        lines[Column("Reimbursement of Drugs")] = random.Chance(0.977) ? (p.Dispensing ? 60 : 4.1) * registered * part * Math.Exp(0.7 * random.Normal()) : 0;
        if (p.Pcn is { } pcn && pcn.Lead == p)
        {
            for (var i = 0; i < PcnColumns.Length; i++)
            {
                var pcnLine = PaymentLine.Pcn[i];
                lines[PcnColumns[i]] = pcnLine.PaidIn(start) ? pcnLine.PerPatient * pcnPatients.GetValueOrDefault(pcn) * prices * Math.Exp(pcnLine.Spread * random.Normal()) : 0;
            }
        }

        // Pandemic payments: vaccination sites 2020-21 to 2023-24, support 2020-21 and 2021-22, long covid 2021-22 and 2022-23.
        lines[PaymentColumns.FirstCovid] = start >= 2020 && random.Chance(start >= 2022 ? 0.25 : 0.6) ? 4.23 * registered * Math.Exp(1.2 * random.Normal()) : 0;
        lines[PaymentColumns.FirstCovid + 1] = start is 2020 or 2021 ? 2.5 * registered * Math.Exp(0.3 * random.Normal()) : 0;
        lines[PaymentColumns.LastCovid] = start is 2021 or 2022 && random.Chance(0.7) ? 0.122 * registered : 0;

        var present = new bool[lines.Length];
        foreach (var c in vintage.Where(c => c >= 0))
        {
            present[c] = true;
        }

        for (var i = PaymentColumns.FirstLine; i < lines.Length; i++)
        {
            lines[i] = present[i] ? Math.Round(lines[i], 2) : 0;
        }

        var total = Sum(lines, PaymentColumns.FirstLine, PaymentColumns.LastLine);
        var covid = Sum(lines, PaymentColumns.FirstCovid, PaymentColumns.LastCovid);
        var pcnTotal = Sum(lines, PaymentColumns.FirstPcn, PaymentColumns.LastPcn);
        var deductions = Math.Round(-total * Math.Clamp(0.082 * Math.Exp(0.35 * random.Normal()), 0, 0.3), 2);
        lines[PaymentColumns.Total] = total;
        lines[PaymentColumns.Deductions] = deductions;
        lines[PaymentColumns.Total + 2] = total + deductions;
        lines[PaymentColumns.IncludingCovid] = total + covid;
        lines[PaymentColumns.IncludingPcn] = total + pcnTotal;
        lines[PaymentColumns.IncludingPcn + 1] = total + pcnTotal + covid;
        lines[PaymentColumns.IncludingPcn + 2] = total + pcnTotal + covid + deductions;
        lines[PaymentColumns.PerRegistered] = total / registered;
        lines[PaymentColumns.PerWeighted] = total / weighted;
        lines[PaymentColumns.PerRegisteredIncludingPcn] = lines[PaymentColumns.IncludingPcn] / registered;
        lines[PaymentColumns.PerWeightedIncludingPcn] = lines[PaymentColumns.IncludingPcn] / weighted;
        lines[PaymentColumns.PerRegisteredIncludingCovid] = lines[PaymentColumns.IncludingCovid] / registered;
        lines[PaymentColumns.PerWeightedIncludingCovid] = lines[PaymentColumns.IncludingCovid] / weighted;
        return lines;
    }

    private static double Draw(SampleRandom random, PaymentLine line, int start, double patients) =>
        line.PaidIn(start) && random.Chance(line.Share) ? line.PerPatient * patients * Math.Exp(line.Spread * random.Normal()) : 0;

    private static double Sum(double[] values, int from, int to)
    {
        var sum = 0.0;
        for (var i = from; i <= to; i++)
        {
            sum += values[i];
        }

        return Math.Round(sum, 2);
    }

    // 2019-20 wrote dates as Excel serial numbers (days since 30 December 1899); later years as dd/mm/yyyy.
    private static string Date(DateOnly date, int startYear) =>
        startYear <= 2019
            ? (date.DayNumber - ExcelEpoch.DayNumber).ToString(CultureInfo.InvariantCulture)
            : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
