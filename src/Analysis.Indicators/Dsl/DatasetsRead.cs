using System.Linq.Expressions;
using Analysis.Data.Panels;

namespace Analysis.Indicators;

/// <summary>Finds which panel datasets an indicator's expressions read, from the row members they touch.</summary>
internal sealed class DatasetsRead : ExpressionVisitor
{
    private static readonly Dictionary<string, PanelDataset[]> ByMember = new(StringComparer.Ordinal)
    {
        [nameof(PanelRow.Payments)] = [PanelDataset.Payments],
        [nameof(PanelRow.WeightedPatients)] = [PanelDataset.Payments],
        [nameof(PanelRow.Workforce)] = [PanelDataset.Workforce],
        [nameof(PanelRow.Registration)] = [PanelDataset.Registrations],
        [nameof(PanelRow.RegisteredPatients)] = [PanelDataset.Registrations],
        [nameof(PanelRow.Qof)] = [PanelDataset.Qof],
        [nameof(PanelRow.Prevalence)] = [PanelDataset.Prevalence],
        [nameof(PanelRow.Survey)] = [PanelDataset.Survey],
        [nameof(PanelRow.Deprivation)] = [PanelDataset.Deprivation],
        [nameof(PanelRow.DeprivationDecile)] = [PanelDataset.Deprivation],
        [nameof(PanelRow.DeprivationQuintile)] = [PanelDataset.Deprivation],
    };

    private readonly HashSet<PanelDataset> _found = [];

    public static IReadOnlySet<PanelDataset> In(IndicatorDefinition definition)
    {
        var visitor = new DatasetsRead();
        foreach (var expression in new Expression?[] { definition.Numerator, definition.Denominator, definition.Expected })
        {
            visitor.Visit(expression);
        }

        return visitor._found;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression?.Type == typeof(PanelRow) && ByMember.TryGetValue(node.Member.Name, out var datasets))
        {
            _found.UnionWith(datasets);
        }

        return base.VisitMember(node);
    }
}
