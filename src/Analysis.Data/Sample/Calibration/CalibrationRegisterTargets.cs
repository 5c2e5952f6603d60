using static Analysis.Data.Sample.Calibration.CalibrationStatistics;

namespace Analysis.Data.Sample.Calibration;

/// <summary>
/// The disease-register targets: median prevalence of ten registers and the deprivation gradient of five,
/// from the 2024-25 raw prevalence file. The sample's latest year is two years earlier (2022-23 by default),
/// so the medians' 12% tolerance also covers two years of the registers' own trends (depression and
/// non-diabetic hyperglycaemia grow several per cent a year).
/// </summary>
internal static class CalibrationRegisterTargets
{
    private const string Source = CalibrationTargets.Prevalence;

    public static IReadOnlyList<CalibrationTarget> All { get; } =
    [
        Median("V01", "DM", 0.0820), Median("V02", "HYP", 0.1583), Median("V03", "AST", 0.0678), Median("V04", "DEP", 0.1390),
        Median("V05", "COPD", 0.0184), Median("V06", "CAN", 0.0383), Median("V07", "DEM", 0.0071), Median("V08", "AF", 0.0228),
        Median("V09", "CHD", 0.0304), Median("V10", "MH", 0.0096),
        Gradient("V11", "DM", 0.50), Gradient("V12", "MH", 0.554), Gradient("V13", "COPD", 0.344), Gradient("V14", "CAN", -0.53),
        Gradient("V15", "AF", -0.454),
    ];

    private static CalibrationTarget Median(string id, string register, double value) =>
        new(id, $"Median {register} prevalence, latest year", value, Math.Round(value * 0.12, 5), Source,
            $"median over practices (PRACTICE_LIST_SIZE 1,000+) of REGISTER / PRACTICE_LIST_SIZE for GROUP_CODE {register}",
            f => CalibrationStatistics.Median(Latest(f).Select(r => r.Prevalence![register])));

    private static CalibrationTarget Gradient(string id, string register, double value) =>
        new(id, $"Spearman correlation of {register} prevalence with IMD, latest year", value, 0.1, Source + " + " + CalibrationTargets.Deprivation,
            $"rank correlation of {register} prevalence with the practice's IMD score, practices with both",
            f => Spearman(Latest(f).Where(r => r.Imd is not null).Select(r => r.Prevalence![register]).ToList(), Latest(f).Where(r => r.Imd is not null).Select(r => r.Imd!.Value).ToList()));

    // Practices whose registers the latest year holds, lists of 1,000+ (the total list, as the file's TOTAL rows give it).
    private static IEnumerable<CalibrationRow> Latest(CalibrationFrame f) =>
        f.InYear(f.LatestWith(r => r.Prevalence is { Count: > 0 })).Where(r => r.Prevalence is { Count: > 0 } p && r.PrevalenceList >= 1000 && p.ContainsKey("DM"));
}
