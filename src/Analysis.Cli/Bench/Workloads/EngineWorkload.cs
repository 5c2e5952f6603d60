using System.Globalization;
using System.Text;
using Analysis.Data.Panels;
using Analysis.Data.Periods;
using Analysis.Indicators;
using DuckDB.NET.Data;

namespace Analysis.Cli.Bench.Workloads;

/// <summary>
/// Figure 1: the engine against DuckDB on the same sums. Both sides get the same panel; DuckDB holds the 15 fields
/// the 50 indicators read (keyed by practice, ICB and month, loaded once with its appender) and runs one
/// <c>GROUP BY key, month</c> with, per indicator, the sums of numerator and denominator and the count of rows where
/// both are known (the engine's rule). The engine sums every month for every area of the level, its columns already
/// extracted and its loops compiled by a first run, as DuckDB's table is already loaded.
/// </summary>
internal sealed class EngineWorkload : IDisposable
{
    private readonly DuckDBConnection _duck;

    public EngineWorkload(int practices, int months)
    {
        Panel = SyntheticPanel.Build(practices, months);
        Indicators = BenchIndicators.Define();
        Engine = new IndicatorEngine();
        _duck = LoadFields(Panel, out var icbs, out var practiceCodes);
        IcbCodes = icbs;
        PracticeCodes = practiceCodes;
    }

    public Panel Panel { get; }

    public List<IndicatorDefinition> Indicators { get; }

    public IndicatorEngine Engine { get; }

    /// <summary>The ICB codes in the order of their integer keys in DuckDB's table.</summary>
    public IReadOnlyList<string> IcbCodes { get; }

    /// <summary>The practice codes in the order of their integer keys in DuckDB's table.</summary>
    public IReadOnlyList<string> PracticeCodes { get; }

    /// <summary>
    /// Ours: the engine's sums for every area of <paramref name="level"/> and every month (its public
    /// <see cref="IndicatorEngine.Sums"/>: no intervals, ranks or funnels, which DuckDB is not asked for either).
    /// </summary>
    public IndicatorSums EngineSums(Level level) => Engine.Sums(Panel, Indicators, level);

    /// <summary>The peer: DuckDB's GROUP BY over the loaded table; returns the sum of every numerator, to be used.</summary>
    public double DuckDbSums(Level level)
    {
        using var command = _duck.CreateCommand();
        command.CommandText = Query(level);
        using var reader = command.ExecuteReader();
        var total = 0.0;
        while (reader.Read())
        {
            total += reader.IsDBNull(2) ? 0 : reader.GetDouble(2);
        }

        return total;
    }

    /// <summary>
    /// Every cell where DuckDB's sums for <paramref name="month"/> differ from the engine's (empty when they agree):
    /// numerator, denominator and count of every indicator in every area of the level from <see cref="EngineSums"/>
    /// (what is timed), and numerator and denominator from the engine's public results (what analysts read).
    /// </summary>
    public IReadOnlyList<string> Disagreements(Level level, Month month)
    {
        var keys = level == Level.Icb ? IcbCodes : PracticeCodes;
        var offset = month.MonthsSince(Panel.First);
        var duck = new Dictionary<(string Area, string Id), (double N, double D, long C)>();
        using (var command = _duck.CreateCommand())
        {
            command.CommandText = Query(level);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (reader.IsDBNull(0) || reader.GetInt32(1) != offset)
                {
                    continue;
                }

                for (var k = 0; k < Indicators.Count; k++)
                {
                    if (reader.GetInt64(4 + (3 * k)) is > 0 and var count)
                    {
                        duck[(keys[reader.GetInt32(0)], Indicators[k].Id)] = (reader.GetDouble(2 + (3 * k)), reader.GetDouble(3 + (3 * k)), count);
                    }
                }
            }
        }

        var problems = new List<string>();
        var engine = EngineSums(level);
        var summed = 0;
        foreach (var area in engine.AreaCodes)
        {
            foreach (var indicator in Indicators)
            {
                var (n, d, c) = engine.Get(indicator.Id, area, month);
                var known = duck.TryGetValue((area, indicator.Id), out var peer);
                summed += c > 0 ? 1 : 0;
                if ((c > 0 || known) && (!known || c != peer.C || !Close(n, peer.N) || !Close(d, peer.D)))
                {
                    problems.Add(Invariant($"{indicator.Id} {area} sums: engine {n}/{d} over {c}, DuckDB {(known ? Invariant($"{peer.N}/{peer.D} over {peer.C}") : "no rows")}"));
                }
            }
        }

