// Route: #line hidden: hide a line from the checks
// Expect: IND123 line 4 #line
// Expect: IND110 line 5 System.IO.File
#line hidden
var secret = System.IO.File.ReadAllText("/etc/passwd");

Indicator("HS48", "Hostile case HS48: directive-line-hidden")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
