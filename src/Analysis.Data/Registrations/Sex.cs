namespace Analysis.Data.Registrations;

/// <summary>The sex breakdown of registered-patient counts.</summary>
public enum Sex
{
    /// <summary>All patients.</summary>
    All,

    /// <summary>Female patients.</summary>
    Female,

    /// <summary>Male patients.</summary>
    Male,
}
