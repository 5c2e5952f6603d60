// Route: File system: inside an exclusion rule
// Expect: IND110 line 12 System.IO.Path
Indicator("HS06", "Hostile case HS06: io-in-exclusion")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .Exclude(p => System.IO.Path.Exists("/tmp/flag"), "a flag file exists")
    .HigherIsBetter();
