// Route: Pointers: a pointer field in a nested struct
// Expect: IND112 line 15 unsafe modifier
// Expect: IND112 line 17 pointer type
Indicator("HS39", "Hostile case HS39: unsafe-pointer-field")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

unsafe struct Raw
{
    public int* Address;
}
