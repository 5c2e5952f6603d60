using System.Linq.Expressions;

namespace Analysis.Indicators.Engine.Expressions;

/// <summary>
/// Tells whether an expression counts people or events (a headcount, a register, a list size, sums of them),
/// which small-number suppression protects, rather than measuring something (FTE, pounds, weighted patients).
/// </summary>
/// <remarks>
/// Judged from the expression itself: whole-number members are counts, and so are registered-patient and
/// list-size members, which some publications give as decimals (quarterly averages); sums, differences,
/// products of counts and whole constants stay counts; a division or a fractional member does not.
/// </remarks>
internal static class CountShape
{
    private static readonly HashSet<string> CountNames = new(StringComparer.Ordinal) { "RegisteredPatients", "Patients", "ListSize", "RegisterCount" };

    public static bool IsCount(Expression e) => e switch
    {
        ConstantExpression { Value: null } => true,
        ConstantExpression c => ColumnTranslator.IsNumber(c.Type) && Convert.ToDecimal(c.Value, System.Globalization.CultureInfo.InvariantCulture) is var v && v == decimal.Truncate(v),
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u => IsCount(u.Operand),
        BinaryExpression { NodeType: ExpressionType.Add or ExpressionType.AddChecked or ExpressionType.Subtract or ExpressionType.SubtractChecked
            or ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Coalesce } b => IsCount(b.Left) && IsCount(b.Right),
        ConditionalExpression c => IsCount(c.IfTrue) && IsCount(c.IfFalse),
        MemberExpression { Member.Name: "Value" } m when m.Expression is { } o && Nullable.GetUnderlyingType(o.Type) is not null => IsCount(o),
        MemberExpression m => ColumnTranslator.IsWhole(m.Type) || CountNames.Contains(m.Member.Name),
        MethodCallExpression { Method.Name: "get_Item" } m => ColumnTranslator.IsWhole(m.Type),
        _ => false,
    };
}
