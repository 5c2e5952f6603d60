using System.Globalization;
using Analysis.Data.Sample.Calibration;
using Analysis.Testing;
using Xunit.Abstractions;

namespace Analysis.Data.Tests.Sample;

[Collection(SampleCollection.Name)]
public sealed class CalibrationTests(SampleFixture sample, ITestOutputHelper output)
{
    [Fact]
    public void The_default_sample_meets_every_calibration_target()
    {
        var frame = SampleCalibration.Frame(sample.Model);
        var missed = CalibrationTargets.All
            .Select(t => (Target: t, Value: t.Measure(frame)))
            .Where(x => !x.Target.Met(x.Value))
            .Select(x => Invariant($"{x.Target.Id} {x.Target.Statistic}: sample {x.Value:0.####}, target {x.Target.Target} ± {x.Target.Tolerance}"))
            .ToList();

        Assert.True(missed.Count == 0, "targets missed:\n" + string.Join('\n', missed));
    }

    [SharedDataFact]
    public void Every_stated_target_is_what_the_real_file_says()
    {
        var real = PublishedCalibrationFrame.Load();
        var sampleFrame = SampleCalibration.Frame(sample.Model);
        var wrong = new List<string>();
        output.WriteLine("id   | target | real | sample | tolerance | statistic");
        foreach (var target in CalibrationTargets.All)
        {
            var sampleValue = target.Measure(sampleFrame);
            var realValue = target.Source is null ? double.NaN : target.Measure(real);
            output.WriteLine(Invariant($"{target.Id} | {target.Target} | {realValue:0.####} | {sampleValue:0.####} | ±{target.Tolerance} | {target.Statistic}"));

            // Targets are stated to three or four significant figures.
            if (target.Source is not null && Math.Abs(realValue - target.Target) > (0.005 * Math.Abs(target.Target)) + 0.0006)
            {
                wrong.Add(Invariant($"{target.Id} {target.Statistic}: stated {target.Target}, the file gives {realValue:0.#####}"));
            }
        }

        Assert.True(wrong.Count == 0, "targets that do not match the real files:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void Only_the_survey_assumptions_lack_a_shared_source()
    {
        var unsourced = CalibrationTargets.All.Where(t => t.Source is null).Select(t => t.Id).ToList();

        Assert.Equal(["S01", "S02", "S03", "S04"], unsourced);
    }

    [Fact]
    public void Target_identifiers_are_unique_and_every_tolerance_is_positive()
    {
        Assert.Equal(CalibrationTargets.All.Count, CalibrationTargets.All.Select(t => t.Id).Distinct().Count());
        Assert.All(CalibrationTargets.All, t => Assert.True(t.Tolerance > 0, t.Id));
    }

    [Fact]
    public void A_frame_far_from_England_misses_targets()
    {
        // The same sample with every list doubled fails the list-size targets: the check can fail.
        var frame = SampleCalibration.Frame(sample.Model);
        var doubled = new CalibrationFrame(frame.Rows.Select(r => r with { Registered = r.Registered * 2 }).ToList(), frame.EnglandImd, frame.EnglandShare65, frame.EnglandFemaleShare);
        var p01 = CalibrationTargets.All.Single(t => t.Id == "P01");

        Assert.False(p01.Met(p01.Measure(doubled)));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
