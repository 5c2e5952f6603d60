using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Analysis.Indicators.Engine.Expressions;

/// <summary>
/// Rewrites a row expression so that reading through a missing record yields null instead of throwing, as if
/// every member access were <c>?.</c>: <c>p.Workforce.QualifiedGpFte</c> is null when the practice has no
/// workforce record that month. Values that become nullable lift the operators above them (null + 1 is null,
/// null &lt; 1000 is false), and the first empty read sets a reason variable to the id of its wording.
/// </summary>
/// <remarks>
/// Nested lambdas (a LINQ call inside a script) are left as written; anything they throw is caught where
/// the expression is evaluated and counted as a reason of its own.
/// </remarks>
internal sealed class NullSafe : ExpressionVisitor
{
    private readonly ParameterExpression _reason;
    private readonly Func<string, int> _intern;
    private readonly HashSet<Expression> _objects;

    private NullSafe(ParameterExpression reason, Func<string, int> intern, HashSet<Expression> objects)
    {
        _reason = reason;
        _intern = intern;
        _objects = objects;
    }

    /// <summary>
    /// The null-safe form of <paramref name="body"/> (over <see cref="RowExpression.Row"/>); its type is the
    /// original type or, for a value type, its nullable form.
    /// </summary>
    /// <param name="body">A canonical row expression.</param>
    /// <param name="reason">An <c>int</c> variable, 0 before evaluation, set to the first empty read's reason id.</param>
    /// <param name="intern">Gives the id of a reason's wording.</param>
    public static Expression Rewrite(Expression body, ParameterExpression reason, Func<string, int> intern) =>
        new NullSafe(reason, intern, ObjectFinder.Objects(body)).Visit(body);

    /// <summary>Converts a rewritten body back to the type a lambda returns: a null <c>bool</c> is false.</summary>
    public static Expression As(Expression rewritten, Type type)
    {
        if (rewritten.Type == type)
        {
            return rewritten;
        }

        return type == typeof(bool) && rewritten.Type == typeof(bool?)
            ? Expression.Equal(rewritten, Expression.Constant(true, typeof(bool?)))
            : Expression.Convert(rewritten, type);
    }

    /// <summary>True when a value of the type can be null.</summary>
    public static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    /// <summary>The nullable form of a value type (the type itself when it can already be null).</summary>
    public static Type Lifted(Type type) => CanBeNull(type) ? type : typeof(Nullable<>).MakeGenericType(type);

