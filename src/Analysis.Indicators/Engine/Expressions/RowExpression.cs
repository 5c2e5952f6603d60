using System.Linq.Expressions;
using Analysis.Data.Panels;

namespace Analysis.Indicators.Engine.Expressions;

/// <summary>
/// Puts an indicator's row lambda in a canonical form: one shared row parameter, and every part that does not
/// read the row (a notebook's captured variable, <c>1000 * 12</c>) evaluated once into a constant.
/// </summary>
internal static class RowExpression
{
    /// <summary>The row parameter every canonical body refers to.</summary>
    public static ParameterExpression Row { get; } = Expression.Parameter(typeof(PanelRow), "p");

    /// <summary>The lambda's body over <see cref="Row"/>, with row-independent parts folded to constants.</summary>
    public static Expression Body(LambdaExpression lambda)
    {
        var rebound = new Rebinder(lambda.Parameters[0]).Visit(lambda.Body)!;
        return new Folder().Visit(rebound)!;
    }

    /// <summary>True when the expression mentions no parameter at all (so can be evaluated without a row).</summary>
    public static bool IsClosed(Expression expression) => !ParameterFinder.Finds(expression);

    private sealed class Rebinder(ParameterExpression from) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? Row : node;
    }

    private sealed class ParameterFinder : ExpressionVisitor
    {
        private bool _found;

        public static bool Finds(Expression expression)
        {
            var finder = new ParameterFinder();
            finder.Visit(expression);
            return finder._found;
        }

        public override Expression? Visit(Expression? node) => _found ? node : base.Visit(node);

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found = true;
            return node;
        }
    }

    // Evaluates maximal closed subtrees (captured variables, constant arithmetic) once, so two indicators that
    // capture different values never share a column, and the loop sees plain constants.
    private sealed class Folder : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node)
        {
            if (node is null or ConstantExpression or LambdaExpression or ParameterExpression || node.NodeType == ExpressionType.Quote
                || node.Type == typeof(void) || !IsClosed(node))
            {
                return base.Visit(node);
            }

            try
            {
                var value = Expression.Lambda(node).Compile(preferInterpretation: true).DynamicInvoke();
                return Expression.Constant(value, node.Type);
            }
            catch (System.Reflection.TargetInvocationException)
            {
                // Left as it is, so the failure surfaces where the row is evaluated, with the row's reason.
                return base.Visit(node);
            }
        }
    }
}
