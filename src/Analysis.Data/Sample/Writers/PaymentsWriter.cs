using System.Globalization;
using Analysis.Data.Payments;
using Analysis.Data.Reading;
using Analysis.Data.Sample.Model;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// Writes NHS Payments to General Practice, one file per financial year, in the 2022-23 layout (75
/// columns, UTF-8 with a BOM, CRLF, dd/mm/yyyy dates, 2-decimal £). Core funding follows contract type
/// (Global Sum per weighted patient for GMS and APMS, a PMS baseline for PMS), QOF pays per point scaled by
/// list, PCN money goes to each network's lead practice, and totals are the sums the real file's are.
/// </summary>
internal static class PaymentsWriter
{
    // The header of nhspaymentsgp-22-23-prac-csv.csv, column for column (a schema, not data).
    private static readonly string[] Header =
    [
        "NHS England (Region) code", "NHS England (Region) Name", "Sub ICB Code", "Sub ICB NAME", "PCN Code", "PCN Name",
        "Practice Code", "Practice Name", "Practice Address", "Practice Postcode", "Practice Open Date", "Practice Close Date",
        "Contract Type", "Dispensing Practice", "Practice type", "Practice Rurality", "Atypical characteristics",
        "Average Number of Registered Patients", "Average Number of Weighted Patients", "Average payments per registered patient",
        "Average payments per weighted patient", "Global Sum", "MPIG Correction factor", "Balance of PMS Expenditure", "Total QOF Payments",
        "Childhood Vaccination and Immunisation Scheme", "GP Extended Hours Access", "Influenza and Pneumococcal Immunisations",
        "Learning Disabilities", "Meningitis", "Minor Surgery", "Out Of Area in Hours Urgent Care", "Pertussis",
        "Rotavirus and Shingles Immunisation", "Services for Violent Patients", "Medical Assessment Reviews", "Weight Management Service",
        "Local Incentive Schemes", "Premises Payments", "Seniority", "Doctors Retainer Scheme Payments", "Total Locum Allowances",
        "Appraisal - Appraiser Costs in Respect of Locums", "Prolonged Study Leave", "PCO Admin Other", "Information Management and Technology",
        "Non DES Item Pneumococcal Vaccine, Childhood Immunisation Main Programme", "General Practice Transformation", "PCN Participation",
        "Prescribing Fee Payments", "Dispensing Fee Payments", "Reimbursement of Drugs", "winter Access Fund", "Other Payments",
        "Total NHS Payments to General Practice", "Deductions for Pensions, Levies and Prescription Charge Income",
        "Total NHS Payments to General Practice Minus Deductions",
        "Total NHS Payments to General Practice including covid vaccination, covid support and long covid payments",
        "Total NHS Payments including PCN Workforce, Leadership and Support",
        "Total NHS Payments to General Practice including Covid and PCN payments",
        "Total NHS Payments to General Practice including Covid and PCN payments minus deductions",
        "PCN Leadership", "PCN Support", "PCN Extended Hours Access", "PCN Workforce", "PCN Investment and impact Fund",
        "PCN Care Home Premium", "PCN Enhanced Access", "Covid Immunisation", "Covid Support and Expansion", "Long Covid",
        "Average payments per registered patient including PCN Workforce, Leadership and Support",
        "Average payments per weighted patient including PCN Workforce, Leadership and Support",
        "Average payments per registered patient including covid vaccination, covid support and long covid payments",
        "Average payments per weighted patient including covid vaccination, covid support and long covid payments",
    ];

    private const string NoPcn = "Unknown or no PCN";

    private static readonly int[] GenericColumns = PaymentLine.Generic.Select(l => Array.IndexOf(Header, l.Header)).ToArray();

    private static readonly int[] PcnColumns = PaymentLine.Pcn.Select(l => Array.IndexOf(Header, l.Header)).ToArray();

    public static IEnumerable<SampleFileJob> Jobs(SampleModel model) =>
        model.Years.Select((year, y) => new SampleFileJob(
            string.Create(CultureInfo.InvariantCulture, $"payments/nhspaymentsgp-{year.StartYear % 100:D2}-{year.EndYear % 100:D2}-prac-csv.csv"),
            DatasetKind.Payments,
            $"NHS Payments to General Practice {year}",
            SampleFileJob.Utf8WithBom,
            SampleFileJob.Crlf,
            writer => Write(writer, model, y)));

    private static int Write(TextWriter writer, SampleModel model, int y)
    {
        var line = new CsvLine();
        foreach (var name in Header)
        {
            line.Text(name);
        }

        line.WriteTo(writer);
        writer.WriteLine();
        var rows = 0;
        var pcnPatients = model.InYear(y).Where(x => x.Practice.Pcn is not null)
            .GroupBy(x => x.Practice.Pcn!)
            .ToDictionary(g => g.Key, g => g.Sum(x => (double)x.Year.Registered));
        foreach (var (practice, year) in model.InYear(y))
        {
            WriteRow(line.Clear(), practice, year, y, model.Options.Seed, pcnPatients);
            line.WriteTo(writer);
            writer.WriteLine();
            rows++;
        }

        return rows;
    }

