using System.Linq.Expressions;
using Analysis.Data.Panels;
using Analysis.Indicators.Engine.Expressions;

namespace Analysis.Indicators.Engine.Columns;

/// <summary>
/// Reads leaves for every row into columns: each leaf is made null-safe, and all of them are compiled into one
/// loop that visits each row once, run on ranges of rows in parallel. A row whose leaf throws is given a reason,
/// not the run stopped.
/// </summary>
/// <remarks>
/// Rows are visited in the panel's own order (practice by practice, the order they were allocated in) and
/// written to their month-major position: reading a row is a chain of pointer loads, and in allocation order
/// the memory system can stream them, where month-major order would miss the cache at every row.
/// </remarks>
internal static class LeafExtractor
{
    private delegate void Extract(PanelRow[] rows, int[] position, int start, int end, double[][] values, byte[][] codes);

    private const int RowsPerChunk = 16_384;

    public static LeafColumn[] Read(IReadOnlyList<Expression> leaves, PanelRow[] rows, int[] position, ParallelOptions parallel)
    {
        var reasons = leaves.Select(_ => new List<string> { string.Empty }).ToArray();
        var extract = Compile(leaves, reasons);
        var values = leaves.Select(_ => new double[rows.Length]).ToArray();
        var codes = leaves.Select(_ => new byte[rows.Length]).ToArray();
        var chunks = (rows.Length + RowsPerChunk - 1) / RowsPerChunk;
        Parallel.For(0, chunks, parallel, c => extract(rows, position, c * RowsPerChunk, Math.Min(rows.Length, (c + 1) * RowsPerChunk), values, codes));
        return [.. leaves.Select((_, k) => new LeafColumn(values[k], codes[k].AsSpan().IndexOfAnyExcept((byte)0) >= 0 ? codes[k] : null, reasons[k]))];
    }

    private static Extract Compile(IReadOnlyList<Expression> leaves, List<string>[] reasons)
    {
        var rows = Expression.Parameter(typeof(PanelRow[]), "rows");
        var position = Expression.Parameter(typeof(int[]), "position");
        var start = Expression.Parameter(typeof(int), "start");
        var end = Expression.Parameter(typeof(int), "end");
        var values = Expression.Parameter(typeof(double[][]), "values");
        var codes = Expression.Parameter(typeof(byte[][]), "codes");
        var i = Expression.Variable(typeof(int), "i");
        var at = Expression.Variable(typeof(int), "at");
        var reason = Expression.Variable(typeof(int), "reason");
        var value = Expression.Variable(typeof(double), "value");
        var valueArrays = leaves.Select((_, k) => Expression.Variable(typeof(double[]), "values" + k)).ToArray();
        var codeArrays = leaves.Select((_, k) => Expression.Variable(typeof(byte[]), "codes" + k)).ToArray();

        var perRow = new List<Expression>
        {
            Expression.Assign(RowExpression.Row, Expression.ArrayIndex(rows, i)),
            Expression.Assign(at, Expression.ArrayIndex(position, i)),
        };
        for (var k = 0; k < leaves.Count; k++)
        {
            perRow.Add(ReadLeaf(leaves[k], reasons[k], reason, value));
            perRow.Add(Expression.Assign(Expression.ArrayAccess(valueArrays[k], at), value));
            perRow.Add(Expression.Assign(Expression.ArrayAccess(codeArrays[k], at), Expression.Convert(reason, typeof(byte))));
        }

        var body = new List<Expression>();
        for (var k = 0; k < leaves.Count; k++)
        {
            body.Add(Expression.Assign(valueArrays[k], Expression.ArrayIndex(values, Expression.Constant(k))));
            body.Add(Expression.Assign(codeArrays[k], Expression.ArrayIndex(codes, Expression.Constant(k))));
        }

        body.Add(Loop.For(i, start, end, Expression.Block(perRow)));
        var block = Expression.Block(typeof(void), [.. valueArrays, .. codeArrays, RowExpression.Row, i, at, reason, value], body);
        return Expression.Lambda<Extract>(block, rows, position, start, end, values, codes).Compile();
    }

    /// <summary>Sets <paramref name="value"/> and <paramref name="reason"/> (0, or the code of why there is no value) for one leaf of the current row.</summary>
    private static Expression ReadLeaf(Expression leaf, List<string> reasons, ParameterExpression reason, ParameterExpression value)
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

        var body = NullSafe.Rewrite(leaf, reason, Intern);
        var failed = Intern(ReasonText.Failed(leaf));
        var empty = Intern(ReasonText.NoValue(leaf));
        return Expression.Block(
            Expression.Assign(reason, Expression.Constant(0)),
            Expression.TryCatch(
                Expression.Block(typeof(void), Expression.Assign(value, AsDouble(body))),
                Expression.Catch(typeof(Exception), Expression.Block(
                    typeof(void),
                    Expression.Assign(value, Expression.Constant(double.NaN)),
                    Expression.Assign(reason, Expression.Constant(failed))))),
            Expression.IfThen(
                Expression.AndAlso(Expression.Call(typeof(double), nameof(double.IsNaN), null, value), Expression.Equal(reason, Expression.Constant(0))),
                Expression.Assign(reason, Expression.Constant(empty))));
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
