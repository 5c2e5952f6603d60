// A ratio of sums (score x patients over patients), so an area's value is the deprivation of its average
// registered patient, the way Fingertips aggregates practice scores to larger areas.
Indicator("CTX02", "Deprivation score (IMD) of the average registered patient")
    .Definition("Practices' IMD scores (OHID Fingertips indicator 93553) weighted by their registered patients: the " +
        "sum of score times registered patients over the sum of registered patients. Higher is more deprived.")
    .Rationale("Large practices serve more people; weighting by list size gives the deprivation of the population an " +
        "area's GPs serve, the right context for per-patient supply measures (METHODS.md section 12).")
    .Domain(Domain.Context)
    .Ratio()
    .Unit("IMD score (patient-weighted)")
    .Numerator(p => p.Deprivation.Score * p.RegisteredPatients)
    .Denominator(p => p.RegisteredPatients)
    .Uses(Dataset.Deprivation, Dataset.Registrations)
    .NoJudgement();
