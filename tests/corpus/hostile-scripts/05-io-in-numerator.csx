// Route: File system: inside the numerator's expression tree, evaluated by the engine
// Expect: IND110 line 9 System.IO.FileInfo
Indicator("HS05", "Hostile case HS05: io-in-numerator")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => (decimal?)new System.IO.FileInfo("/etc/passwd").Length)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
