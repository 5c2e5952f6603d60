// Route: Reflection: GetType() on the panel row, inside the numerator
// Expect: IND110 line 9 object.GetType()
Indicator("HS10", "Hostile case HS10: reflection-gettype-on-row")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => (decimal?)p.GetType().GetProperties().Length)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
