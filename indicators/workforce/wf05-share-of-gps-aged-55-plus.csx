// A headcount proportion (people, not FTE), so the Wilson interval is the right one.
// The annual derived workforce panel has no age bands: this indicator needs census-level
// "Practice Level - Detailed" files.
Indicator("WF05", "Share of fully qualified GPs aged 55 and over")
    .Definition("Fully qualified GPs (headcount, excluding GPs in training grades and locums) aged 55 or over (the 55-59, 60-64, " +
        "65-69 and 70+ headcount bands of GP Workforce 'Practice Level - Detailed'), as a percentage of all fully qualified GPs (headcount) at the census.")
    .Rationale("GPs aged 55+ are those nearest retirement or pension-driven early exit; a high share warns of supply " +
        "about to fall (NHS Long Term Workforce Plan 2023; BMA pressures in general practice analysis).")
    .Domain(Domain.Workforce)
    .Proportion()
    .Unit("% of fully qualified GPs (headcount)")
    .Numerator(p => p.Workforce.GpsAged55PlusHeadcount)
    .Denominator(p => p.Workforce.QualifiedGpHeadcount)
    .Uses(Dataset.Workforce)
    .LowerIsBetter()
    .Exclude(p => p.Workforce.QualifiedGpHeadcount == 0, "no fully qualified GPs in post: the share is undefined");
