// A ratio of sums: an area's registered patients over its fully qualified GP FTE (METHODS.md section 12),
// never the mean of practice ratios. Practices with no qualified GP FTE are left out (the ratio is
// undefined for them), so for an area this is not exactly 10,000 / WF02; WF02 keeps them in.
Indicator("WF03", "Registered patients per fully qualified GP (FTE)")
    .Definition("Registered patients of all ages divided by full-time equivalent fully qualified GPs (excluding GPs in " +
        "training grades and locums). An area's value is its practices' total patients over their total FTE.")
    .Rationale("The form in which GP supply is most often reported to the public: a 2023 Sky News analysis of NHS data " +
        "found the average fully qualified GP responsible for 2,337 patients, up from 2,014 in 2015, where the RCGP chair " +
        "recalled 1,700-1,800 as normal. METHODS.md section 12 (HEEC) defines it as patients over GP FTE.")
    .Domain(Domain.Workforce)
    .Ratio()
    .Unit("registered patients per FTE GP")
    .Numerator(p => p.RegisteredPatients)
    .Denominator(p => p.Workforce.QualifiedGpFte)
    .Uses(Dataset.Registrations, Dataset.Workforce)
    .LowerIsBetter()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.Workforce.QualifiedGpFte == 0, "no fully qualified GP FTE recorded: patients per GP is undefined");
