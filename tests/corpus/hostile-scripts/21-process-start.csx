// Route: Process: start a shell (System.Diagnostics.Process is not even referenced)
// Expect: CS0234 line 3 Process
System.Diagnostics.Process.Start("/bin/sh", "-c \"touch /tmp/owned\"");

Indicator("HS21", "Hostile case HS21: process-start")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
