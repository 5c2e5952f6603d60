using Analysis.Data.Codes;
using Analysis.Data.Deprivation;
using Analysis.Data.Geography;
using Analysis.Data.Payments;
using Analysis.Data.Periods;
using Analysis.Data.Qof;
using Analysis.Data.Registrations;
using Analysis.Data.Survey;
using Analysis.Data.Workforce;

namespace Analysis.Data.Panels;

/// <summary>
/// Builds a <see cref="Panel"/>: lays each dataset out in time, decides each practice's open span,
/// then walks practices and months once, joining the record in force for each.
/// </summary>
internal static class PanelBuilder
{
    // A monthly count older than this is not "as of" the month; workforce censuses were annual until 2020.
    private const int RegistrationMonthsInForce = 3;
    private const int WorkforceMonthsInForce = 12;

    public static Panel Build(NhsData data, PanelOptions options)
    {
        // The datasets are laid out in time independently, so on as many cores as there are.
        Timeline<PracticePayments> payments = null!;
        Timeline<QofAchievement> qof = null!;
        Timeline<PrevalenceYear> prevalence = null!;
        Timeline<RegisteredPatients> registrations = null!;
        Timeline<SurveyResult> survey = null!;
        Timeline<WorkforceSnapshot> workforce = null!;
        GeographyHistory geography = null!;
        PracticeLifetimes lifetimes = null!;
        Parallel.Invoke(
            () => payments = Timeline<PracticePayments>.Spans(data.Payments, r => r.Practice, r => YearSpan(r.Year)),
            () => qof = Timeline<QofAchievement>.Spans(data.QofAchievement, r => r.Practice, r => YearSpan(r.Year)),
            () => prevalence = Timeline<PrevalenceYear>.Spans(PrevalenceYear.Group(data.QofPrevalence), r => r.Practice, r => YearSpan(r.Year)),
            () => registrations = Timeline<RegisteredPatients>.AsOf(data.RegisteredPatients, r => r.Practice, r => r.Month, RegistrationMonthsInForce),
            () => survey = Timeline<SurveyResult>.Spans(data.Survey, r => r.Practice, r => (r.Year.Published, r.Year.Published.Plus(11))),
            () => workforce = WorkforceTimeline(data.Workforce),
            () => geography = Geography(data),
            () => lifetimes = PracticeLifetimes.From(data));
        var deprivation = LatestDeprivation(data.PracticeDeprivation);
        var deciles = Deciles(deprivation);

        var extents = new[] { payments.Extent(), qof.Extent(), prevalence.Extent(), registrations.Extent(), survey.Extent(), workforce.Extent() }
            .Where(e => e is not null).Select(e => e!.Value).ToList();
        var first = options.First ?? (extents.Count > 0 ? extents.Min(e => e.First) : throw new ArgumentException("no dated practice data to build a panel from; give PanelOptions.First and Last"));
        var last = options.Last ?? extents.Max(e => e.Last);

        var practices = payments.Practices.Concat(qof.Practices).Concat(prevalence.Practices).Concat(registrations.Practices)
            .Concat(survey.Practices).Concat(workforce.Practices).Distinct().Order().ToArray();
        (PanelDataset, Func<PanelRow, bool>, Func<Month, bool>, bool)[] datasets =
        [
            (PanelDataset.Payments, row => row.Payments is not null, payments.Covers, !payments.IsEmpty),
            (PanelDataset.Workforce, row => row.Workforce is not null, workforce.Covers, !workforce.IsEmpty),
            (PanelDataset.Registrations, row => row.Registration is not null, registrations.Covers, !registrations.IsEmpty),
            (PanelDataset.Qof, row => row.Qof is not null, qof.Covers, !qof.IsEmpty),
            (PanelDataset.Prevalence, row => row.Prevalence is not null, prevalence.Covers, !prevalence.IsEmpty),
            (PanelDataset.Survey, row => row.Survey is not null, survey.Covers, !survey.IsEmpty),
            (PanelDataset.Deprivation, row => row.Deprivation is not null, _ => true, deprivation.Count > 0),
            (PanelDataset.Geography, row => row.Geography.SubIcb is not null, _ => true, true),
        ];

        // Practices are independent too: each chunk of them gets its own rows and coverage tally,
        // joined afterwards in practice order.
        var chunks = Chunk(practices.Length, Environment.ProcessorCount * 4);
        var parts = new (List<PanelRow> Rows, CoverageCounter Coverage)[chunks.Count];
        Parallel.For(0, chunks.Count, c =>
        {
            var (from, to) = chunks[c];
            var rows = new List<PanelRow>((to - from) * Math.Max(1, last.MonthsSince(first) + 1));
            var coverage = new CoverageCounter(datasets);
            for (var i = from; i < to; i++)
            {
                var practice = practices[i];
                var appearance = Union(payments.Extent(practice), qof.Extent(practice), prevalence.Extent(practice),
                    registrations.Extent(practice), survey.Extent(practice), workforce.Extent(practice));
                var (open, close) = lifetimes.Of(practice);
                var start = Later(first, open ?? appearance!.Value.First);
                var end = Earlier(last, close ?? appearance!.Value.Last);

                var p = payments.For(practice);
                var q = qof.For(practice);
                var v = prevalence.For(practice);
                var r = registrations.For(practice);
                var s = survey.For(practice);
                var w = workforce.For(practice);
                var g = geography.For(practice);
                deprivation.TryGetValue(practice, out var imd);
                int? decile = deciles.TryGetValue(practice, out var d) ? d : null;
                var name = lifetimes.NameOf(practice);

                for (var month = start; month <= end; month = month.Plus(1))
                {
                    var row = new PanelRow
                    {
                        Practice = practice,
                        Month = month,
                        Name = name,
                        Geography = g.At(month),
                        Payments = p.At(month),
                        Qof = q.At(month),
                        Prevalence = v.At(month)?.Registers,
                        Registration = r.At(month),
                        Survey = s.At(month),
                        Workforce = w.At(month),
                        Deprivation = imd,
                        DeprivationDecile = decile,
                    };
                    rows.Add(row);
                    coverage.Count(row, open, close);
                }
            }

            parts[c] = (rows, coverage);
        });

        var all = new List<PanelRow>(parts.Sum(p => p.Rows.Count));
        foreach (var part in parts)
        {
            all.AddRange(part.Rows);
        }

        return new Panel(all, first, last, CoverageCounter.Report(parts.Select(p => p.Coverage)));
    }

