using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Analysis.Data;
using Analysis.Data.Codes;
using Analysis.Data.Geography;
using Analysis.Data.Panels;
using Analysis.Data.Payments;
using Analysis.Data.Periods;
using Analysis.Data.Registrations;
using Analysis.Data.Workforce;
using Analysis.Indicators;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;

namespace Analysis.Benchmarks;

/// <summary>
/// The engine against DuckDB (in the same process) on the same sums: 50 indicators (numerators and denominators
/// over workforce, payments and registration fields, some of them sums of two fields) over 7,000 practices × 120
/// months, summed by ICB and month. DuckDB holds the 15 distinct fields the indicators read in a table loaded with
/// its appender and runs one <c>GROUP BY icb, month</c> with, per indicator, the sum of numerator and denominator
/// and the row count over rows where both are known (the engine's rule); a second table holds the 100 numerator
/// and denominator columns already computed and blanked where either is missing, for plain <c>SUM</c>s.
/// </summary>
/// <remarks>
/// The baseline is the DuckDB query alone (table already loaded), against the engine with its columns already
/// extracted and its loops compiled: both then only sum. The cold pair adds what each needs first: DuckDB creating
/// and loading the table from the panel rows, the engine extracting its columns from the same rows and compiling.
/// <c>dotnet run -c Release --project benchmarks/Analysis.Benchmarks -- --filter '*EngineVsDuckDb*'</c>
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class EngineVsDuckDbBenchmarks
{
    private const int Practices = 7_000;
    private const int Months = 120;
    private const int Icbs = 42;

    private Panel _panel = null!;
    private List<IndicatorDefinition> _indicators = null!;
    private Pair[] _pairs = null!;
    private string _fieldsQuery = null!;
    private string _pairsQuery = null!;
    private IndicatorEngine _engine = null!;
    private DuckDBConnection _fields = null!;
    private DuckDBConnection _pairsTable = null!;
    private (Func<PanelRow, decimal?> Numerator, Func<PanelRow, decimal?> Denominator)[] _delegates = null!;
    private int[] _buckets = null!;

    /// <summary>The fields the indicators read: C# for the engine, SQL column and loader for DuckDB.</summary>
    private static readonly (string Column, Expression<Func<PanelRow, decimal?>> Read, Func<PanelRow, double?> Load)[] Fields =
    [
        ("qualified_gp_fte", p => p.Workforce!.QualifiedGpFte, p => (double?)p.Workforce?.QualifiedGpFte),
        ("all_gp_fte", p => p.Workforce!.AllGpFte, p => (double?)p.Workforce?.AllGpFte),
        ("trainee_gp_fte", p => p.Workforce!.TraineeGpFte, p => (double?)p.Workforce?.TraineeGpFte),
        ("nurse_fte", p => p.Workforce!.NurseFte, p => (double?)p.Workforce?.NurseFte),
        ("dpc_fte", p => p.Workforce!.DirectPatientCareFte, p => (double?)p.Workforce?.DirectPatientCareFte),
        ("admin_fte", p => p.Workforce!.AdminFte, p => (double?)p.Workforce?.AdminFte),
        ("qualified_headcount", p => p.Workforce!.QualifiedGpHeadcount, p => p.Workforce?.QualifiedGpHeadcount),
        ("aged55_headcount", p => p.Workforce!.GpsAged55PlusHeadcount, p => p.Workforce?.GpsAged55PlusHeadcount),
        ("global_sum", p => p.Payments!.GlobalSum, p => (double?)p.Payments?.GlobalSum),
        ("total_payments", p => p.Payments!.TotalPayments, p => (double?)p.Payments?.TotalPayments),
        ("qof_payments", p => p.Payments!.QofPayments, p => (double?)p.Payments?.QofPayments),
        ("weighted", p => p.WeightedPatients, p => (double?)p.WeightedPatients),
        ("registered", p => p.RegisteredPatients, p => (double?)p.RegisteredPatients),
        ("list_patients", p => p.Registration!.Patients, p => p.Registration?.Patients),
        ("payments_registered", p => p.Payments!.RegisteredPatients, p => (double?)p.Payments?.RegisteredPatients),
    ];

    /// <summary>The baseline's process also prints the ratios from quick medians and where the engine's cold time goes.</summary>
    [GlobalSetup(Target = nameof(DuckDb_query))]
    public void SetupAndReport()
    {
        Setup();
        var duck = Median(() => DuckDb_query());
        var ready = Median(() => DuckDb_query_pairs());
        var engine = Median(() => Engine_sums());
        Console.WriteLine(Invariant($"// engine sums {engine:0} ms; DuckDB {duck:0} ms over fields, {ready:0} ms over ready columns: engine / DuckDB = {engine / duck:0.00}, {engine / ready:0.00}"));
        Console.WriteLine(ColdPhases());
    }

    [GlobalSetup(Targets = [nameof(DuckDb_query_pairs), nameof(Engine_sums), nameof(DuckDb_load_and_query), nameof(Engine_cold), nameof(Per_row_delegates), nameof(Engine_run_all_months)])]
    public void Setup()
    {
        _panel = Panel.Build(Records(new Month(2015, 4)));
        _pairs = Pairs();
        _indicators = DefineIndicators(_pairs);
        _fieldsQuery = FieldsQuery(_pairs);
        _pairsQuery = PairsQuery(_pairs);
        _engine = new IndicatorEngine();
        _engine.Aggregate(_panel, _indicators, Level.Icb);
        _fields = LoadFields(_panel);
        _pairsTable = LoadPairs(_panel, _pairs);
        Check(_fields, _fieldsQuery);
        Check(_pairsTable, _pairsQuery);
        _delegates = [.. _indicators.Select(d => (RowDelegate(d.Numerator!), RowDelegate(d.Denominator!)))];
        var icbs = _panel.Rows.Select(r => r.Geography.Icb?.Code).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        _buckets = [.. _panel.Rows.Select(r => ((r.Geography.Icb?.Code is { } code ? icbs.IndexOf(code) : Icbs) * Months) + r.Month.MonthsSince(_panel.First))];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _fields.Dispose();
        _pairsTable.Dispose();
    }

    [Benchmark(Baseline = true, Description = "DuckDB GROUP BY over the 15 fields (table loaded)")]
    public double DuckDb_query() => Query(_fields, _fieldsQuery);

    [Benchmark(Description = "DuckDB GROUP BY over 100 ready numerator/denominator columns (table loaded)")]
    public double DuckDb_query_pairs() => Query(_pairsTable, _pairsQuery);

    [Benchmark(Description = "Engine sums (columns extracted, loops compiled)")]
    public int Engine_sums() => _engine.Aggregate(_panel, _indicators, Level.Icb).Tallies.Length;

    [Benchmark(Description = "DuckDB create, append rows, GROUP BY")]
    public double DuckDb_load_and_query()
    {
        using var duck = LoadFields(_panel);
        return Query(duck, _fieldsQuery);
    }

    [Benchmark(Description = "Engine extract columns, compile, sums")]
    public int Engine_cold() => new IndicatorEngine().Aggregate(_panel, _indicators, Level.Icb).Tallies.Length;

    [Benchmark(Description = "Per-row delegates, one per indicator part (the approach the engine replaces)")]
    public double Per_row_delegates()
    {
        // Each indicator's numerator and denominator compiled null-safe to a Func<PanelRow, decimal?>, called row by
        // row (one thread), into ICB × month buckets worked out beforehand as the engine's are.
        var sums = new double[_indicators.Count, ((Icbs + 1) * Months) + 1, 2];
        var rows = _panel.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            for (var k = 0; k < _delegates.Length; k++)
            {
                if (_delegates[k].Numerator(rows[i]) is { } n && _delegates[k].Denominator(rows[i]) is { } d)
                {
                    sums[k, _buckets[i], 0] += (double)n;
                    sums[k, _buckets[i], 1] += (double)d;
                }
            }
        }

        return sums[0, 0, 0];
    }

    [Benchmark(Description = "Engine full time series with statistics")]
    public int Engine_run_all_months() => _engine.RunAllMonths(_panel, _indicators, Level.Icb).Values.Count;

    /// <summary>Where the engine's cold time goes: laying out rows, areas, compiling the loops, extracting columns, summing.</summary>
    private string ColdPhases()
    {
        var watch = Stopwatch.StartNew();
        double Lap()
        {
            var ms = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            return ms;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var columns = new Analysis.Indicators.Engine.Columns.PanelColumns(_panel);
        var layout = Lap();
        var areas = columns.Areas(Level.Icb);
        var areaTime = Lap();
        var plan = Analysis.Indicators.Engine.Evaluation.CompiledIndicators.Compile(_indicators, new Analysis.Indicators.Engine.Expressions.LeafKey());
        var compile = Lap();
        columns.Leaves(plan.Leaves, parallel);
        var extract = Lap();
        var run = new Analysis.Indicators.Engine.Evaluation.PreparedRun(plan, columns, parallel);
        run.Evaluate(areas, [.. Enumerable.Range(0, columns.Months)]);
        var sums = Lap();
        return Invariant($"// engine cold phases: row layout {layout:0} ms, ICB areas {areaTime:0} ms, compile {plan.Batches.Count} loops {compile:0} ms, extract {plan.Leaves.Count} columns {extract:0} ms, sums {sums:0} ms");
    }

    private static double Median(Func<object> action, int runs = 5)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[runs / 2];
    }

    private static NhsData Records(Month first)
    {
        var random = new Random(42);
        var records = new List<object>();
        var last = first.Plus(Months - 1);
        decimal? Blank(decimal value) => random.NextDouble() < 0.03 ? null : value;
        for (var i = 0; i < Practices; i++)
        {
            var code = OdsCode.From($"X{i:D5}");
            var icb = "Q" + (i % Icbs).ToString("D2", CultureInfo.InvariantCulture);
            var list = random.Next(2_000, 20_000);
            records.Add(new PracticeMapEntry
            {
                Month = first, Practice = code, Name = "P",
                Geography = new PracticeGeography(null, new Area(AreaLevel.SubIcb, "S" + (i % 106), "S"), new Area(AreaLevel.Icb, icb, icb), null),
            });
            for (var year = first.FinancialYear; year <= last.FinancialYear; year = new FinancialYear(year.StartYear + 1))
            {
                records.Add(new PracticePayments
                {
                    Year = year, Practice = code, Name = "P", RegisteredPatients = list, WeightedPatients = Blank(list * 1.05m),
                    GlobalSum = list * 95m, TotalPayments = Blank(list * 160m), QofPayments = Blank(list * 18m),
                });
            }

            for (var m = first; m <= last; m = m.Plus(1))
            {
                var gps = Math.Round(list / 2000m * (decimal)(0.7 + (0.6 * random.NextDouble())), 2);
                records.Add(new WorkforceSnapshot
                {
                    Practice = code, Census = m, QualifiedGpFte = Blank(gps), AllGpFte = gps + 0.5m, TraineeGpFte = Blank(0.3m),
                    NurseFte = Blank(gps / 2), DirectPatientCareFte = Blank(gps / 3), AdminFte = gps * 2,
                    QualifiedGpHeadcount = (int)gps + 1, GpsAged55PlusHeadcount = random.Next(0, (int)gps + 2),
                });
                if (random.NextDouble() < 0.95)
                {
                    records.Add(new RegisteredPatients { Practice = code, Month = m, Patients = list + random.Next(-50, 50) });
                }
            }
        }

        return NhsData.FromRecords(records);
    }

    // 50 indicators: 35 single-field pairs and 15 whose numerator adds two fields.
    private static Pair[] Pairs() =>
    [
        .. Enumerable.Range(0, 50).Select(i => new Pair(
            i % 11,
            i >= 35 ? (i + 3) % 11 : null,
            new[] { 11, 12, 13, 14, 6 }[((i / 11) + i) % 5])),
    ];

    private static List<IndicatorDefinition> DefineIndicators(Pair[] pairs) =>
    [
        .. pairs.Select((pair, i) =>
        {
            var first = Fields[pair.Numerator].Read;
            var numerator = pair.Plus is { } plus
                ? Expression.Lambda<Func<PanelRow, decimal?>>(Expression.Add(first.Body, new Rebind(Fields[plus].Read.Parameters[0], first.Parameters[0]).Visit(Fields[plus].Read.Body)), first.Parameters)
                : first;
            return Define.Indicator($"BM{i:D2}", "Benchmark " + i).Rate(per: 10_000).Numerator(numerator).Denominator(Fields[pair.Denominator].Read).NoJudgement().Build();
        }),
    ];

    /// <summary>Over the fields table: per indicator, the sums and count over rows where numerator and denominator are both known.</summary>
    private static string FieldsQuery(Pair[] pairs)
    {
        var sql = new StringBuilder("SELECT icb, month");
        for (var i = 0; i < pairs.Length; i++)
        {
            var n = pairs[i].Plus is { } plus ? $"({Fields[pairs[i].Numerator].Column} + {Fields[plus].Column})" : Fields[pairs[i].Numerator].Column;
            var d = Fields[pairs[i].Denominator].Column;
            var both = $"{n} IS NOT NULL AND {d} IS NOT NULL";
            sql.Append(Invariant($", SUM(CASE WHEN {both} THEN {n} END) AS n{i}, SUM(CASE WHEN {both} THEN {d} END) AS d{i}, COUNT(CASE WHEN {both} THEN 1 END) AS c{i}"));
        }

        return sql.Append(" FROM fields GROUP BY icb, month").ToString();
    }

    /// <summary>Over the pairs table (numerator and denominator columns already blank where either is): plain sums and counts.</summary>
    private static string PairsQuery(Pair[] pairs) =>
        "SELECT icb, month" + string.Concat(pairs.Select((_, i) => Invariant($", SUM(n{i}) AS n{i}, SUM(d{i}) AS d{i}, COUNT(n{i}) AS c{i}"))) + " FROM pairs GROUP BY icb, month";

    private static DuckDBConnection LoadFields(Panel panel)
    {
        var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        Execute(duck, "CREATE TABLE fields (icb INTEGER, month INTEGER, " + string.Join(", ", Fields.Select(f => f.Column + " DOUBLE")) + ")");
        var icbs = new Dictionary<string, int>(StringComparer.Ordinal);
        using var appender = duck.CreateAppender("fields");
        foreach (var row in panel.Rows)
        {
            var appending = appender.CreateRow().AppendValue(IcbIndex(icbs, row)).AppendValue(row.Month.MonthsSince(panel.First));
            foreach (var field in Fields)
            {
                appending = appending.AppendValue(field.Load(row));
            }

            appending.EndRow();
        }

        return duck;
    }

    private static DuckDBConnection LoadPairs(Panel panel, Pair[] pairs)
    {
        var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        Execute(duck, "CREATE TABLE pairs (icb INTEGER, month INTEGER, " + string.Join(", ", pairs.Select((_, i) => Invariant($"n{i} DOUBLE, d{i} DOUBLE"))) + ")");
        var icbs = new Dictionary<string, int>(StringComparer.Ordinal);
        var fields = new double?[Fields.Length];
        using var appender = duck.CreateAppender("pairs");
        foreach (var row in panel.Rows)
        {
            for (var f = 0; f < Fields.Length; f++)
            {
                fields[f] = Fields[f].Load(row);
            }

            var appending = appender.CreateRow().AppendValue(IcbIndex(icbs, row)).AppendValue(row.Month.MonthsSince(panel.First));
            foreach (var pair in pairs)
            {
                var n = pair.Plus is { } plus ? fields[pair.Numerator] + fields[plus] : fields[pair.Numerator];
                var d = fields[pair.Denominator];
                var known = n is not null && d is not null;
                appending = appending.AppendValue(known ? n : null).AppendValue(known ? d : null);
            }

            appending.EndRow();
        }

        return duck;
    }

    // ICBs numbered in order of first appearance, so the key is an integer as the engine's is.
    private static int? IcbIndex(Dictionary<string, int> icbs, PanelRow row)
    {
        var code = row.Geography.Icb?.Code;
        return code is null ? null : icbs.TryGetValue(code, out var known) ? known : icbs[code] = icbs.Count;
    }

    private static void Execute(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static double Query(DuckDBConnection duck, string query)
    {
        using var command = duck.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var total = 0.0;
        while (reader.Read())
        {
            total += reader.IsDBNull(2) ? 0 : reader.GetDouble(2);
        }

        return total;
    }

    // The two sides must agree before their times mean anything: every indicator's sums and counts, for every ICB and month.
    private void Check(DuckDBConnection duck, string query)
    {
        var (_, areas, tallies) = _engine.Aggregate(_panel, _indicators, Level.Icb);
        var icbOrder = _panel.Rows.Select(r => r.Geography.Icb?.Code).OfType<string>().Distinct().ToList();
        var byMonth = tallies.ToDictionary(t => t.Month);
        using var command = duck.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var checkedCells = 0;
        while (reader.Read())
        {
            var bucket = reader.IsDBNull(0) ? areas.Count : Array.IndexOf(areas.Codes, icbOrder[reader.GetInt32(0)]);
            var tally = byMonth[reader.GetInt32(1)];
            for (var k = 0; k < _indicators.Count; k++)
            {
                var engine = tally.At(k, bucket);
                var count = reader.GetInt64(4 + (3 * k));
                var n = reader.IsDBNull(2 + (3 * k)) ? 0 : reader.GetDouble(2 + (3 * k));
                var d = reader.IsDBNull(3 + (3 * k)) ? 0 : reader.GetDouble(3 + (3 * k));
                if (engine.Used != count || Math.Abs(engine.Numerator - n) > 1e-6 * Math.Max(1, Math.Abs(n)) || Math.Abs(engine.Denominator - d) > 1e-6 * Math.Max(1, Math.Abs(d)))
                {
                    throw new InvalidOperationException($"engine and DuckDB disagree on {_indicators[k].Id} in {areas.Codes[bucket]} month {tally.Month}: {engine} against {n}, {d}, {count}");
                }

                checkedCells++;
            }
        }

        if (checkedCells != Icbs * Months * _indicators.Count)
        {
            throw new InvalidOperationException($"checked {checkedCells} cells, expected {Icbs * Months * _indicators.Count}");
        }
    }

    private static Func<PanelRow, decimal?> RowDelegate(Expression<Func<PanelRow, decimal?>> expression)
    {
        var reason = Expression.Variable(typeof(int), "reason");
        var body = Analysis.Indicators.Engine.Expressions.NullSafe.Rewrite(Analysis.Indicators.Engine.Expressions.RowExpression.Body(expression), reason, _ => 1);
        var block = Expression.Block(typeof(decimal?), [reason], Expression.Assign(reason, Expression.Constant(0)), Analysis.Indicators.Engine.Expressions.NullSafe.As(body, typeof(decimal?)));
        return Expression.Lambda<Func<PanelRow, decimal?>>(block, Analysis.Indicators.Engine.Expressions.RowExpression.Row).Compile();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Pair(int Numerator, int? Plus, int Denominator);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
