// Route: Growing allocation: arrays appended until memory runs out
// Expect: contained IND131
var chunks = new long[][] { };
for (var i = 0; i < 100_000; i++) { chunks = chunks.Append(new long[10_000_000]).ToArray(); }

Indicator("HS83", "Hostile case HS83: contained-growing-memory")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
