using Analysis.Data.Deprivation;
using Analysis.Data.Ods;
using Analysis.Data.Payments;
using Analysis.Data.Qof;
using Analysis.Data.Reading;
using Analysis.Data.Registrations;
using Analysis.Data.Sample;
using Analysis.Data.Sample.Model;
using Analysis.Data.Survey;
using Analysis.Data.Workforce;

namespace Analysis.Data.Tests.Sample;

/// <summary>Every file the sample writes is read back by the publication readers, whole, with the values generated.</summary>
[Collection(SampleCollection.Name)]
public sealed class RoundTripTests(SampleFixture sample)
{
    public static TheoryData<string> Files()
    {
        // The file list of the default options, without generating: one theory case per file.
        var model = new SampleModel { Options = SampleOptions.Default, Practices = [], Pcns = [] };
        return new TheoryData<string>(Analysis.Data.Sample.SyntheticEngland.Jobs(model).Select(j => j.RelativePath).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_is_identified_as_its_publication_and_read_without_rejections(string path)
    {
        var file = sample.Manifest.Files.Single(f => f.Path == path);

        var report = NhsFile.Inspect(sample.PathOf(path), new ReaderOptions { Period = file.Period });

        Assert.Equal(file.Kind, report.Kind);
        Assert.Equal(0, report.RowsRejected);
        Assert.Equal(file.Rows, report.DataRows);
        Assert.Equal(file.Rows, report.RowsRead + report.Skipped.Values.Sum());
    }

    [Fact]
    public void Payments_read_back_with_each_year_from_its_own_layout()
    {
        foreach (var (year, y) in sample.Model.Years.Select((year, y) => (year, y)))
        {
            var read = Read<PracticePayments>($"payments/nhspaymentsgp-{year.StartYear % 100:D2}-{year.EndYear % 100:D2}-prac-csv.csv").ToDictionary(r => r.Practice);
            foreach (var (practice, generated) in sample.Model.InYear(y).Take(200))
            {
                var row = read[practice.Code];
                Assert.Equal(year, row.Year);
                Assert.Equal((double)generated.Weighted, (double)row.WeightedPatients!.Value * (year.StartYear is 2020 or 2021 ? (double)generated.Registered / generated.LastList : 1), 0.02 * (double)generated.Weighted / generated.LastList + 0.011);
                Assert.Equal(practice.Dispensing, row.Dispensing);
                Assert.Equal(practice.Contract, row.Contract);
                Assert.Equal(practice.SubIcb.Code, row.SubIcb?.Code);
            }
        }
    }

    [Fact]
    public void Registered_lists_read_back_at_every_quarter()
    {
        foreach (var (month, q) in sample.Model.Quarters.Select((m, q) => (m, q)))
        {
            var read = Read<RegisteredPatients>($"registrations/gp-reg-pat-prac-all-{month}.csv");
            var generated = sample.Model.Practices.Where(p => p.Lists[q] > 0).ToDictionary(p => p.Code, p => p.Lists[q]);

            Assert.Equal(generated.Count, read.Count);
            Assert.All(read, r => Assert.Equal(generated[r.Practice], r.Patients));
            Assert.All(read, r => Assert.Equal(month, r.Month));
        }
    }

    [Fact]
    public void Workforce_censuses_read_back_with_the_generated_staff()
    {
        foreach (var (year, y) in sample.Model.Years.Select((year, y) => (year, y)))
        {
            var file = sample.Manifest.Files.Single(f => f.Kind == DatasetKind.WorkforceDetailed && f.Period == $"{year.StartYear}-09");
            var read = NhsFile.Read<WorkforceSnapshot>(sample.PathOf(file.Path), new ReaderOptions { Period = file.Period }).Rows.ToDictionary(r => r.Practice);
            foreach (var (practice, generated) in sample.Model.InYear(y).Where(x => x.Year.Census is not null).Take(300))
            {
                var census = generated.Census!;
                var row = read[practice.Code];
                Assert.Equal(census.QualifiedGpFte, (double)row.QualifiedGpFte!.Value, 1e-6);
                Assert.Equal(census.GroupFte(StaffGroup.Nurse), (double)row.NurseFte!.Value, 1e-6);
                Assert.Equal(census.Patients, row.RegisteredPatients);
                Assert.Equal(census.Month, row.Census);
            }
        }
    }

    [Fact]
    public void Qof_achievement_and_registers_read_back()
    {
        var year = sample.Model.Years[^1];
        var y = sample.Model.Years.Count - 1;
        var achievement = Read<QofAchievement>($"qof/QOF {year}.csv").ToDictionary(r => r.Practice);
        var registers = Read<QofPrevalence>($"qof/PREVALENCE_{year.StartYear % 100:D2}{year.EndYear % 100:D2}.csv")
            .ToLookup(r => r.Practice);
        foreach (var (practice, generated) in sample.Model.InYear(y).Where(x => x.Practice.IsOpenOn(year.LastMonth.LastDay)).Take(300))
        {
            Assert.Equal(generated.Qof!.PointsAchieved, achievement[practice.Code].PointsAchieved);
            Assert.Equal(generated.Qof.Maximum, achievement[practice.Code].MaximumPoints);
            var dm = registers[practice.Code].Single(r => r.Register == "DM");
            Assert.Equal(generated.Registers.Single(r => r.Register == "DM").Count, dm.RegisterCount);
            Assert.Equal(year, dm.Year);
        }
    }

    [Fact]
    public void Survey_results_read_back_as_percentages_with_their_bases()
    {
        var y = sample.Model.Years.Count - 1;
        var wave = sample.Model.Years[y].EndYear;
        var read = Read<SurveyResult>($"survey/GPPS_{wave}_Practice_data_(weighted)_(csv)_PUBLIC.csv").ToDictionary(r => r.Practice);
        foreach (var (practice, generated) in sample.Model.InYear(y).Where(x => x.Year.Survey is not null).Take(300))
        {
            var overall = generated.Survey!["overallexp"];
            Assert.Equal(overall.Positive * 100, (double)read[practice.Code].OverallGoodPercent!.Value, 1e-5);
            Assert.Equal(overall.EvalBase, read[practice.Code].OverallBase);
        }
    }

    [Fact]
    public void Deprivation_scores_and_the_ods_list_read_back()
    {
        var scores = Read<PracticeDeprivation>("deprivation/indicator-data.csv").ToDictionary(r => r.Practice);
        var ods = Read<OdsOrganisation>("ods/epraccur.csv").ToDictionary(r => r.Code);
        foreach (var practice in sample.Model.Practices.Take(500))
        {
            if (scores.TryGetValue(practice.Code, out var score))
            {
                Assert.Equal(practice.Imd, (double)score.Score, 1e-9);
            }

            var organisation = ods[practice.Code.Value];
            Assert.Equal(practice.CloseDate, organisation.CloseDate);
            Assert.Equal(practice.CloseDate is null ? OrganisationStatus.Active : OrganisationStatus.Closed, organisation.Status);
            Assert.True(organisation.IsGpPractice);
        }
    }

    [Fact]
    public void Quinary_practice_rows_sum_to_the_list_and_regions_to_england()
    {
        var q = sample.Model.QuinaryQuarter;
        var rows = Read<AgeBandCount>($"registrations/gp-reg-pat-prac-quin-age-{sample.Model.Quarters[q]}.csv");
        var practice = sample.Model.Practices.First(p => p.Lists[q] > 0);
        var own = rows.Where(r => r.OrgType == "GP" && r.OrgCode == practice.Code.Value).ToList();

        Assert.Equal(practice.Lists[q], own.Single(r => r.Sex == Sex.All).Patients);
        Assert.Equal(practice.Lists[q], own.Where(r => r.Sex != Sex.All && r.AgeFrom is not null).Sum(r => r.Patients));
        Assert.Equal(
            rows.Where(r => r.OrgType == "GP" && r.Sex == Sex.All).Sum(r => (long)r.Patients),
            rows.Where(r => r.OrgType == "Comm Region" && r.Sex == Sex.All).Sum(r => (long)r.Patients));
    }

    [Fact]
    public void The_sample_folder_loads_with_its_periods_into_a_panel()
    {
        var data = NhsData.Load(sample.Directory);
        Assert.Empty(data.Unreadable);
        Assert.Equal(sample.Manifest.Files.Count, data.Reports.Count);
        var panel = Analysis.Data.Panels.Panel.Build(data);
        var month = Analysis.Data.Summaries.SupplyByArea.LatestMonthWithSupplyAndNeed(panel);
        var (england, regions) = Analysis.Data.Summaries.SupplyByArea.In(panel, month!.Value, Geography.AreaLevel.Region);

        Assert.Equal(new Analysis.Data.Periods.Month(2023, 3), month);
        Assert.Equal(7, regions.Count);
        Assert.InRange((double)england.GpFtePer10kWeighted, 4.0, 4.6);
    }

    private IReadOnlyList<T> Read<T>(string path)
        where T : class
    {
        var file = sample.Manifest.Files.Single(f => f.Path == path);
        var result = NhsFile.Read<T>(sample.PathOf(path), new ReaderOptions { Period = file.Period });
        Assert.Equal(0, result.Report.RowsRejected);
        return result.Rows;
    }
}
