using System.Linq.Expressions;
using Analysis.Data.Panels;
using Analysis.Indicators;

namespace Analysis.Cli.Bench.Workloads;

/// <summary>
/// The 50 benchmark indicators over 15 panel fields (35 single-field numerators, 15 that add two fields), each field
/// given once as the C# the engine reads and as the SQL column and loader DuckDB reads, so both sides sum the same.
/// </summary>
internal static class BenchIndicators
{
    public const int Count = 50;

    /// <summary>The fields the indicators read: C# for the engine, SQL column and loader for DuckDB.</summary>
    public static IReadOnlyList<(string Column, Expression<Func<PanelRow, decimal?>> Read, Func<PanelRow, double?> Load)> Fields { get; } =
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

    /// <summary>Per indicator: the numerator field, the field added to it (if any) and the denominator field.</summary>
    public static IReadOnlyList<(int Numerator, int? Plus, int Denominator)> Pairs { get; } =
    [
        .. Enumerable.Range(0, Count).Select(i => (
            i % 11,
            i >= 35 ? (i + 3) % 11 : (int?)null,
            new[] { 11, 12, 13, 14, 6 }[((i / 11) + i) % 5])),
    ];

    public static List<IndicatorDefinition> Define() =>
    [
        .. Pairs.Select((pair, i) =>
        {
            var first = Fields[pair.Numerator].Read;
            var numerator = pair.Plus is { } plus
                ? Expression.Lambda<Func<PanelRow, decimal?>>(Expression.Add(first.Body, new Rebind(Fields[plus].Read.Parameters[0], first.Parameters[0]).Visit(Fields[plus].Read.Body)), first.Parameters)
                : first;
            return Analysis.Indicators.Define.Indicator(Id(i), "Benchmark " + i).Rate(per: 10_000).Numerator(numerator).Denominator(Fields[pair.Denominator].Read).NoJudgement().Build();
        }),
    ];

    public static string Id(int i) => "BM" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
