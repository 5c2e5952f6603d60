using System.Linq.Expressions;
using System.Reflection;

namespace Analysis.Indicators.Engine.Expressions;

/// <summary>
/// Turns a canonical row expression into arithmetic on <c>double</c> values read from columns: the arithmetic,
/// comparisons, <c>??</c>, <c>?:</c> and <c>Math</c> calls stay in the loop, and every maximal part that reads
/// the row some other way (<c>p.Workforce.QualifiedGpFte</c>, <c>p.Geography.Region.Code == "Y56"</c>) becomes
/// a leaf: a column extracted once per panel, NaN where the row has no value.
/// </summary>
/// <remarks>
/// NaN stands for null, which gives C#'s lifted semantics for free in arithmetic (null + 1 is null) and in
/// ordering (null &lt; 1000 is false); equality, <c>??</c>, <c>HasValue</c> and <c>GetValueOrDefault</c> test for
/// NaN explicitly. Integer division truncates as in C#. A true/false leaf is 1 or 0, and a null one counts as false.
/// </remarks>
internal sealed class ColumnTranslator
{
    private static readonly MethodInfo IsNaN = typeof(double).GetMethod(nameof(double.IsNaN), [typeof(double)])!;
    private static readonly MethodInfo Truncate = typeof(Math).GetMethod(nameof(Math.Truncate), [typeof(double)])!;

    private static readonly HashSet<string> MathMethods = new(StringComparer.Ordinal)
    {
        "Abs", "Max", "Min", "Round", "Floor", "Ceiling", "Truncate", "Sqrt", "Pow", "Log", "Log10", "Exp", "Sign", "Clamp",
    };

    private readonly Func<Expression, Expression> _leaf;
    private readonly Dictionary<Expression, bool> _columnar = new(ReferenceEqualityComparer.Instance);

    private ColumnTranslator(Func<Expression, Expression> leaf) => _leaf = leaf;

    /// <summary>The leaves of <paramref name="body"/>, in the order they are evaluated.</summary>
    public static IReadOnlyList<Expression> Leaves(Expression body)
    {
        var leaves = new List<Expression>();
        var translator = new ColumnTranslator(leaf =>
        {
            leaves.Add(leaf);
            return Expression.Constant(0.0);
        });
        translator.Top(body);
        return leaves;
    }

    /// <summary>The body as a <c>double</c> (numbers) or <c>bool</c> (conditions) expression, each leaf replaced by what <paramref name="leaf"/> gives for it.</summary>
    public static Expression Translate(Expression body, Func<Expression, Expression> leaf) => new ColumnTranslator(leaf).Top(body);

    /// <summary>True for the numeric types a column can hold (and their nullable forms).</summary>
    public static bool IsNumber(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && !t.IsEnum && (t == typeof(decimal) || t == typeof(double) || t == typeof(float)
            || t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte) || t == typeof(sbyte)
            || t == typeof(uint) || t == typeof(ulong) || t == typeof(ushort));

    /// <summary>True for <c>bool</c> and <c>bool?</c>.</summary>
    public static bool IsBoolean(Type type) => type == typeof(bool) || type == typeof(bool?);

    /// <summary>True for whole-number types, whose division truncates.</summary>
    public static bool IsWhole(Type type) => IsNumber(type) && (Nullable.GetUnderlyingType(type) ?? type) is var t
        && t != typeof(decimal) && t != typeof(double) && t != typeof(float);

    private static bool IsValue(Type type) => IsNumber(type) || IsBoolean(type);

    private Expression Top(Expression body) =>
        Columnar(body) ? Translated(body)
        : IsValue(body.Type) ? AsBoolean(body.Type, _leaf(body))
        : throw new NotSupportedException($"an indicator expression must give a number or true/false, not {body.Type.Name}: {body}");

    private static Expression AsBoolean(Type type, Expression leaf) => IsBoolean(type) ? Expression.Equal(leaf, Expression.Constant(1.0)) : leaf;

    private bool Usable(Expression e) => Columnar(e) || (IsValue(e.Type) && !RowExpression.IsClosed(e));

