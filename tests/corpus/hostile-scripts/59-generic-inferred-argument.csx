// Route: Generics: a forbidden type argument inferred, never written
// Expect: IND110 line 4 System.Type
T Same<T>(T value) => value;
var kind = Same(typeof(int));

Indicator("HS59", "Hostile case HS59: generic-inferred-argument")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
