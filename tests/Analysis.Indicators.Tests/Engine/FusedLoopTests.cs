using System.Linq.Expressions;
using Analysis.Data.Panels;
using Analysis.Indicators.Tests.Engine.Support;

namespace Analysis.Indicators.Tests.Engine;

/// <summary>
/// Property: on random panels and random indicators drawn from a pool of expression shapes (chains through
/// missing records, <c>??</c>, <c>?:</c>, integer division, <c>Math</c>, captured variables, string tests), the
/// fused loop over columns gives the same sums and counts, area by area and month by month, as evaluating each
/// row on its own in decimal arithmetic.
/// </summary>
public sealed class FusedLoopTests
{
    private static readonly decimal Threshold = 2_000m;

    // Plain shapes (no ?: or ??) also have their missing-row reasons compared.
    private static readonly (Expression<Func<PanelRow, decimal?>> Expression, bool Plain)[] Values =
    [
        (p => p.Workforce!.QualifiedGpFte, true),
        (p => p.Workforce!.QualifiedGpFte + p.Workforce.NurseFte, true),
        (p => p.Workforce!.NurseFte ?? 0m, false),
        (p => p.WeightedPatients, true),
        (p => p.RegisteredPatients, false),
        (p => p.Registration!.Patients, true),
        (p => p.WeightedPatients / p.RegisteredPatients, false),
        (p => p.Workforce!.QualifiedGpHeadcount - p.Workforce.GpsAged55PlusHeadcount, true),
        (p => p.Workforce!.QualifiedGpHeadcount / 3, true),
        (p => p.DeprivationDecile >= 5 ? p.WeightedPatients : p.Payments!.RegisteredPatients, false),
        (p => Math.Max(p.Workforce!.QualifiedGpFte ?? 0m, 1m), false),
        (p => p.Workforce!.AdminFte * 2.5m - 1m, true),
        (p => p.Payments!.GlobalSum / 1000m, true),
        (p => p.Workforce == null ? 0m : 1m, false),
        (p => p.Geography.Icb!.Code == "Q01" ? 1m : 2m, false),
        (p => (decimal)Math.Round((double)(p.WeightedPatients ?? 0m) / 1000.0, 1), false),
        (p => p.Workforce!.QualifiedGpFte > Threshold / 1000m ? p.Workforce.QualifiedGpFte : null, false),
    ];

    private static readonly (Expression<Func<PanelRow, bool>> When, string Reason)[] Rules =
    [
        (p => p.RegisteredPatients < 3_000m, "small list"),
        (p => p.Workforce!.IsEstimated, "estimated"),
        (p => p.DeprivationDecile == null, "no decile"),
        (p => !(p.WeightedPatients > Threshold), "weighted at most 2,000"),
        (p => p.Registration!.Patients % 7 == 0, "divisible by seven"),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_fused_loop_gives_the_sums_and_counts_of_row_by_row_evaluation(int seed)
    {
        var panel = RandomPanels.Create(seed);
        var random = new Random(seed * 7919);
        var definitions = Enumerable.Range(0, 20).Select(i => RandomIndicator(random, i)).ToList();

        foreach (var level in new[] { Level.Icb, Level.Practice })
        {
            var (_, areas, tallies) = new IndicatorEngine().Aggregate(panel, definitions, level);
            var oracle = new RowOracle();
            for (var k = 0; k < definitions.Count; k++)
            {
                var expected = RowByRow(panel, definitions[k], level, oracle);
                foreach (var tally in tallies)
                {
                    var month = panel.First.Plus(tally.Month);
                    for (var b = 0; b <= areas.Count; b++)
                    {
                        var actual = tally.At(k, b);
                        var key = (b < areas.Count ? areas.Codes[b] : null, month);
                        var want = expected.GetValueOrDefault(key);
                        Assert.True(
                            (want.Used, want.Excluded, want.Missing) == (actual.Used, actual.Excluded, actual.Missing),
                            $"{definitions[k].Id} {level} {key}: expected {want}, fused {actual}");
                        Assert.True(Close(want.Numerator, actual.Numerator) && Close(want.Denominator, actual.Denominator), $"{definitions[k].Id} {key}: expected {want}, fused {actual}");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Missing_rows_of_plain_expressions_carry_the_reason_of_their_first_empty_read(int seed)
    {
        var panel = RandomPanels.Create(seed);
        var plain = Values.Where(v => v.Plain).Select(v => v.Expression).ToArray();
        var definitions = Enumerable.Range(0, plain.Length).Select(i => Ratio($"PX{i:D2}", plain[i], plain[(i + 3) % plain.Length])).ToList();

        var results = new IndicatorEngine().RunAllMonths(panel, definitions, Level.England);

        var oracle = new RowOracle();
        for (var k = 0; k < definitions.Count; k++)
        {
            var numerator = oracle.Compile<decimal?>(definitions[k].Numerator!);
            var denominator = oracle.Compile<decimal?>(definitions[k].Denominator!);
            var months = results.Coverage[k].Periods.ToHashSet();
            var expected = panel.Rows.Where(r => months.Contains(r.Month))
                .Select(r => numerator(r) is { Value: null } n ? oracle.Reason(n.Reason) : denominator(r) is { Value: null } d ? oracle.Reason(d.Reason) : null)
                .OfType<string>()
                .GroupBy(r => r)
                .ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), results.Coverage[k].Missing.ToDictionary(m => m.Reason, m => m.Rows).OrderBy(e => e.Key, StringComparer.Ordinal));
        }
    }

    private static Dictionary<(string? Area, Data.Periods.Month Month), Totals> RowByRow(Panel panel, IndicatorDefinition d, Level level, RowOracle oracle)
    {
        var numerator = oracle.Compile<decimal?>(d.Numerator!);
        var denominator = oracle.Compile<decimal?>(d.Denominator!);
        var rules = d.Exclusions.Select(e => oracle.Compile<bool>(e.When)).ToList();
        var totals = new Dictionary<(string?, Data.Periods.Month), Totals>();
        foreach (var row in panel.Rows)
        {
            var key = (level == Level.Practice ? row.Practice.Value : row.Geography.Icb?.Code, row.Month);
            var t = totals.GetValueOrDefault(key);
            if (rules.Any(rule => rule(row).Value))
            {
                t = t with { Excluded = t.Excluded + 1 };
            }
            else if (numerator(row).Value is { } n && denominator(row).Value is { } v)
            {
                t = t with { Used = t.Used + 1, Numerator = t.Numerator + (double)n, Denominator = t.Denominator + (double)v };
            }
            else
            {
                t = t with { Missing = t.Missing + 1 };
            }

            totals[key] = t;
        }

        return totals;
    }

    private static IndicatorDefinition RandomIndicator(Random random, int i)
    {
        var d = Ratio($"RX{i:D2}", Values[random.Next(Values.Length)].Expression, Values[random.Next(Values.Length)].Expression);
        var rules = Rules.Where(_ => random.NextDouble() < 0.3).Select(r => new Exclusion(r.Reason, r.When)).ToList();
        return d with { Exclusions = rules };
    }

    private static IndicatorDefinition Ratio(string id, Expression<Func<PanelRow, decimal?>> numerator, Expression<Func<PanelRow, decimal?>> denominator) =>
        Define.Indicator(id, id).Ratio().Numerator(numerator).Denominator(denominator).NoJudgement().Build();

    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected));

    private readonly record struct Totals(double Numerator, double Denominator, int Used, int Excluded, int Missing);
}
