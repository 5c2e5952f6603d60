using System.Linq.Expressions;
using Analysis.Data.Panels;

namespace Analysis.Indicators;

/// <summary>A rule that leaves practice-months out of an indicator, with the reason reported beside its count.</summary>
public sealed record Exclusion(string Reason, Expression<Func<PanelRow, bool>> When);
