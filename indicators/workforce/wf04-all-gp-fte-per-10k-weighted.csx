// Counts every GP who sees patients, so an area that relies on trainees and locums looks better here
// than in WF01; the gap between the two is WF13.
Indicator("WF04", "All GPs including trainees and locums (FTE) per 10,000 weighted patients")
    .Definition("Full-time equivalent GPs of every kind - fully qualified GPs, GPs in training grades (registrars) and " +
        "locums (GP Workforce TOTAL_GP_FTE) - per 10,000 Carr-Hill weighted patients, same financial year.")
    .Rationale("Medical capacity actually on the rota: trainees and locums consult too. Read with WF01, which counts " +
        "only the permanent, fully qualified workforce (METHODS.md section 12).")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.AllGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.WeightedPatients == 0, "no weighted patients in the payments file (flagged 'No registered patients')");
