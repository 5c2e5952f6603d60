using Analysis.Data.Sample.Calibration;
using Analysis.Data.Sample.Reference;
using Analysis.Testing;
using T = Analysis.Data.Sample.Calibration.CalibrationTargets;

namespace Analysis.Data.Tests.Sample;

/// <summary>
/// The real files in ../shared/data reduced to a <see cref="CalibrationFrame"/>, straight from their
/// published columns (not through the typed readers), so each calibration target can be recomputed
/// independently of the code it calibrates.
/// </summary>
internal static class PublishedCalibrationFrame
{
    private static readonly string[] Older = ["65_69", "70_74", "75_79", "80_84", "85_89", "90_94", "95+"];

    public static CalibrationFrame Load()
    {
        var rows = new Dictionary<(string, int), CalibrationRow>();
        CalibrationRow Get(string code, int year) => rows.TryGetValue((code, year), out var r) ? r : new CalibrationRow { Practice = code, Year = year };
        void Set(CalibrationRow r) => rows[(r.Practice, r.Year)] = r;
        var icbOf = EnglandGeography.SubIcbs.ToDictionary(s => s.Code, s => s.Icb.Code, StringComparer.Ordinal);

        foreach (var r in PublishedTable.Rows(SharedData.Path(T.Payments)))
        {
            var code = r("Practice Code");
            Set(Get(code, 2022) with
            {
                Region = r("NHS England (Region) code"),
                Icb = icbOf.GetValueOrDefault(r("Sub ICB Code")),
                Registered = PublishedTable.Number(r("Average Number of Registered Patients")),
                Weighted = PublishedTable.Number(r("Average Number of Weighted Patients")),
                Rural = r("Practice Rurality") == "Rural",
                Dispensing = r("Dispensing Practice") == "Yes",
                Contract = r("Contract Type"),
            });
        }

        // The panel's Year is the calendar year a financial year ends in.
        foreach (var r in PublishedTable.Rows(SharedData.Path(T.WorkforcePanel)))
        {
            var year = int.Parse(r("Year"), System.Globalization.CultureInfo.InvariantCulture) - 1;
            Set(Get(r("Practice.Code"), year) with
            {
                WorkforcePatients = PublishedTable.Number(r("TOTAL_PATIENTS")),
                QualifiedGpFte = PublishedTable.Number(r("TOTAL_GP_EXTGL_FTE")),
                TraineeAndLocumFte = PublishedTable.Number(r("TOTAL_LOCUUM_TRN_FTE")),
                NurseFte = PublishedTable.Number(r("TOTAL_NURSES_FTE")),
                DpcFte = PublishedTable.Number(r("TOTAL_DPC_FTE")),
                AdminFte = PublishedTable.Number(r("TOTAL_ADMIN_FTE")),
            });
        }

        foreach (var r in PublishedTable.Rows(SharedData.Path(T.Qof)))
        {
            Set(Get(r("Practice code"), 2022) with { QofPercentOfMaximum = PublishedTable.Number(r("QOF points total / 635 available (%)")) });
        }

        foreach (var practice in PublishedTable.Rows(SharedData.Path(T.Prevalence)).GroupBy(r => r("PRACTICE_CODE")))
        {
            var registers = practice.ToList();
            Set(Get(practice.Key, 2024) with
            {
                Prevalence = registers.ToDictionary(r => r("GROUP_CODE"), r => PublishedTable.Number(r("REGISTER"))!.Value / Math.Max(1, PublishedTable.Number(r("PRACTICE_LIST_SIZE"))!.Value), StringComparer.Ordinal),
                PrevalenceList = registers.Where(r => r("PATIENT_LIST_TYPE") == "TOTAL").Select(r => PublishedTable.Number(r("PRACTICE_LIST_SIZE"))).FirstOrDefault(),
            });
        }

        foreach (var r in PublishedTable.Rows(SharedData.Path(T.Detailed)))
        {
            var extgl = (int)PublishedTable.Number(r("TOTAL_GP_EXTGL_HC"))!.Value;
            Set(Get(r("PRAC_CODE"), 2024) with
            {
                QualifiedGpHeadcount = extgl,
                QualifiedGps55Plus = (int)new[] { "55TO59", "60TO64", "65TO69", "70PLUS" }.Sum(a => PublishedTable.Number(r("TOTAL_GP_EXTGL_HC_" + a))!.Value),
                FemaleQualifiedGps = (int)PublishedTable.Number(r("FEMALE_GP_EXTGL_HC"))!.Value,
                QualifiedGpFte = PublishedTable.Number(r("TOTAL_GP_EXTGL_FTE")),
            });
        }

        double? englandImd = null;
        var imd = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in PublishedTable.Rows(SharedData.Path(T.Deprivation)))
        {
            if (r("Area Type") == "England")
            {
                englandImd = PublishedTable.Number(r("Value"));
            }
            else
            {
                imd[r("Area Code")] = PublishedTable.Number(r("Value"))!.Value;
            }
        }

        var (share65, englandShare65, englandFemale) = Ages();
        var frame = rows.Values
            .Select(r => r with { Imd = imd.TryGetValue(r.Practice, out var score) ? score : null, Share65 = share65.TryGetValue(r.Practice, out var s) ? s : null })
            .ToList();

        // Practices Fingertips scores but no other file has stand on a row of their own, so the score medians see them all.
        var seen = frame.Select(r => r.Practice).ToHashSet(StringComparer.Ordinal);
        frame.AddRange(imd.Where(p => !seen.Contains(p.Key)).Select(p => new CalibrationRow { Practice = p.Key, Year = 0, Imd = p.Value }));
        return new CalibrationFrame(frame, englandImd, englandShare65, englandFemale);
    }

    private static (Dictionary<string, double> Share65, double England65, double EnglandFemale) Ages()
    {
        var practices = new Dictionary<string, (double All, double Old)>(StringComparer.Ordinal);
        double all = 0, old = 0, female = 0;
        foreach (var r in PublishedTable.Rows(SharedData.Path(T.Quinary)))
        {
            var type = r("ORG_TYPE");
            var patients = PublishedTable.Number(r("NUMBER_OF_PATIENTS"))!.Value;
            var (sex, band) = (r("SEX"), r("AGE_GROUP_5"));
            var isAll = sex == "ALL" && band == "ALL";
            var isOld = sex != "ALL" && Older.Contains(band);
            if (type == "Comm Region")
            {
                all += isAll ? patients : 0;
                old += isOld ? patients : 0;
                female += sex == "FEMALE" && band == "ALL" ? patients : 0;
            }
            else if (type == "GP")
            {
                var (a, o) = practices.GetValueOrDefault(r("ORG_CODE"));
                practices[r("ORG_CODE")] = (a + (isAll ? patients : 0), o + (isOld ? patients : 0));
            }
        }

        return (practices.Where(p => p.Value.All > 0).ToDictionary(p => p.Key, p => p.Value.Old / p.Value.All, StringComparer.Ordinal), old / all, female / all);
    }
}