        if (summed != duck.Count)
        {
            problems.Add(Invariant($"engine sums have {summed} cells with rows, DuckDB {duck.Count}"));
        }

        var results = new IndicatorEngine(new EngineOptions { SuppressBelow = 0 }).Run(Panel, Indicators, level, month);
        var seen = 0;
        foreach (var value in results.Values.Where(v => v.Numerator is not null && v.Denominator is not null))
        {
            seen++;
            if (!duck.TryGetValue((value.AreaCode, value.IndicatorId), out var sums))
            {
                problems.Add(Invariant($"{value.IndicatorId} {value.AreaCode}: engine {value.Numerator}/{value.Denominator}, DuckDB no rows"));
            }
            else if (!Close(value.Numerator!.Value, sums.N) || !Close(value.Denominator!.Value, sums.D))
            {
                problems.Add(Invariant($"{value.IndicatorId} {value.AreaCode}: engine {value.Numerator}/{value.Denominator}, DuckDB {sums.N}/{sums.D}"));
            }
        }

        if (seen != duck.Count)
        {
            problems.Add(Invariant($"engine has {seen} cells with sums, DuckDB {duck.Count}"));
        }

        return problems;
    }

    public void Dispose() => _duck.Dispose();

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(b));

    private static string Query(Level level)
    {
        var key = level switch
        {
            Level.Icb => "icb",
            Level.Practice => "practice",
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "the benchmark sums by ICB or practice"),
        };
        var fields = BenchIndicators.Fields;
        var sql = new StringBuilder("SELECT " + key + ", month");
        var pairs = BenchIndicators.Pairs;
        for (var i = 0; i < pairs.Count; i++)
        {
            var n = pairs[i].Plus is { } plus ? $"({fields[pairs[i].Numerator].Column} + {fields[plus].Column})" : fields[pairs[i].Numerator].Column;
            var d = fields[pairs[i].Denominator].Column;
            var both = $"{n} IS NOT NULL AND {d} IS NOT NULL";
            sql.Append(Invariant($", SUM(CASE WHEN {both} THEN {n} END) AS n{i}, SUM(CASE WHEN {both} THEN {d} END) AS d{i}, COUNT(CASE WHEN {both} THEN 1 END) AS c{i}"));
        }

        return sql.Append(" FROM fields GROUP BY " + key + ", month").ToString();
    }

    private static DuckDBConnection LoadFields(Panel panel, out IReadOnlyList<string> icbCodes, out IReadOnlyList<string> practiceCodes)
    {
        var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using (var create = duck.CreateCommand())
        {
            create.CommandText = "CREATE TABLE fields (practice INTEGER, icb INTEGER, month INTEGER, " + string.Join(", ", BenchIndicators.Fields.Select(f => f.Column + " DOUBLE")) + ")";
            create.ExecuteNonQuery();
        }

        // Keys numbered in order of first appearance, so they are integers as the engine's are.
        var icbs = new Dictionary<string, int>(StringComparer.Ordinal);
        var practices = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var appender = duck.CreateAppender("fields"))
        {
            foreach (var row in panel.Rows)
            {
                var appending = appender.CreateRow()
                    .AppendValue(Index(practices, row.Practice.ToString()))
                    .AppendValue(row.Geography.Icb?.Code is { } icb ? Index(icbs, icb) : null)
                    .AppendValue(row.Month.MonthsSince(panel.First));
                foreach (var field in BenchIndicators.Fields)
                {
                    appending = appending.AppendValue(field.Load(row));
                }

                appending.EndRow();
            }
        }

        icbCodes = [.. icbs.OrderBy(p => p.Value).Select(p => p.Key)];
        practiceCodes = [.. practices.OrderBy(p => p.Value).Select(p => p.Key)];
        return duck;
    }

    private static int? Index(Dictionary<string, int> keys, string code) =>
        keys.TryGetValue(code, out var known) ? known : keys[code] = keys.Count;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
