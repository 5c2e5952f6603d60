namespace Analysis.Indicators.Tests.Engine.Support;

/// <summary>An invented practice for a one-year test panel: its ICB, need, GP supply and deprivation.</summary>
internal sealed record PracticeSpec(
    string Code,
    string Icb,
    decimal? Weighted,
    decimal? GpFte,
    int? Headcount = null,
    int? Aged55 = null,
    decimal Registered = 5000m,
    decimal? ImdScore = null,
    string Region = "Y63",
    bool HasWorkforce = true);
