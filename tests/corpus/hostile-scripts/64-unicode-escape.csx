// Route: Unicode escapes: spell File as \u0046ile
// Expect: IND118 line 4 Unicode escape
// Expect: IND110 line 4 System.IO.File
var text = System.IO.\u0046ile.ReadAllText("/etc/passwd");

Indicator("HS64", "Hostile case HS64: unicode-escape")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
