using Analysis.Data.Geography;
using Analysis.Data.Panels;
using Analysis.Data.Periods;
using Analysis.Data.Summaries;

namespace Analysis.Reports;

/// <summary>
/// Computes the <see cref="ReportModel"/> once: the panel, the engine at practice, PCN, sub-ICB, ICB, region and
/// England level for the reported month and for the end of each trend year, the headline indicator by deprivation
/// decile with its slope index, GP supply by area, and the tree of areas and practices the pages hang from.
/// </summary>
internal static class ReportModelBuilder
{
    private static readonly Level[] Levels = [Level.Practice, Level.Pcn, Level.SubIcb, Level.Icb, Level.Region, Level.England];
    private static readonly AreaLevel[] Tiers = [AreaLevel.Region, AreaLevel.Icb, AreaLevel.SubIcb, AreaLevel.Pcn];

    public static ReportModel Build(ReportRequest request, IProgress<ReportProgress>? progress)
    {
        var indicators = request.Indicators;
        if (indicators.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"indicator id {twice.Key} is given more than once", nameof(request));
        }

        progress?.Report(new ReportProgress(ReportStage.BuildingPanel, 0, 1));
        Panel panel;
        try
        {
            panel = Panel.Build(request.Data);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException("the data has no practices to report on: " + e.Message, nameof(request), e);
        }

        progress?.Report(new ReportProgress(ReportStage.BuildingPanel, 1, 1));
        if (request.Period is { } asked && (asked < panel.First || asked > panel.Last))
        {
            throw new ArgumentException($"the period {asked} is outside the data, which runs from {panel.First} to {panel.Last}", nameof(request));
        }

        var index = indicators.Select((d, k) => (d.Id, k)).ToDictionary(p => p.Id, p => p.k, StringComparer.Ordinal);
        var engine = new IndicatorEngine(request.Engine);
        var headline = index.TryGetValue(request.HeadlineIndicator, out var h) ? h : -1;

        // The practice run comes first: its months decide which year-ends the trends need.
        var latest = new Dictionary<Level, IndicatorResults> { [Level.Practice] = Run(engine, panel, indicators, Level.Practice, request.Period) };
        var reported = latest[Level.Practice].Coverage.Select(c => c.Periods.Count > 0 ? c.Periods[^1] : panel.Last);
        var trendMonths = TrendTable.Months(reported, request.TrendYears, panel.First, panel.Last);
        var runs = (Levels.Length * (1 + trendMonths.Count)) + (headline >= 0 ? 2 : 0);
        var done = 1;
        progress?.Report(new ReportProgress(ReportStage.Computing, done, runs));

        var levels = new Dictionary<Level, LevelData>();
        foreach (var level in Levels)
        {
            if (!latest.TryGetValue(level, out var results))
            {
                results = Run(engine, panel, indicators, level, request.Period);
                progress?.Report(new ReportProgress(ReportStage.Computing, ++done, runs));
            }

            var data = new LevelData(level, results, index);
            foreach (var month in trendMonths)
            {
                var past = engine.Run(panel, indicators, level, month);
                data.Trend.Add(past, index);
                AddHeadline(data, past, headline >= 0 ? indicators[headline].Id : null);
                progress?.Report(new ReportProgress(ReportStage.Computing, ++done, runs));
            }

            AddHeadline(data, results, headline >= 0 ? indicators[headline].Id : null);
            levels[level] = data;
        }

        IndicatorResults? deciles = null;
        InequalityResult? inequality = null;
        if (headline >= 0)
        {
            IReadOnlyList<IndicatorDefinition> one = [indicators[headline]];
            deciles = Run(engine, panel, one, Level.DeprivationDecile, request.Period);
            progress?.Report(new ReportProgress(ReportStage.Computing, ++done, runs));
            inequality = engine.Inequality(panel, one, request.Period, request.InequalityRepetitions, seed: 1)[0];
            progress?.Report(new ReportProgress(ReportStage.Computing, ++done, runs));
        }

        var supplyMonth = request.Period is { } p
            ? panel.At(p).Any(r => r.Workforce?.QualifiedGpFte is not null && r.WeightedPatients is > 0) ? p : null
            : SupplyByArea.LatestMonthWithSupplyAndNeed(panel);
        var supply = new Dictionary<AreaLevel, IReadOnlyList<AreaSupply>>();
        AreaSupply? england = null;
        foreach (var tier in Tiers)
        {
            if (supplyMonth is { } month)
            {
                var (all, byArea) = SupplyByArea.In(panel, month, tier);
                (england, supply[tier]) = (all, byArea);
            }
            else
            {
                supply[tier] = [];
            }
        }

