using System.Linq.Expressions;
using System.Reflection;
using Analysis.Indicators.Engine.Expressions;

namespace Analysis.Indicators.Engine.Evaluation;

/// <summary>
/// Generates one loop for a batch of indicators: for each row, read every leaf the batch needs from its column
/// once, then for each indicator apply the exclusions, compute numerator, denominator and expected as doubles,
/// and add them to the row's area bucket, or count the row as excluded or missing with its reason.
/// </summary>
/// <example>
/// For WF01 (qualified GP FTE per weighted patient) the generated body is, in effect:
/// <code>
/// b = area[i] * K * 3; l0 = c0[i]; l1 = c1[i];
/// n = l0; d = l1;
/// if (double.IsFinite(n) &amp; double.IsFinite(d)) { sums[b + 0] += n; sums[b + 1] += d; counts[b + 0]++; }
/// else { counts[b + 2]++; missing.Count(reasons, R, 0, n is finite ? 1 : 0, i); }
/// </code>
/// </example>
internal static class FusedLoop
{
    private static readonly MethodInfo IsFinite = typeof(double).GetMethod(nameof(double.IsFinite), [typeof(double)])!;
    private static readonly MethodInfo CountMissing = typeof(MissingReasons).GetMethod(nameof(MissingReasons.Count))!;

    public static Batch Compile(int[] members, IReadOnlyList<IndicatorProgram> programs, LeafKey keys, Dictionary<string, int> leafIndex, Func<string, int> reasonOf)
    {
        var columns = Expression.Parameter(typeof(double[][]), "columns");
        var area = Expression.Parameter(typeof(int[]), "area");
        var start = Expression.Parameter(typeof(int), "start");
        var end = Expression.Parameter(typeof(int), "end");
        var sums = Expression.Parameter(typeof(double[]), "sums");
        var counts = Expression.Parameter(typeof(int[]), "counts");
        var reasons = Expression.Parameter(typeof(int[]), "reasons");
        var reasonCount = Expression.Parameter(typeof(int), "reasonCount");
        var missing = Expression.Parameter(typeof(MissingReasons), "missing");

        var i = Expression.Variable(typeof(int), "i");
        var bucket = Expression.Variable(typeof(int), "bucket");
        var n = Expression.Variable(typeof(double), "n");
        var d = Expression.Variable(typeof(double), "d");
        var e = Expression.Variable(typeof(double), "e");
        var v = Expression.Variable(typeof(double), "v");

        // Batch-local column order: each leaf gets an array local (hoisted) and a value local (read once per row).
        var batchLeaves = new List<int>();
        var arrays = new List<ParameterExpression>();
        var values = new List<ParameterExpression>();
        Expression Leaf(Expression leaf)
        {
            var global = leafIndex[keys.Of(leaf)];
            var local = batchLeaves.IndexOf(global);
            if (local < 0)
            {
                local = batchLeaves.Count;
                batchLeaves.Add(global);
                arrays.Add(Expression.Variable(typeof(double[]), "column" + local));
                values.Add(Expression.Variable(typeof(double), "leaf" + local));
            }

            return values[local];
        }

        var stride = members.Length * Batch.Fields;
        var perIndicator = new List<Expression>();
        for (var k = 0; k < members.Length; k++)
        {
            var program = programs[members[k]];
            Expression Sum(int field) => Expression.ArrayAccess(sums, Expression.Add(bucket, Expression.Constant((k * Batch.Fields) + field)));
            Expression Count(int field) => Expression.ArrayAccess(counts, Expression.Add(bucket, Expression.Constant((k * Batch.Fields) + field)));
            Expression Reason(Expression id) => Expression.ArrayAccess(reasons, Expression.Add(Expression.Multiply(Expression.Constant(k), reasonCount), id));

            var assign = new List<Expression>
            {
                Expression.Assign(n, ColumnTranslator.Translate(program.Numerator, Leaf)),
                Expression.Assign(d, program.Denominator is null ? Expression.Constant(0.0) : ColumnTranslator.Translate(program.Denominator, Leaf)),
                Expression.Assign(e, program.Expected is null ? Expression.Constant(0.0) : ColumnTranslator.Translate(program.Expected, Leaf)),
            };
            Expression finite = Expression.And(Expression.Call(IsFinite, n), Expression.Call(IsFinite, d));
            if (program.Expected is not null)
            {
                finite = Expression.And(finite, Expression.Call(IsFinite, e));
            }

            var accumulate = new List<Expression>();
            if (program.IsMean)
            {
                assign.Add(Expression.Assign(v, program.Denominator is null ? n : Expression.Divide(n, d)));
                finite = Expression.And(finite, Expression.Call(IsFinite, v));
                accumulate.Add(Expression.AddAssign(Sum(0), v));
                accumulate.Add(Expression.AddAssign(Sum(2), Expression.Multiply(v, v)));
            }
            else
            {
                accumulate.Add(Expression.AddAssign(Sum(0), n));
                if (program.Expected is not null)
                {
                    accumulate.Add(Expression.AddAssign(Sum(2), e));
                }
            }

            if (program.Denominator is not null)
            {
                accumulate.Add(Expression.AddAssign(Sum(1), d));
            }

            accumulate.Add(Expression.PreIncrementAssign(Count(0)));

            var part = Expression.Condition(
                Expression.Not(Expression.Call(IsFinite, n)), Expression.Constant((int)Part.Numerator),
                Expression.Condition(
                    Expression.Not(Expression.Call(IsFinite, d)), Expression.Constant((int)Part.Denominator),
                    Expression.Condition(Expression.Not(Expression.Call(IsFinite, e)), Expression.Constant((int)Part.Expected), Expression.Constant((int)Part.Value))));
            Expression evaluate = Expression.Block(
                assign.Append(Expression.IfThenElse(
                    finite,
                    Expression.Block(accumulate),
                    Expression.Block(
                        Expression.PreIncrementAssign(Count(2)),
                        Expression.Call(missing, CountMissing, reasons, reasonCount, Expression.Constant(k), part, i)))));

            // Exclusions in the order written: the first that holds is the row's reason.
            for (var x = program.Exclusions.Count - 1; x >= 0; x--)
            {
                var (reason, when) = program.Exclusions[x];
                evaluate = Expression.IfThenElse(
                    ColumnTranslator.Translate(when, Leaf),
                    Expression.Block(Expression.PreIncrementAssign(Count(1)), Expression.PreIncrementAssign(Reason(Expression.Constant(reasonOf(reason))))),
                    evaluate);
            }

            perIndicator.Add(evaluate);
        }

        var row = new List<Expression> { Expression.Assign(bucket, Expression.Multiply(Expression.ArrayIndex(area, i), Expression.Constant(stride))) };
        row.AddRange(values.Select((value, local) => Expression.Assign(value, Expression.ArrayIndex(arrays[local], i))));
        row.AddRange(perIndicator);

        var body = new List<Expression>();
        body.AddRange(arrays.Select((array, local) => Expression.Assign(array, Expression.ArrayIndex(columns, Expression.Constant(local)))));
        body.Add(Loop.For(i, start, end, Expression.Block(row)));
        var block = Expression.Block(typeof(void), [.. arrays, .. values, i, bucket, n, d, e, v], body);
        var loop = Expression.Lambda<BatchLoop>(block, columns, area, start, end, sums, counts, reasons, reasonCount, missing).Compile();
        return new Batch(members, [.. batchLeaves], loop);
    }
}
