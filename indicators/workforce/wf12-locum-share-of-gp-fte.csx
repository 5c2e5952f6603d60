// FTE are not independent trials: the Wilson interval treats them as counts and is indicative only.
// Locum FTE covers locums the practice returns; ad hoc agency cover is under-recorded by the collection.
Indicator("WF12", "Locum share of GP FTE")
    .Definition("Full-time equivalent locum GPs (GP Workforce TOTAL_GP_FTE less TOTAL_GP_EXL_FTE) as a percentage of the FTE of all GPs (fully qualified, in training " +
        "grades and locums) working in the practice at the census.")
    .Rationale("Reliance on locums signals difficulty recruiting permanent GPs and costs continuity of care, which is " +
        "associated with fewer admissions and lower mortality (Pereira Gray et al., BMJ Open 2018).")
    .Domain(Domain.Workforce)
    .Proportion()
    .Unit("% of all GP FTE")
    .Numerator(p => p.Workforce.LocumGpFte)
    .Denominator(p => p.Workforce.AllGpFte)
    .Uses(Dataset.Workforce)
    .LowerIsBetter()
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors");
