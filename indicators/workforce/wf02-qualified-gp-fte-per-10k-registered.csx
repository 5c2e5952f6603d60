// The unadjusted twin of WF01: comparing the two shows how much need weighting moves an area.
// The registered count is the panel's best one for the month: the monthly extract, else the workforce
// census's own TOTAL_PATIENTS, else the payments file's (see PanelRow.RegisteredPatients).
Indicator("WF02", "Fully qualified GPs (FTE) per 10,000 registered patients")
    .Definition("Full-time equivalent fully qualified GPs (excluding GPs in training grades and locums) per 10,000 " +
        "registered patients of all ages. An area's value is its practices' total FTE over their total registered patients.")
    .Rationale("The headline supply figure NHS England and the BMA publish (fully qualified GPs per 1,000 patients, " +
        "falling since the September 2015 baseline); unlike WF01 it does not depend on the Carr-Hill formula, which is " +
        "criticised for under-weighting deprivation (METHODS.md section 13).")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 registered patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.RegisteredPatients)
    .Uses(Dataset.Workforce, Dataset.Registrations)
    .HigherIsBetter()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors");