    private bool Columnar(Expression e)
    {
        if (_columnar.TryGetValue(e, out var known))
        {
            return known;
        }

        var result = e switch
        {
            ConstantExpression c => IsValue(c.Type),
            UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u =>
                ((IsNumber(u.Type) && IsNumber(u.Operand.Type)) || (IsBoolean(u.Type) && IsBoolean(u.Operand.Type))) && Usable(u.Operand),
            UnaryExpression { NodeType: ExpressionType.Negate or ExpressionType.NegateChecked or ExpressionType.UnaryPlus } u => IsNumber(u.Type) && Usable(u.Operand),
            UnaryExpression { NodeType: ExpressionType.Not } u => IsBoolean(u.Type) && Usable(u.Operand),
            BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse or ExpressionType.And or ExpressionType.Or } b =>
                IsBoolean(b.Left.Type) && IsBoolean(b.Right.Type) && Usable(b.Left) && Usable(b.Right),
            BinaryExpression { NodeType: ExpressionType.Equal or ExpressionType.NotEqual } b =>
                ((IsNumber(b.Left.Type) && IsNumber(b.Right.Type)) || (IsBoolean(b.Left.Type) && IsBoolean(b.Right.Type))) && Usable(b.Left) && Usable(b.Right),
            BinaryExpression { Conversion: null } b when Arithmetic(b.NodeType) || Ordering(b.NodeType) || b.NodeType == ExpressionType.Coalesce =>
                IsNumber(b.Left.Type) && IsNumber(b.Right.Type) && Usable(b.Left) && Usable(b.Right),
            ConditionalExpression c => IsValue(c.Type) && IsBoolean(c.Test.Type) && Usable(c.Test) && Usable(c.IfTrue) && Usable(c.IfFalse),
            MemberExpression { Expression: { } o, Member.Name: "HasValue" or "Value" } when Nullable.GetUnderlyingType(o.Type) is not null => IsValue(o.Type) && Usable(o),
            MethodCallExpression { Object: { } o, Method.Name: "GetValueOrDefault" } m when Nullable.GetUnderlyingType(o.Type) is not null =>
                IsNumber(o.Type) && Usable(o) && m.Arguments.All(Usable),
            MethodCallExpression { Object: null } m when MathMethod(m) is not null => m.Arguments.All(a => Usable(a) || a is ConstantExpression { Type.IsEnum: true }),
            _ => false,
        };
        _columnar[e] = result;
        return result;
    }

    private static bool Arithmetic(ExpressionType type) => type is ExpressionType.Add or ExpressionType.AddChecked or ExpressionType.Subtract
        or ExpressionType.SubtractChecked or ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Divide
        or ExpressionType.Modulo or ExpressionType.Power;

    private static bool Ordering(ExpressionType type) => type is ExpressionType.LessThan or ExpressionType.LessThanOrEqual
        or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual;

    /// <summary>The <c>double</c> overload of a supported <c>Math</c> or <c>decimal</c> method.</summary>
    private static MethodInfo? MathMethod(MethodCallExpression call)
    {
        if ((call.Method.DeclaringType != typeof(Math) && call.Method.DeclaringType != typeof(decimal) && call.Method.DeclaringType != typeof(double))
            || !MathMethods.Contains(call.Method.Name) || !IsNumber(call.Type))
        {
            return null;
        }

        var parameters = call.Method.GetParameters().Select(p => p.ParameterType).ToArray();
        Type[] allDouble = [.. parameters.Select(t => IsNumber(t) ? typeof(double) : t)];
        Type[] keepInt = [.. parameters.Select(t => IsNumber(t) && t != typeof(int) ? typeof(double) : t)];
        return typeof(Math).GetMethod(call.Method.Name, allDouble) ?? typeof(Math).GetMethod(call.Method.Name, keepInt);
    }

    /// <summary>A usable child: translated if columnar, otherwise its leaf.</summary>
    private Expression Operand(Expression e) => Columnar(e) ? Translated(e) : AsBoolean(e.Type, _leaf(e));

    private Expression Translated(Expression e) => e switch
    {
        ConstantExpression c => Constant(c),
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u => Convert(u),
        UnaryExpression { NodeType: ExpressionType.Negate or ExpressionType.NegateChecked } u => Expression.Negate(Operand(u.Operand)),
        UnaryExpression { NodeType: ExpressionType.UnaryPlus } u => Operand(u.Operand),
        UnaryExpression { NodeType: ExpressionType.Not } u => Expression.Not(Operand(u.Operand)),
        BinaryExpression { NodeType: ExpressionType.AndAlso } b => Expression.AndAlso(Operand(b.Left), Operand(b.Right)),
        BinaryExpression { NodeType: ExpressionType.OrElse } b => Expression.OrElse(Operand(b.Left), Operand(b.Right)),
        BinaryExpression { NodeType: ExpressionType.And } b => Expression.And(Operand(b.Left), Operand(b.Right)),
        BinaryExpression { NodeType: ExpressionType.Or } b => Expression.Or(Operand(b.Left), Operand(b.Right)),
        BinaryExpression { NodeType: ExpressionType.Equal } b => Equality(b),
        BinaryExpression { NodeType: ExpressionType.NotEqual } b => Expression.Not(Equality(b)),
        BinaryExpression { NodeType: ExpressionType.Coalesce } b => Coalesce(Operand(b.Left), Operand(b.Right)),
        BinaryExpression b when Ordering(b.NodeType) => Expression.MakeBinary(b.NodeType, Operand(b.Left), Operand(b.Right)),
        BinaryExpression b => Arithmetic(b),
        ConditionalExpression c => Expression.Condition(Operand(c.Test), Operand(c.IfTrue), Operand(c.IfFalse)),
        MemberExpression { Member.Name: "HasValue" } m => Expression.Not(Expression.Call(IsNaN, Operand(m.Expression!))),
        MemberExpression m => Operand(m.Expression!),
        MethodCallExpression { Object: { } o } m => Coalesce(Operand(o), m.Arguments.Count == 0 ? Expression.Constant(0.0) : Operand(m.Arguments[0])),
        MethodCallExpression m => MathCall(m),
        _ => throw new InvalidOperationException($"not a column expression: {e}"),
    };

    private static Expression Constant(ConstantExpression c)
    {
        if (c.Value is null)
        {
            return IsBoolean(c.Type) ? Expression.Constant(false) : Expression.Constant(double.NaN);
        }

        return c.Value is bool b ? Expression.Constant(b) : Expression.Constant(System.Convert.ToDouble(c.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private Expression Convert(UnaryExpression u)
    {
        var operand = Operand(u.Operand);
        return IsWhole(u.Type) && !IsWhole(u.Operand.Type) ? Expression.Call(Truncate, operand) : operand;
    }

    private Expression Arithmetic(BinaryExpression b)
    {
        var left = Operand(b.Left);
        var right = Operand(b.Right);
        return b.NodeType switch
        {
            ExpressionType.Add or ExpressionType.AddChecked => Expression.Add(left, right),
            ExpressionType.Subtract or ExpressionType.SubtractChecked => Expression.Subtract(left, right),
            ExpressionType.Multiply or ExpressionType.MultiplyChecked => Expression.Multiply(left, right),
            ExpressionType.Divide when IsWhole(b.Type) => Expression.Call(Truncate, Expression.Divide(left, right)),
            ExpressionType.Divide => Expression.Divide(left, right),
            ExpressionType.Modulo => Expression.Modulo(left, right),
            _ => Expression.Power(left, right),
        };
    }

    private Expression Equality(BinaryExpression b)
    {
        if (IsBoolean(b.Left.Type))
        {
            return Expression.Equal(Operand(b.Left), Operand(b.Right));
        }

        if (b.Right is ConstantExpression { Value: null })
        {
            return Expression.Call(IsNaN, Operand(b.Left));
        }

        if (b.Left is ConstantExpression { Value: null })
        {
            return Expression.Call(IsNaN, Operand(b.Right));
        }

        var left = Operand(b.Left);
        var right = Operand(b.Right);
        if (Nullable.GetUnderlyingType(b.Left.Type) is null && Nullable.GetUnderlyingType(b.Right.Type) is null)
        {
            return Expression.Equal(left, right);
        }

        // null == null is true in C#; NaN == NaN is not.
        var l = Expression.Variable(typeof(double), "left");
        var r = Expression.Variable(typeof(double), "right");
        return Expression.Block(
            typeof(bool),
            [l, r],
            Expression.Assign(l, left),
            Expression.Assign(r, right),
            Expression.OrElse(Expression.Equal(l, r), Expression.AndAlso(Expression.Call(IsNaN, l), Expression.Call(IsNaN, r))));
    }

    private static Expression Coalesce(Expression value, Expression fallback)
    {
        var v = Expression.Variable(typeof(double), "value");
        return Expression.Block(typeof(double), [v], Expression.Assign(v, value), Expression.Condition(Expression.Call(IsNaN, v), fallback, v));
    }

    private Expression MathCall(MethodCallExpression m)
    {
        var method = MathMethod(m)!;
        var parameters = method.GetParameters();
        var arguments = m.Arguments.Select((a, i) => a is ConstantExpression { Type.IsEnum: true }
            ? a
            : parameters[i].ParameterType == typeof(double) ? Operand(a) : Expression.Convert(Operand(a), parameters[i].ParameterType));
        var call = Expression.Call(method, arguments);
        return call.Type == typeof(double) ? call : Expression.Convert(call, typeof(double));
    }
}
