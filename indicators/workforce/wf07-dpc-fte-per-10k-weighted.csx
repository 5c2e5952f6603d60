// Practice-employed staff only: direct patient care roles funded through the PCN Additional Roles
// Reimbursement Scheme (since 2019) are mostly employed by the PCN and appear in the PCN workforce
// collection, not here, so growth in those roles is understated at practice level.
Indicator("WF07", "Direct patient care staff (FTE) per 10,000 weighted patients")
    .Definition("Full-time equivalent direct patient care staff employed by the practice - pharmacists, physician " +
        "associates, healthcare assistants, phlebotomists, paramedics, physiotherapists and other roles " +
        "(GP Workforce TOTAL_DPC_FTE) - per 10,000 Carr-Hill weighted patients, same financial year.")
    .Rationale("The roles meant to widen the workforce beyond GPs and nurses (GP Forward View 2016, Long Term Plan 2019); " +
        "an area short of GPs may or may not be making it up here (HEEC workforce panel).")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.DirectPatientCareFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.WeightedPatients == 0, "no weighted patients in the payments file (flagged 'No registered patients')");
