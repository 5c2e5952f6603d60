// Route: File system: hide Directory behind a using alias
// Expect: IND110 line 4 System.IO.Directory
// Expect: IND110 line 6 System.IO.Directory
using Disk = System.IO.Directory;

var files = Disk.GetFiles("/");

Indicator("HS04", "Hostile case HS04: io-using-alias")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
