// Route: Endless LINQ: a cross join of two int.MaxValue ranges
// Expect: contained IND130
var pairs = Enumerable.Range(0, int.MaxValue).SelectMany(_ => Enumerable.Range(0, int.MaxValue)).LongCount();

Indicator("HS79", "Hostile case HS79: contained-endless-linq")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
