// A practice missing any one staff group's figure leaves this indicator (the sum would understate it).
Indicator("WF14", "Clinical staff (FTE) per 10,000 weighted patients")
    .Definition("Full-time equivalent GPs of every kind, nurses and direct patient care staff employed by the practice, " +
        "added together, per 10,000 Carr-Hill weighted patients, same financial year.")
    .Rationale("Total clinical capacity: an area short of GPs but rich in nurses and other clinicians is less " +
        "under-served than WF01 alone suggests (NHS Long Term Workforce Plan 2023 on skill mix).")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.AllGpFte + p.Workforce.NurseFte + p.Workforce.DirectPatientCareFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.WeightedPatients == 0, "no weighted patients in the payments file (flagged 'No registered patients')");
