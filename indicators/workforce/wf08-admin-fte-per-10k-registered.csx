// Per registered rather than weighted patient: reception, records and management work scales with the
// number of people on the list more than with their clinical need.
Indicator("WF08", "Admin and non-clinical staff (FTE) per 10,000 registered patients")
    .Definition("Full-time equivalent admin and non-clinical staff employed by the practice - managers, receptionists, " +
        "secretaries, medical records and other admin roles (GP Workforce TOTAL_ADMIN_FTE) - per 10,000 registered patients.")
    .Rationale("Admin staff carry the phones, registrations and care navigation that shape access (see GPPS02); " +
        "published alongside the clinical groups in every GP Workforce release and in the HEEC panel.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 registered patients")
    .Numerator(p => p.Workforce.AdminFte)
    .Denominator(p => p.RegisteredPatients)
    .Uses(Dataset.Workforce, Dataset.Registrations)
    // More admin staff is neither good nor bad in itself: it can mean better access or less efficient organisation.
    .NoJudgement()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors");
