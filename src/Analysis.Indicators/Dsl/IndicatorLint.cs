using System.Text.RegularExpressions;

namespace Analysis.Indicators;

/// <summary>
/// Checks an indicator definition for what a scorecard needs: metadata present, value type and interval
/// consistent, the expressions its type requires, declared datasets matching those read.
/// </summary>
public static partial class IndicatorLint
{
    /// <summary>Every problem in one definition (empty when it is fit to run).</summary>
    public static IReadOnlyList<LintFinding> Check(IndicatorDefinition d)
    {
        var findings = new List<LintFinding>();
        void Error(string id, string message) => findings.Add(new LintFinding(id, true, message, d.Source));
        void Warn(string id, string message) => findings.Add(new LintFinding(id, false, message, d.Source));

        if (!IdPattern().IsMatch(d.Id))
        {
            Error("IND001", $"indicator id '{d.Id}' should be 2–4 capital letters then 2–3 digits, such as WF01");
        }

        if (string.IsNullOrWhiteSpace(d.Title))
        {
            Error("IND002", $"{d.Id} has no title");
        }

        if (string.IsNullOrWhiteSpace(d.Definition))
        {
            Error("IND003", $"{d.Id} has no .Definition(...): say precisely what is counted");
        }

        if (string.IsNullOrWhiteSpace(d.Rationale))
        {
            Error("IND004", $"{d.Id} has no .Rationale(...): say why it belongs on a scorecard");
        }

        if (d.Domain is null)
        {
            Error("IND005", $"{d.Id} has no .Domain(...)");
        }

        if (d.Polarity == Polarity.Unset)
        {
            Error("IND006", $"{d.Id} has no polarity: call .HigherIsBetter(), .LowerIsBetter() or .NoJudgement()");
        }

        if (d.ValueType == IndicatorValueType.Unset)
        {
            Error("IND007", $"{d.Id} has no value type: call .Proportion(), .Rate(per: ...), .Ratio(), .Mean() or .IndirectlyStandardised()");
        }

        if (string.IsNullOrWhiteSpace(d.Unit))
        {
            Error("IND008", $"{d.Id} has no .Unit(...)");
        }

        if (d.Multiplier <= 0 || double.IsNaN(d.Multiplier))
        {
            Error("IND009", $"{d.Id} has multiplier {d.Multiplier}; it must be positive");
        }

        RequiredExpressions(d, Error);
        CiFitsValueType(d, Error);
        DatasetsDeclared(d, Error, Warn);
        return findings;
    }

    /// <summary>Every problem in a library, including ids used twice.</summary>
    public static IReadOnlyList<LintFinding> Check(IEnumerable<IndicatorDefinition> definitions)
    {
        var list = definitions.ToList();
        var findings = list.SelectMany(Check).ToList();
        foreach (var duplicate in list.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var d in duplicate.Skip(1))
            {
                findings.Add(new LintFinding("IND010", true, $"indicator id {d.Id} is also defined at {duplicate.First().Source}", d.Source));
            }
        }

        return findings;
    }

    private static void RequiredExpressions(IndicatorDefinition d, Action<string, string> error)
    {
        var shortfall = d.ValueType == IndicatorValueType.Shortfall;
        if (d.Numerator is null)
        {
            error("IND011", shortfall ? $"{d.Id} has no .Supply(...)" : $"{d.Id} has no .Numerator(...)");
        }

        if (d.Denominator is null && d.ValueType != IndicatorValueType.Mean && d.ValueType != IndicatorValueType.IndirectlyStandardisedRatio)
        {
            error("IND012", shortfall ? $"{d.Id} has no .Need(...)" : $"{d.Id} has no .Denominator(...)");
        }

        if (d.ValueType == IndicatorValueType.IndirectlyStandardisedRatio && d.Expected is null)
        {
            error("IND013", $"{d.Id} is an indirectly standardised ratio without .Expected(...)");
        }

        if (shortfall && d.Target is null)
        {
            error("IND014", $"{d.Id} is a shortfall without .Target(...): Target.EnglandRate, Target.Rate(value, per) or Target.Percentile(p)");
        }

        if (!shortfall && d.Target is not null)
        {
            error("IND015", $"{d.Id} has a target but is not a shortfall");
        }
    }

    private static void CiFitsValueType(IndicatorDefinition d, Action<string, string> error)
    {
        var fits = (d.ValueType, d.Ci) switch
        {
            (_, CiMethod.Default or CiMethod.None) => true,
            (IndicatorValueType.Proportion, CiMethod.Wilson) => true,
            (IndicatorValueType.Rate or IndicatorValueType.IndirectlyStandardisedRatio, CiMethod.Byar or CiMethod.ExactPoisson) => true,
            (IndicatorValueType.Mean, CiMethod.T) => true,
            _ => false,
        };
        if (!fits)
        {
            error("IND016", $"{d.Id}: a {d.Ci} interval does not fit a {d.ValueType}");
        }
    }

    private static void DatasetsDeclared(IndicatorDefinition d, Action<string, string> error, Action<string, string> warn)
    {
        var read = DatasetsRead.In(d);
        if (d.Datasets.Count == 0)
        {
            error("IND017", $"{d.Id} does not declare its datasets: add .Uses({string.Join(", ", read.Order().Select(r => "Dataset." + r))})");
            return;
        }

        foreach (var missing in read.Except(d.Datasets).Order())
        {
            error("IND018", $"{d.Id} reads {missing} but does not declare it in .Uses(...)");
        }

        foreach (var unused in d.Datasets.Except(read).Order())
        {
            warn("IND019", $"{d.Id} declares {unused} but its expressions do not read it");
        }
    }

    [GeneratedRegex("^[A-Z]{2,4}[0-9]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
