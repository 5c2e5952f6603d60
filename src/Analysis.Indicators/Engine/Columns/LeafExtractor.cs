using System.Linq.Expressions;
using Analysis.Data.Panels;
using Analysis.Indicators.Engine.Expressions;

namespace Analysis.Indicators.Engine.Columns;

/// <summary>
/// Reads one leaf for every row into a column: the leaf is made null-safe, compiled into a loop over a range of
/// rows, and run on the ranges in parallel. A row whose leaf throws is given a reason, not the run stopped.
/// </summary>
internal static class LeafExtractor
{
    private delegate void Extract(PanelRow[] rows, int start, int end, double[] values, byte[] codes);

    private const int RowsPerChunk = 16_384;

    public static LeafColumn Read(Expression leaf, PanelRow[] rows, ParallelOptions parallel)
    {
        var reasons = new List<string> { string.Empty };
        var extract = Compile(leaf, reasons);
        var values = new double[rows.Length];
        var codes = new byte[rows.Length];
        var chunks = (rows.Length + RowsPerChunk - 1) / RowsPerChunk;
        Parallel.For(0, chunks, parallel, c => extract(rows, c * RowsPerChunk, Math.Min(rows.Length, (c + 1) * RowsPerChunk), values, codes));
        return new LeafColumn(values, codes.AsSpan().IndexOfAnyExcept((byte)0) >= 0 ? codes : null, reasons);
    }

    private static Extract Compile(Expression leaf, List<string> reasons)
    {
        int Intern(string text)
        {
            var at = reasons.IndexOf(text);
            if (at < 0)
            {
                if (reasons.Count == byte.MaxValue)
                {
                    throw new NotSupportedException($"more than {byte.MaxValue - 1} ways for {leaf} to be empty");
                }

                reasons.Add(text);
                at = reasons.Count - 1;
            }

            return at;
        }

        var rows = Expression.Parameter(typeof(PanelRow[]), "rows");
        var start = Expression.Parameter(typeof(int), "start");
        var end = Expression.Parameter(typeof(int), "end");
        var values = Expression.Parameter(typeof(double[]), "values");
        var codes = Expression.Parameter(typeof(byte[]), "codes");
        var i = Expression.Variable(typeof(int), "i");
        var reason = Expression.Variable(typeof(int), "reason");
        var value = Expression.Variable(typeof(double), "value");

        var body = NullSafe.Rewrite(leaf, reason, Intern);
        var failed = Intern(ReasonText.Failed(leaf));
        var empty = Intern(ReasonText.NoValue(leaf));
        var readRow = Expression.Block(
            [RowExpression.Row],
            Expression.Assign(RowExpression.Row, Expression.ArrayIndex(rows, i)),
            Expression.Assign(value, AsDouble(body)));

        var row = Expression.Block(
            Expression.Assign(reason, Expression.Constant(0)),
            Expression.TryCatch(
                Expression.Block(typeof(void), readRow),
                Expression.Catch(typeof(Exception), Expression.Block(
                    typeof(void),
                    Expression.Assign(value, Expression.Constant(double.NaN)),
                    Expression.Assign(reason, Expression.Constant(failed))))),
            Expression.IfThen(
                Expression.AndAlso(Expression.Call(typeof(double), nameof(double.IsNaN), null, value), Expression.Equal(reason, Expression.Constant(0))),
                Expression.Assign(reason, Expression.Constant(empty))),
            Expression.Assign(Expression.ArrayAccess(values, i), value),
            Expression.Assign(Expression.ArrayAccess(codes, i), Expression.Convert(reason, typeof(byte))));

        var loop = Expression.Block([i, reason, value], Loop.For(i, start, end, row));
        return Expression.Lambda<Extract>(loop, rows, start, end, values, codes).Compile();
    }

    /// <summary>The leaf's value as a double: NaN for null, 1 or 0 for true or false.</summary>
    private static Expression AsDouble(Expression body)
    {
        var type = body.Type;
        if (type == typeof(bool))
        {
            return Expression.Condition(body, Expression.Constant(1.0), Expression.Constant(0.0));
        }

        if (Nullable.GetUnderlyingType(type) is null)
        {
            return Expression.Convert(body, typeof(double));
        }

        var held = Expression.Variable(type, "held");
        var underlying = Nullable.GetUnderlyingType(type)!;
        Expression inner = Expression.Call(held, type.GetMethod(nameof(Nullable<int>.GetValueOrDefault), Type.EmptyTypes)!);
        inner = underlying == typeof(bool)
            ? Expression.Condition(inner, Expression.Constant(1.0), Expression.Constant(0.0))
            : Expression.Convert(inner, typeof(double));
        return Expression.Block(
            typeof(double),
            [held],
            Expression.Assign(held, body),
            Expression.Condition(Expression.Property(held, "HasValue"), inner, Expression.Constant(double.NaN)));
    }
}
