Shortfall("SF03", "Practice nurse FTE shortfall against the England rate per weighted patient")
    .Definition("Nurse FTE an area's practices would employ at England's rate of nurse FTE per Carr-Hill weighted " +
        "patient, minus the nurse FTE they employ; reported as expected FTE, gap and gap as a percentage of expected.")
    .Rationale("A GP shortfall is sometimes offset by nurses and sometimes compounded by a nurse shortfall; this is the " +
        "nurse counterpart of SF01 (WF06 as a gap; HEEC workforce panel).")
    .Supply(p => p.Workforce.NurseFte)
    .Need(p => p.WeightedPatients)
    .Target(Target.EnglandRate)
    .Unit("FTE")
    .Uses(Dataset.Workforce, Dataset.Payments)
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.WeightedPatients == 0, "no weighted patients in the payments file (flagged 'No registered patients')");