    protected override Expression VisitLambda<T>(Expression<T> node) => node;

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is null)
        {
            return node;
        }

        var target = Visit(node.Expression);
        Expression result;
        if (Nullable.GetUnderlyingType(node.Expression.Type) is not null)
        {
            // .Value on a null yields null rather than throwing; .HasValue is already safe.
            result = node.Member.Name == nameof(Nullable<int>.Value) ? target : Expression.MakeMemberAccess(target, node.Member);
        }
        else
        {
            result = Guarded(node.Expression, target, receiver => Expression.MakeMemberAccess(receiver, node.Member));
        }

        return ChainTop(node, result);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Object is not null && DictionaryLookup(node) is { } lookup)
        {
            return ChainTop(node, lookup);
        }

        var arguments = node.Arguments.Select(a => Visit(a)).ToList();
        if (node.Object is null)
        {
            return ChainTop(node, StaticCall(node, arguments));
        }

        var target = Visit(node.Object);
        Expression result = Nullable.GetUnderlyingType(node.Object.Type) is not null
            ? LiftedArguments(node.Method, arguments, args => Expression.Call(target, node.Method, args))
            : Guarded(node.Object, target, receiver => LiftedArguments(node.Method, arguments, args => Expression.Call(receiver, node.Method, args)));
        return ChainTop(node, result);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        var left = Visit(node.Left);
        var right = Visit(node.Right);
        if (left.Type == node.Left.Type && right.Type == node.Right.Type)
        {
            return node.Update(left, node.Conversion, right);
        }

        if (node.NodeType == ExpressionType.Coalesce)
        {
            return Expression.Coalesce(left, right);
        }

        if (node.NodeType == ExpressionType.ArrayIndex)
        {
            return node;
        }

        return Expression.MakeBinary(node.NodeType, ToLifted(left), ToLifted(right), liftToNull: false, node.Method);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.NodeType == ExpressionType.Quote)
        {
            return node;
        }

        var operand = Visit(node.Operand);
        if (operand.Type == node.Operand.Type)
        {
            return node.Update(operand);
        }

        return node.NodeType switch
        {
            ExpressionType.Convert or ExpressionType.ConvertChecked => Expression.Convert(operand, Lifted(node.Type)),
            ExpressionType.Negate or ExpressionType.NegateChecked or ExpressionType.UnaryPlus or ExpressionType.Not or ExpressionType.OnesComplement
                => Expression.MakeUnary(node.NodeType, operand, null!),
            _ => node,
        };
    }

    protected override Expression VisitConditional(ConditionalExpression node)
    {
        var test = Visit(node.Test);
        if (test.Type == typeof(bool?))
        {
            test = Expression.Equal(test, Expression.Constant(true, typeof(bool?)));
        }

        var whenTrue = Visit(node.IfTrue);
        var whenFalse = Visit(node.IfFalse);
        if (whenTrue.Type == whenFalse.Type)
        {
            return Expression.Condition(test, whenTrue, whenFalse, whenTrue.Type);
        }

        return Expression.Condition(test, ToLifted(whenTrue), ToLifted(whenFalse), Lifted(node.Type));
    }

    // Node types with no rule here are kept as written: a null inside them throws, and the evaluator counts that row.
    protected override Expression VisitInvocation(InvocationExpression node) => node;

    protected override Expression VisitNew(NewExpression node) => node;

    protected override Expression VisitNewArray(NewArrayExpression node) => node;

    protected override Expression VisitListInit(ListInitExpression node) => node;

    protected override Expression VisitMemberInit(MemberInitExpression node) => node;

    protected override Expression VisitTypeBinary(TypeBinaryExpression node) => node;

    protected override Expression VisitIndex(IndexExpression node) => node;

    private static Expression ToLifted(Expression e) => e.Type == Lifted(e.Type) ? e : Expression.Convert(e, Lifted(e.Type));

    private static Expression IsNull(Expression e) => e.Type.IsValueType
        ? Expression.Not(Expression.Property(e, "HasValue"))
        : Expression.ReferenceEqual(e, Expression.Constant(null, e.Type));

    // The receiver as the member expects it: a struct lifted to nullable by an earlier guard is unwrapped.
    private static Expression Unwrapped(Expression e, Type declared) =>
        e.Type == declared ? e : Expression.Call(e, e.Type.GetMethod(nameof(Nullable<int>.GetValueOrDefault), Type.EmptyTypes)!);

    private Expression Record(string reason) =>
        Expression.Assign(_reason, Expression.Condition(Expression.Equal(_reason, Expression.Constant(0)), Expression.Constant(_intern(reason)), _reason));

    /// <summary>Reads through <paramref name="target"/> unless it is null, in which case the result is null and the reason recorded.</summary>
    private Expression Guarded(Expression original, Expression target, Func<Expression, Expression> read)
    {
        if (target == RowExpression.Row || !CanBeNull(target.Type))
        {
            return read(target);
        }

        var receiver = Expression.Variable(target.Type, "receiver");
        var value = read(Unwrapped(receiver, original.Type));
        var type = Lifted(value.Type);
        return Expression.Block(
            type,
            [receiver],
            Expression.Assign(receiver, target),
            Expression.Condition(
                IsNull(receiver),
                Expression.Block(type, Record(ReasonText.NoRecord(original)), Expression.Default(type)),
                value.Type == type ? value : Expression.Convert(value, type)));
    }

    /// <summary>A call whose arguments became nullable: null when any of them is null, otherwise the call on their values.</summary>
    private static Expression LiftedArguments(MethodInfo method, List<Expression> arguments, Func<IEnumerable<Expression>, Expression> call)
    {
        var parameters = method.GetParameters();
        var lifted = Enumerable.Range(0, arguments.Count)
            .Where(i => arguments[i].Type != parameters[i].ParameterType && Nullable.GetUnderlyingType(arguments[i].Type) == parameters[i].ParameterType)
            .ToList();
        if (lifted.Count == 0)
        {
            return call(arguments);
        }

        var temporaries = lifted.ToDictionary(i => i, i => Expression.Variable(arguments[i].Type, "argument" + i));
        var values = arguments.Select((a, i) => temporaries.TryGetValue(i, out var t) ? Unwrapped(t, parameters[i].ParameterType) : a);
        var result = call(values);
        var type = Lifted(result.Type);
        var anyNull = temporaries.Values.Select(IsNull).Aggregate(Expression.OrElse);
        return Expression.Block(
            type,
            temporaries.Values,
            temporaries.Select(t => (Expression)Expression.Assign(t.Value, arguments[t.Key]))
                .Append(Expression.Condition(anyNull, Expression.Default(type), result.Type == type ? result : Expression.Convert(result, type))));
    }

    private Expression StaticCall(MethodCallExpression node, List<Expression> arguments)
    {
        // An extension method's receiver is its first argument: a null collection read through a missing record gives null.
        if (node.Method.IsDefined(typeof(ExtensionAttribute), false) && arguments.Count > 0 && !arguments[0].Type.IsValueType
            && !RowExpression.IsClosed(node.Arguments[0]))
        {
            var first = arguments[0];
            return Guarded(node.Arguments[0], first, receiver => LiftedArguments(node.Method, [receiver, .. arguments.Skip(1)], args => Expression.Call(node.Method, args)));
        }

        return LiftedArguments(node.Method, arguments, args => Expression.Call(node.Method, args));
    }

    /// <summary><c>d[key]</c> on a dictionary becomes a TryGetValue, so a missing key is a reason rather than an exception.</summary>
    private Expression? DictionaryLookup(MethodCallExpression node)
    {
        if (node.Method.Name != "get_Item" || node.Arguments.Count != 1)
        {
            return null;
        }

        var dictionary = node.Object!.Type.GetInterfaces().Append(node.Object.Type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        if (dictionary is null)
        {
            return null;
        }

        var tryGet = dictionary.GetMethod(nameof(IReadOnlyDictionary<int, int>.TryGetValue))!;
        var valueType = dictionary.GetGenericArguments()[1];
        var key = Visit(node.Arguments[0]);
        if (key.Type != tryGet.GetParameters()[0].ParameterType)
        {
            return null;
        }

        var target = Visit(node.Object);
        return Guarded(node.Object, target, receiver =>
        {
            var found = Expression.Variable(valueType, "found");
            var type = Lifted(valueType);
            return Expression.Block(
                type,
                [found],
                Expression.Condition(
                    Expression.Call(Expression.Convert(receiver, dictionary), tryGet, key, found),
                    valueType == type ? found : Expression.Convert(found, type),
                    Expression.Block(type, Record(ReasonText.NoEntry(node.Object, node.Arguments[0])), Expression.Default(type))));
        });
    }

    /// <summary>At the end of a member chain, a null numeric or true/false value records why it is empty.</summary>
    private Expression ChainTop(Expression original, Expression result)
    {
        if (_objects.Contains(original) || Nullable.GetUnderlyingType(result.Type) is null)
        {
            return result;
        }

        var value = Expression.Variable(result.Type, "value");
        return Expression.Block(
            result.Type,
            [value],
            Expression.Assign(value, result),
            Expression.IfThen(IsNull(value), Record(ReasonText.NoValue(original))),
            value);
    }

    /// <summary>Finds the nodes that are read through (the object of a member, call or extension call), which are not chain ends.</summary>
    private sealed class ObjectFinder : ExpressionVisitor
    {
        private readonly HashSet<Expression> _objects = new(ReferenceEqualityComparer.Instance);

        public static HashSet<Expression> Objects(Expression body)
        {
            var finder = new ObjectFinder();
            finder.Visit(body);
            return finder._objects;
        }

        protected override Expression VisitLambda<T>(Expression<T> node) => node;

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is not null)
            {
                _objects.Add(node.Expression);
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Object is not null)
            {
                _objects.Add(node.Object);
            }
            else if (node.Method.IsDefined(typeof(ExtensionAttribute), false) && node.Arguments.Count > 0)
            {
                _objects.Add(node.Arguments[0]);
            }

            return base.VisitMethodCall(node);
        }
    }
}
