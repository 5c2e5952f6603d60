namespace Analysis.Data.Sample.Reference;

/// <summary>An Integrated Care Board (public geography, as of 2022-23).</summary>
internal sealed record IcbReference(string Code, string OnsCode, string Name, RegionReference Region);