        var (practices, areas) = Tree(panel, levels[Level.Practice], supply);
        return new ReportModel
        {
            Request = request,
            Panel = panel,
            Indicators = indicators,
            Levels = levels,
            Headline = headline,
            Deciles = deciles,
            Inequality = inequality,
            SupplyMonth = supplyMonth,
            EnglandSupply = england,
            Supply = supply,
            Practices = practices,
            Areas = areas,
            Unavailable = [.. indicators.Select((d, k) => Availability.Reason(d, levels[Level.Practice].Latest.Coverage[k], panel.Coverage))],
            Explainer = new ValueExplainer(panel, indicators),
        };
    }

    private static IndicatorResults Run(IndicatorEngine engine, Panel panel, IReadOnlyList<IndicatorDefinition> indicators, Level level, Month? period) =>
        engine.Run(panel, indicators, level, period);

    private static void AddHeadline(LevelData data, IndicatorResults results, string? id)
    {
        if (id is null)
        {
            return;
        }

        foreach (var v in results.Values)
        {
            if (v.Value is null || !string.Equals(v.IndicatorId, id, StringComparison.Ordinal))
            {
                continue;
            }

            if (!data.Headline.TryGetValue(v.AreaCode, out var list))
            {
                data.Headline[v.AreaCode] = list = [];
            }

            list.Add(v);
        }
    }

    /// <summary>
    /// Practices with a value entry at practice level, each placed in its areas as of its latest month; each area's
    /// parent is the one most of its practices name (codes break ties), and its name the one its latest row gives.
    /// </summary>
    private static (IReadOnlyList<PracticeNode>, IReadOnlyDictionary<AreaLevel, IReadOnlyList<AreaNode>>) Tree(
        Panel panel, LevelData practiceLevel, IReadOnlyDictionary<AreaLevel, IReadOnlyList<AreaSupply>> supply)
    {
        var wanted = practiceLevel.Areas.ToHashSet(StringComparer.Ordinal);
        var practices = new List<PracticeNode>();
        var nodes = Tiers.ToDictionary(t => t, _ => new Dictionary<string, AreaNode>(StringComparer.Ordinal));
        var named = new Dictionary<AreaNode, Month>();
        var parents = new Dictionary<AreaNode, Dictionary<AreaNode, int>>();
        var rows = panel.Rows;
        for (var i = 0; i < rows.Count;)
        {
            var start = i;
            while (i < rows.Count && rows[i].Practice == rows[start].Practice)
            {
                i++;
            }

            var last = rows[i - 1];
            var code = last.Practice.Value;
            if (!wanted.Contains(code))
            {
                continue;
            }

            var practice = new PracticeNode(last.Practice, last.Name ?? code, start, i - start);
            practices.Add(practice);
            AreaNode? below = null;
            foreach (var tier in new[] { AreaLevel.Pcn, AreaLevel.SubIcb, AreaLevel.Icb, AreaLevel.Region })
            {
                if (last.Geography.At(tier) is not { } area)
                {
                    continue;
                }

                if (!nodes[tier].TryGetValue(area.Code, out var node))
                {
                    nodes[tier][area.Code] = node = new AreaNode(tier, area.Code, area.Name);
                    named[node] = last.Month;
                }
                else if (last.Month > named[node])
                {
                    node.Name = area.Name;
                    named[node] = last.Month;
                }

                node.Practices.Add(practice);
                Place(practice, node);
                if (below is not null)
                {
                    var counts = parents.TryGetValue(below, out var c) ? c : parents[below] = [];
                    counts[node] = counts.GetValueOrDefault(node) + 1;
                }

                below = node;
            }
        }

        foreach (var (child, counts) in parents)
        {
            child.Parent = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Code, StringComparer.Ordinal).First().Key;
            child.Parent.Children.Add(child);
        }

        var areas = new Dictionary<AreaLevel, IReadOnlyList<AreaNode>>();
        foreach (var tier in Tiers)
        {
            var bySupply = supply[tier].Where(s => s.Area is not null).ToDictionary(s => s.Area!.Code, StringComparer.Ordinal);
            var list = nodes[tier].Values.OrderBy(n => n.Code, StringComparer.Ordinal).ToList();
            foreach (var node in list)
            {
                node.Supply = bySupply.GetValueOrDefault(node.Code);
                node.Children.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName : string.CompareOrdinal(a.Code, b.Code));
            }

            areas[tier] = list;
        }

        return (practices, areas);
    }

    private static void Place(PracticeNode practice, AreaNode area)
    {
        switch (area.Level)
        {
            case AreaLevel.Region: practice.Region = area; break;
            case AreaLevel.Icb: practice.Icb = area; break;
            case AreaLevel.SubIcb: practice.SubIcb = area; break;
            default: practice.Pcn = area; break;
        }
    }
}
