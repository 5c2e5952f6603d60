using Analysis.Data.Panels;

namespace Analysis.Indicators.Tests.Dsl;

public sealed class IndicatorLintTests
{
    private static IndicatorBuilder Complete() =>
        Define.Indicator("WF01", "Fully qualified GPs (FTE) per 10,000 weighted patients")
            .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
            .Rationale("The usual measure of how well doctored an area is relative to the need of its patients.")
            .Domain(Domain.Workforce)
            .Rate(per: 10_000)
            .Unit("per 10,000 weighted patients")
            .Numerator(p => p.Workforce!.QualifiedGpFte)
            .Denominator(p => p.WeightedPatients)
            .Uses(PanelDataset.Workforce, PanelDataset.Payments)
            .HigherIsBetter();

    [Fact]
    public void A_complete_definition_is_clean_and_records_where_it_was_made()
    {
        var definition = Complete().Build();

        Assert.Empty(IndicatorLint.Check(definition));
        Assert.EndsWith("IndicatorLintTests.cs", definition.Source.Path, StringComparison.Ordinal);
        Assert.Equal(10_000, definition.Multiplier);
    }

    [Fact]
    public void Missing_metadata_is_reported_one_finding_per_gap()
    {
        var bare = Define.Indicator("WF02", "Bare").Build();

        var ids = IndicatorLint.Check(bare).Select(f => f.Id).ToList();

        Assert.Equal(["IND003", "IND004", "IND005", "IND006", "IND007", "IND008", "IND011", "IND012", "IND017"], ids);
    }

    [Fact]
    public void Datasets_read_but_not_declared_are_errors_and_declared_but_unread_are_warnings()
    {
        var definition = Complete().Uses(PanelDataset.Survey).Build() with { Datasets = [PanelDataset.Workforce, PanelDataset.Survey] };

        var findings = IndicatorLint.Check(definition);

        Assert.Contains(findings, f => f is { Id: "IND018", IsError: true } && f.Message.Contains("Payments", StringComparison.Ordinal));
        Assert.Contains(findings, f => f is { Id: "IND019", IsError: false } && f.Message.Contains("Survey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shortfall_needs_a_target_and_an_interval_must_fit_the_value_type()
    {
        var shortfall = Define.Shortfall("SF01", "GP FTE shortfall").Supply(p => p.Workforce!.QualifiedGpFte).Need(p => p.WeightedPatients).Build();
        var wilsonRate = Complete().Rate(per: 10_000, ci: CiMethod.Wilson).Build();

        Assert.Contains(IndicatorLint.Check(shortfall), f => f.Id == "IND014");
        Assert.Contains(IndicatorLint.Check(wilsonRate), f => f.Id == "IND016");
    }

    [Fact]
    public void The_same_id_twice_in_a_library_is_an_error_naming_the_first()
    {
        var findings = IndicatorLint.Check([Complete().Build(), Complete().Build()]);

        Assert.Single(findings, f => f.Id == "IND010");
    }
}
