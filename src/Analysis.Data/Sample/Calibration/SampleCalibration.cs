using Analysis.Data.Sample.Model;

namespace Analysis.Data.Sample.Calibration;

/// <summary>Reduces the generated sample to a <see cref="CalibrationFrame"/>, with the values its files state.</summary>
internal static class SampleCalibration
{
    public static CalibrationFrame Frame(SampleModel model)
    {
        var scored = model.ScoredForDeprivation.ToHashSet();
        var rows = new List<CalibrationRow>();
        foreach (var practice in model.Practices)
        {
            foreach (var year in practice.Years)
            {
                if (year is null)
                {
                    continue;
                }

                var census = year.Census;
                var qualified = census?.Staff.Where(s => s.IsQualifiedGp).ToList();
                rows.Add(new CalibrationRow
                {
                    Practice = practice.Code.Value,
                    Year = year.Year.StartYear,
                    Region = practice.SubIcb.Region.Code,
                    Icb = practice.SubIcb.Icb.Code,
                    Registered = (double)year.Registered,
                    Weighted = (double)year.Weighted,
                    Rural = practice.Rural,
                    Dispensing = practice.Dispensing,
                    Contract = practice.Contract.ToString().ToUpperInvariant(),
                    Imd = scored.Contains(practice) ? practice.Imd : null,
                    WorkforcePatients = census?.Patients,
                    QualifiedGpFte = census?.QualifiedGpFte,
                    TraineeAndLocumFte = census?.TraineeAndLocumFte,
                    NurseFte = census?.GroupFte(StaffGroup.Nurse),
                    DpcFte = census?.GroupFte(StaffGroup.DirectPatientCare),
                    AdminFte = census?.GroupFte(StaffGroup.Admin),
                    QualifiedGpHeadcount = qualified?.Count,
                    QualifiedGps55Plus = qualified?.Count(s => s.AgeBand is "55TO59" or "60TO64" or "65TO69" or "70PLUS"),
                    FemaleQualifiedGps = qualified?.Count(s => s.Female),
                    QofPercentOfMaximum = year.Qof?.PercentOfMaximum,
                    Prevalence = year.Registers.ToDictionary(r => r.Register, r => r.Prevalence, StringComparer.Ordinal),
                    PrevalenceList = year.Registers.Count > 0 ? year.LastList : null,
                    Share65 = AgeProfile.Share65(practice.AgeShares),
                    SurveyOverallGood = year.Survey?["overallexp"].Positive,
                    SurveyPhoneEasy = year.Survey?["localgpservicesphone"].Positive,
                });
            }
        }

        var quarter = model.QuinaryQuarter;
        var listed = model.Practices.Where(p => p.Lists[quarter] > 0).ToList();
        var total = listed.Sum(p => (double)p.Lists[quarter]);
        var share65 = listed.Sum(p => p.Lists[quarter] * AgeProfile.Share65(p.AgeShares)) / total;
        var female = listed.Sum(p => p.Lists[quarter] * p.AgeShares.AsSpan(0, AgeProfile.Bands).ToArray().Sum()) / total;
        return new CalibrationFrame(rows, model.EnglandImd(), share65, female);
    }
}
