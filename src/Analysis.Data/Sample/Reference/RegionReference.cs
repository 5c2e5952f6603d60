namespace Analysis.Data.Sample.Reference;

/// <summary>An NHS England commissioning region as the publications name it (public geography).</summary>
/// <param name="Code">The region's ODS code, <c>Y56</c> to <c>Y63</c>.</param>
/// <param name="OnsCode">The region's ONS code (<c>E40…</c>).</param>
/// <param name="Name">The name in mixed case, as the practice map and workforce files give it.</param>
/// <param name="PaymentsName">The upper-case name the 2022-23 payments file gives it.</param>
internal sealed record RegionReference(string Code, string OnsCode, string Name, string PaymentsName);
