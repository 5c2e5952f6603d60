namespace Analysis.Data.Sample.Model;

/// <summary>
/// One person in one role at a workforce census. Role, age band and country of qualification are the
/// tokens the Detailed file's column names use (<c>SEN_PTNR</c>, <c>55TO59</c>, <c>ASIA_SOUTH</c>), so
/// every column is a filter over staff and totals are sums by construction.
/// </summary>
/// <param name="Group">The staff group.</param>
/// <param name="Role">The role token, such as <c>SAL_BY_PRAC</c>, <c>PRAC_NURSE</c>, <c>PHARMA</c> or <c>RECEPT</c>.</param>
/// <param name="Female">True for women (the publication has no unknown-sex staff columns).</param>
/// <param name="AgeBand">The age band token, such as <c>UNDER30</c>, <c>45TO49</c>, <c>70PLUS</c> or <c>UNKNOWN_AGE</c>.</param>
/// <param name="Qualified">The country-of-qualification token for GPs (<c>UK</c>, <c>EEA</c>, …); empty for others.</param>
/// <param name="Fte">Full-time equivalent, hours a week over 37.5.</param>
internal readonly record struct StaffMember(StaffGroup Group, string Role, bool Female, string AgeBand, string Qualified, double Fte)
{
    public bool IsTrainee => Group == StaffGroup.Gp && Role.StartsWith("TRN_GR_", StringComparison.Ordinal);

    public bool IsLocum => Group == StaffGroup.Gp && Role.StartsWith("LOCUM_", StringComparison.Ordinal);

    /// <summary>A fully qualified GP, excluding trainees and locums (the publication's <c>EXTGL</c>).</summary>
    public bool IsQualifiedGp => Group == StaffGroup.Gp && !IsTrainee && !IsLocum;
}
