using Analysis.Data.Geography;

namespace Analysis.Reports;

/// <summary>Where each page lives in the site, relative to its root: <c>practice/X12345.html</c>, <c>icb/QHM.html</c>.</summary>
internal static class SitePaths
{
    public const string Index = "index.html";
    public const string Methods = "methods.html";
    public const string Assets = "assets";
    public const string Stylesheet = "assets/site.css";
    public const string Script = "assets/site.js";
    public const string SearchIndex = "assets/search-index.js";

    /// <summary>A file whose presence marks a folder as a site this toolkit wrote, so it may be replaced.</summary>
    public const string Marker = ".analysis-report";

    public static string Practice(string code) => "practice/" + Safe(code) + ".html";

    public static string Area(AreaLevel level, string code) => Folder(level) + "/" + Safe(code) + ".html";

    public static string Folder(AreaLevel level) => level switch
    {
        AreaLevel.Region => "region",
        AreaLevel.Icb => "icb",
        AreaLevel.SubIcb => "sub-icb",
        _ => "pcn",
    };

    public static Level EngineLevel(AreaLevel level) => level switch
    {
        AreaLevel.Region => Level.Region,
        AreaLevel.Icb => Level.Icb,
        AreaLevel.SubIcb => Level.SubIcb,
        _ => Level.Pcn,
    };

    /// <summary>"ICB", "Sub-ICB location", "PCN", "Region".</summary>
    public static string Name(AreaLevel level) => level switch
    {
        AreaLevel.Region => "Region",
        AreaLevel.Icb => "ICB",
        AreaLevel.SubIcb => "Sub-ICB location",
        _ => "PCN",
    };

    public static string Plural(AreaLevel level) => level switch
    {
        AreaLevel.Region => "Regions",
        AreaLevel.Icb => "ICBs",
        AreaLevel.SubIcb => "Sub-ICB locations",
        _ => "PCNs",
    };

    /// <summary>Codes come from the data; anything but letters, digits, '-' and '_' becomes '_' so a code can never leave its folder.</summary>
    private static string Safe(string code) =>
        code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? code : string.Concat(code.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
