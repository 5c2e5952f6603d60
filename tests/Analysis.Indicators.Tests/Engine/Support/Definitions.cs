using Analysis.Data.Panels;

namespace Analysis.Indicators.Tests.Engine.Support;

/// <summary>Complete definitions the engine tests run, built with the same fluent API scripts use.</summary>
internal static class Definitions
{
    public static IndicatorBuilder GpRate(string id = "WF01") =>
        Define.Indicator(id, "Fully qualified GPs (FTE) per 10,000 weighted patients")
            .Definition("Fully qualified GP FTE per 10,000 Carr-Hill weighted patients.")
            .Rationale("Supply against need.")
            .Domain(Domain.Workforce)
            .Rate(per: 10_000)
            .Unit("per 10,000 weighted patients")
            .Numerator(p => p.Workforce!.QualifiedGpFte)
            .Denominator(p => p.WeightedPatients)
            .Uses(PanelDataset.Workforce, PanelDataset.Payments)
            .HigherIsBetter();

    public static IndicatorBuilder Aged55Share(string id = "WF03") =>
        Define.Indicator(id, "GPs aged 55 and over")
            .Definition("Fully qualified GPs aged 55 or over as a share of fully qualified GPs (headcount).")
            .Rationale("Those nearest retirement.")
            .Domain(Domain.Workforce)
            .Proportion()
            .Unit("%")
            .Numerator(p => p.Workforce!.GpsAged55PlusHeadcount)
            .Denominator(p => p.Workforce!.QualifiedGpHeadcount)
            .Uses(PanelDataset.Workforce)
            .LowerIsBetter();

    public static ShortfallBuilder GpShortfall(ShortfallTarget target, string id = "SF01") =>
        Define.Shortfall(id, "GP FTE shortfall")
            .Definition("GP FTE an area lacks against a target rate per weighted patient.")
            .Rationale("How many GPs it would take.")
            .Unit("FTE")
            .Supply(p => p.Workforce!.QualifiedGpFte)
            .Need(p => p.WeightedPatients)
            .Target(target)
            .Uses(PanelDataset.Workforce, PanelDataset.Payments);
}
