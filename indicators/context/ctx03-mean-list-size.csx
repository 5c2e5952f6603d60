// List size changes the meaning of other indicators: small practices have volatile rates, and mergers
// into large practices change continuity, so it is context rather than a target.
Indicator("CTX03", "Mean practice list size")
    .Definition("The mean, over practices, of the number of patients registered at the practice (the monthly " +
        "'Patients Registered at a GP Practice' count, else the workforce census count, else the payments file's).")
    .Rationale("Practices have grown steadily larger as small practices close or merge (NHS Digital patients " +
        "registered; BMA); list size shapes workload organisation, continuity and the stability of every rate on the " +
        "scorecard.")
    .Domain(Domain.Context)
    .Mean()
    .Unit("registered patients (mean of practices)")
    .Numerator(p => p.RegisteredPatients)
    .Uses(Dataset.Registrations)
    .NoJudgement();
