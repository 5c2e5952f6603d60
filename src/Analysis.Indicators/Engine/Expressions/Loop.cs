using System.Linq.Expressions;

namespace Analysis.Indicators.Engine.Expressions;

/// <summary>Builds <c>for (i = from; i &lt; to; i++) body</c> as an expression tree.</summary>
internal static class Loop
{
    public static Expression For(ParameterExpression i, Expression from, Expression to, Expression body)
    {
        var end = Expression.Label("end");
        return Expression.Block(
            Expression.Assign(i, from),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(i, to),
                    Expression.Block(body, Expression.PreIncrementAssign(i)),
                    Expression.Break(end)),
                end));
    }
}
