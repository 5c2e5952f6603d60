// Route: Raw memory: stackalloc into a Span
// Expect: IND112 line 4 stackalloc
// Expect: IND110 line 4 System.Span
Span<byte> buffer = stackalloc byte[1 << 20];

Indicator("HS41", "Hostile case HS41: stackalloc")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
