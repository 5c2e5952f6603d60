using System.Linq.Expressions;
using Analysis.Data.Panels;
using Analysis.Indicators.Engine.Expressions;

namespace Analysis.Indicators.Tests.Engine.Support;

/// <summary>
/// The straightforward evaluation the fused loop must agree with: each expression made null-safe and compiled
/// to a per-row delegate in decimal arithmetic, giving the value and the first empty read's reason.
/// </summary>
internal sealed class RowOracle
{
    private readonly List<string> _reasons = [string.Empty];

    public string Reason(int id) => _reasons[id];

    public Func<PanelRow, (T Value, int Reason)> Compile<T>(LambdaExpression lambda)
    {
        var reason = Expression.Variable(typeof(int), "reason");
        var body = NullSafe.As(NullSafe.Rewrite(RowExpression.Body(lambda), reason, Intern), typeof(T));
        var pair = typeof(ValueTuple<T, int>).GetConstructor([typeof(T), typeof(int)])!;
        var block = Expression.Block([reason], Expression.Assign(reason, Expression.Constant(0)), Expression.New(pair, body, reason));
        var compiled = Expression.Lambda<Func<PanelRow, (T, int)>>(block, RowExpression.Row).Compile();
        return row => compiled(row);
    }

    private int Intern(string text)
    {
        var at = _reasons.IndexOf(text);
        if (at < 0)
        {
            _reasons.Add(text);
            at = _reasons.Count - 1;
        }

        return at;
    }
}
