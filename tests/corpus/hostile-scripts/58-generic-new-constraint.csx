// Route: Generics: new T() (Activator underneath) for a forbidden T
// Expect: IND110 line 4 System.IO.MemoryStream
T Make<T>() where T : new() => new T();
var stream = Make<System.IO.MemoryStream>();

Indicator("HS58", "Hostile case HS58: generic-new-constraint")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
