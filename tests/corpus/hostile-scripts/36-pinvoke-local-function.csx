// Route: P/Invoke: an extern local function
// Expect: IND113 line 4 DllImportAttribute
// Expect: IND113 line 5 extern
[System.Runtime.InteropServices.DllImport("libc")]
static extern int kill(int pid, int signal);

Indicator("HS36", "Hostile case HS36: pinvoke-local-function")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
