// Route: File system: import File's members with using static, call them bare
// Expect: IND110 line 4 System.IO.File
// Expect: IND110 line 6 System.IO.File
using static System.IO.File;

var text = ReadAllText("/etc/hostname");

Indicator("HS03", "Hostile case HS03: io-using-static")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
