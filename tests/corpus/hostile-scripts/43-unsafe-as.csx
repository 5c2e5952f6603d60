// Route: Type punning without the unsafe keyword: Unsafe.As
// Expect: IND110 line 3 System.Runtime.CompilerServices.Unsafe
var same = System.Runtime.CompilerServices.Unsafe.As<string>(new object());

Indicator("HS43", "Hostile case HS43: unsafe-as")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
