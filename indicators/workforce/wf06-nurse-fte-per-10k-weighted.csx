Indicator("WF06", "Practice nurses (FTE) per 10,000 weighted patients")
    .Definition("Full-time equivalent nurses employed by the practice - practice nurses, advanced nurse practitioners, " +
        "nurse specialists, extended-role and trainee nurses (GP Workforce TOTAL_NURSES_FTE) - per 10,000 Carr-Hill " +
        "weighted patients, same financial year.")
    .Rationale("Nurses deliver much of the chronic-disease and preventive care QOF rewards; nurse supply relative to need " +
        "is the second supply measure of the HEEC workforce panel and the basis of the nurse shortfall (SF03).")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.NurseFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.WeightedPatients == 0, "no weighted patients in the payments file (flagged 'No registered patients')");
