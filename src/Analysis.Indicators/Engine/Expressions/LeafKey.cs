using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;

namespace Analysis.Indicators.Engine.Expressions;

/// <summary>
/// Names a leaf so that indicators reading the same thing share one column: its text over the canonical row
/// parameter, plus an identity for any captured object whose text could hide a different value.
/// </summary>
internal sealed class LeafKey
{
    private readonly ConditionalWeakTable<object, StrongBox<long>> _identities = [];
    private long _next;

    /// <summary>The key of a canonical leaf expression.</summary>
    public string Of(Expression leaf)
    {
        var key = new StringBuilder(leaf.ToString());
        foreach (var value in Constants.In(leaf))
        {
            var id = _identities.GetValue(value, _ => new StrongBox<long>(Interlocked.Increment(ref _next)));
            key.Append(" #").Append(id.Value);
        }

        return key.ToString();
    }

    private sealed class Constants : ExpressionVisitor
    {
        private readonly List<object> _found = [];

        public static List<object> In(Expression e)
        {
            var finder = new Constants();
            finder.Visit(e);
            return finder._found;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is { } value && !(value.GetType().IsPrimitive || value.GetType().IsEnum || value is string or decimal))
            {
                _found.Add(value);
            }

            return node;
        }
    }
}
