// Route: Tasks: an async local function
// Expect: IND120 line 4 async
// Expect: IND110 line 4 System.Threading.Tasks.Task
async void Later() { await System.Threading.Tasks.Task.Yield(); }

Indicator("HS30", "Hostile case HS30: async-local-function")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