    private static void WriteRow(CsvLine line, SyntheticPractice p, PracticeYear year, int y, long seed, Dictionary<Pcn, double> pcnPatients)
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
        var globalSum = p.Contract == ContractType.Pms ? 0 : core;
        var pmsBalance = p.Contract == ContractType.Pms ? core * Math.Exp(0.05 * random.Normal()) : 0;

        // QOF: each point is worth about £207.56 (2022-23) for a practice of average size (about 9,600).
        var qof = year.Qof is { } q ? (double)q.PointsAchieved * 207.56 * prices * q.ListSize / 9600 : 0;

        var lines = new double[Header.Length];
        lines[21] = globalSum;
        lines[23] = pmsBalance;
        lines[24] = qof;
        for (var i = 0; i < GenericColumns.Length; i++)
        {
            lines[GenericColumns[i]] = Draw(random, PaymentLine.Generic[i], start, registered * part * prices);
        }

        var member = p.Pcn is not null && start >= 2019;
        lines[48] = member ? 1.742 * registered * part * prices * Math.Exp(0.05 * random.Normal()) : 0;
        lines[49] = random.Chance(0.95) ? 0.588 * registered * part * Math.Exp(0.8 * random.Normal()) : 0;
        lines[50] = p.Dispensing ? 18.43 * registered * part * Math.Exp(0.9 * random.Normal()) : 0;
        lines[51] = random.Chance(0.977) ? (p.Dispensing ? 60 : 4.1) * registered * part * Math.Exp(0.7 * random.Normal()) : 0;

        if (p.Pcn is { } pcn && pcn.Lead == p)
        {
            for (var i = 0; i < PcnColumns.Length; i++)
            {
                var pcnLine = PaymentLine.Pcn[i];
                lines[PcnColumns[i]] = pcnLine.PaidIn(start) ? pcnLine.PerPatient * pcnPatients.GetValueOrDefault(pcn) * prices * Math.Exp(pcnLine.Spread * random.Normal()) : 0;
            }
        }

        // Pandemic payments: vaccination sites in 2020-21 to 2022-23, support in 2020-21 and 2021-22, long covid from 2021-22.
        lines[68] = start is >= 2020 and <= 2022 && random.Chance(start == 2022 ? 0.25 : 0.6) ? 4.23 * registered * Math.Exp(1.2 * random.Normal()) : 0;
        lines[69] = start is 2020 or 2021 ? 2.5 * registered * Math.Exp(0.3 * random.Normal()) : 0;
        lines[70] = start is 2021 or 2022 && random.Chance(0.7) ? 0.122 * registered : 0;

        for (var i = 21; i <= 53; i++)
        {
            lines[i] = Math.Round(lines[i], 2);
        }

        for (var i = 61; i <= 70; i++)
        {
            lines[i] = Math.Round(lines[i], 2);
        }

        var total = Sum(lines, 21, 53);
        var deductions = Math.Round(-total * Math.Clamp(0.082 * Math.Exp(0.35 * random.Normal()), 0, 0.3), 2);
        var covid = Sum(lines, 68, 70);
        var pcnTotal = Sum(lines, 61, 67);
        lines[54] = total;
        lines[55] = deductions;
        lines[56] = total + deductions;
        lines[57] = total + covid;
        lines[58] = total + pcnTotal;
        lines[59] = total + pcnTotal + covid;
        lines[60] = total + pcnTotal + covid + deductions;

        line.Text(p.SubIcb.Region.Code).Text(p.SubIcb.Region.PaymentsName).Text(p.SubIcb.Code).Text(p.SubIcb.ShortName.ToUpperInvariant())
            .Text(p.Pcn?.Code ?? NoPcn).Text(p.Pcn?.Name ?? NoPcn)
            .Text(p.Code.Value).Text(p.Name).Text(string.Join(' ', p.Address)).Text(p.Postcode)
            .Text(Date(p.OpenDate)).Text(p.CloseDate is { } closed ? Date(closed) : string.Empty)
            .Text(p.Contract.ToString().ToUpperInvariant()).Text(p.Dispensing ? "Yes" : "No").Text("GP practice")
            .Text(p.Rural ? "Rural" : "Urban").Text(year.QuartersOpen < 4 ? "| Part year of data |" : string.Empty)
            .Number(year.Registered, "0.##").Number(year.Weighted, "0.##")
            .Number(total / registered, "0.##").Number(total / weighted, "0.##");
        for (var i = 21; i <= 70; i++)
        {
            line.Number(Math.Round(lines[i], 2), "0.##");
        }

        line.Number(lines[58] / registered, "0.##").Number(lines[58] / weighted, "0.##")
            .Number(lines[57] / registered, "0.##").Number(lines[57] / weighted, "0.##");
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

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
