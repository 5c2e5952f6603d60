namespace Analysis.Indicators;

/// <summary>The part of the scorecard an indicator belongs to.</summary>
public enum Domain
{
    /// <summary>Staff in post: GPs, nurses, direct patient care, admin.</summary>
    Workforce,

    /// <summary>Supply against need: how many staff an area lacks against a target.</summary>
    Shortfall,

    /// <summary>Patients' access to care (GP Patient Survey).</summary>
    Access,

    /// <summary>Clinical quality (QOF achievement).</summary>
    Quality,

    /// <summary>Recorded disease prevalence (QOF registers).</summary>
    Prevalence,

    /// <summary>Context for interpretation: deprivation, list size, age.</summary>
    Context,
}
