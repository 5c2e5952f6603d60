using System.Globalization;
using Analysis.Data.Codes;
using Analysis.Data.Panels;
using Analysis.Data.Periods;

namespace Analysis.Reports;

/// <summary>
/// Says why an indicator has no value for a practice or area: suppressed, excluded by which of the indicator's rules,
/// or which dataset is missing for the practice that month and why (from the panel's coverage report).
/// </summary>
internal sealed class ValueExplainer
{
    private readonly Panel _panel;
    private readonly Lazy<ILookup<OdsCode, CoverageGap>> _gaps;
    private readonly Lazy<Func<PanelRow, bool>[]>[] _exclusions;

    public ValueExplainer(Panel panel, IReadOnlyList<IndicatorDefinition> indicators)
    {
        _panel = panel;
        _gaps = new(() => panel.Coverage.Gaps.ToLookup(g => g.Practice));
        _exclusions = [.. indicators.Select(d => new Lazy<Func<PanelRow, bool>[]>(() => [.. d.Exclusions.Select(e => e.When.Compile())]))];
    }

    public string ForPractice(int k, IndicatorDefinition d, PracticeNode practice, IndicatorValue? v, Month? period)
    {
        if (v is null)
        {
            return period is { } p ? $"No value: the practice has no record in {p}" : "No value: the practice has no record in the month reported";
        }

        if (v.Suppressed)
        {
            return "Suppressed: a count below the disclosure threshold is not shown";
        }

        var row = practice.RowAt(_panel, v.Period);
        if (v.Excluded > 0)
        {
            return row is not null && Exclusion(k, d, row) is { } reason ? "Excluded: " + reason : "Excluded by one of the indicator's rules (see methods)";
        }

        if (v.Missing > 0 && row is not null)
        {
            var absent = d.Datasets.Where(ds => !DatasetNames.Has(row, ds)).ToList();
            if (absent.Count > 0)
            {
                return "No data: " + string.Join("; ", absent.Select(ds => $"no {DatasetNames.Of(ds)} record in {v.Period}{Gap(practice, ds, v.Period)}"));
            }

            return string.Create(CultureInfo.InvariantCulture, $"No data: a value the indicator needs is blank for this practice in {v.Period}");
        }

        return "No value";
    }

    public static string ForArea(IndicatorValue? v, Month? period)
    {
        if (v is null)
        {
            return period is { } p ? $"No value: no practice in this area had a record in {p}" : "No value: no practice in this area had a record";
        }

        if (v.Suppressed)
        {
            return "Suppressed: a count below the disclosure threshold is not shown";
        }

        return string.Create(CultureInfo.InvariantCulture, $"No value: {v.Missing:#,0} practice-months without data and {v.Excluded:#,0} excluded by the indicator's rules");
    }

    private string? Exclusion(int k, IndicatorDefinition d, PanelRow row)
    {
        var rules = _exclusions[k].Value;
        for (var i = 0; i < rules.Length; i++)
        {
            try
            {
                if (rules[i](row))
                {
                    return d.Exclusions[i].Reason;
                }
            }
            catch (Exception e) when (e is NullReferenceException or InvalidOperationException)
            {
                // The engine reads an absent dataset as null and the rule as not applying; a compiled rule throws instead.
            }
        }

        return null;
    }

    private string Gap(PracticeNode practice, PanelDataset dataset, Month month)
    {
        var gap = _gaps.Value[practice.Ods].FirstOrDefault(g => g.Dataset == dataset && g.From <= month && g.To >= month);
        return gap is null ? string.Empty : " (" + DatasetNames.Reason(gap.Reason) + ")";
    }
}