    private static List<(int From, int To)> Chunk(int count, int chunks)
    {
        var size = Math.Max(1, (count + chunks - 1) / chunks);
        var list = new List<(int, int)>();
        for (var from = 0; from < count; from += size)
        {
            list.Add((from, Math.Min(count, from + size)));
        }

        return list;
    }

    private static (Month, Month) YearSpan(FinancialYear year) => (year.FirstMonth, year.LastMonth);

    private static Timeline<WorkforceSnapshot> WorkforceTimeline(IReadOnlyList<WorkforceSnapshot> snapshots)
    {
        // Annual means apply to their whole financial year; censuses apply until the next one.
        var annual = snapshots.Where(s => s.MeanOverYear is not null).ToList();
        var censuses = snapshots.Where(s => s.MeanOverYear is null).ToList();
        return censuses.Count >= annual.Count
            ? Timeline<WorkforceSnapshot>.AsOf(censuses, s => s.Practice, s => s.Census, WorkforceMonthsInForce)
            : Timeline<WorkforceSnapshot>.Spans(annual, s => s.Practice, s => YearSpan(s.MeanOverYear!.Value));
    }

    private static Dictionary<OdsCode, PracticeDeprivation> LatestDeprivation(IReadOnlyList<PracticeDeprivation> scores) =>
        scores.GroupBy(s => s.Practice).ToDictionary(g => g.Key, g => g.MaxBy(s => s.ImdYear)!);

    // National deciles among practices scored on the latest IMD vintage; 1 = least deprived.
    private static IReadOnlyDictionary<OdsCode, int> Deciles(Dictionary<OdsCode, PracticeDeprivation> scores)
    {
        var latest = scores.Values.Select(s => s.ImdYear).DefaultIfEmpty().Max();
        return DeprivationQuantiles.Assign(scores.Values.Where(s => s.ImdYear == latest), 10);
    }

    private static GeographyHistory Geography(NhsData data)
    {
        // Most authoritative first: the practice map, then workforce, payments and QOF files fill gaps.
        var history = new GeographyHistory();
        foreach (var m in data.PracticeMap)
        {
            history.Add(m.Practice, m.Month, m.Geography);
        }

        foreach (var w in data.Workforce.Where(w => w.Geography is not null))
        {
            history.Add(w.Practice, w.Census, w.Geography!);
        }

        foreach (var p in data.Payments)
        {
            history.Add(p.Practice, p.Year.FirstMonth, new PracticeGeography(p.Pcn, p.SubIcb, null, p.Region));
        }

        foreach (var q in data.QofAchievement)
        {
            history.Add(q.Practice, q.Year.FirstMonth, new PracticeGeography(q.Pcn, q.SubIcb, q.Icb, q.Region));
        }

        history.ResolveAll();
        return history;
    }

    private static (Month First, Month Last)? Union(params (Month First, Month Last)?[] extents)
    {
        var present = extents.Where(e => e is not null).Select(e => e!.Value).ToList();
        return present.Count == 0 ? null : (present.Min(e => e.First), present.Max(e => e.Last));
    }

    private static Month Later(Month a, Month b) => a > b ? a : b;

    private static Month Earlier(Month a, Month b) => a < b ? a : b;
}
