using Analysis.Data.Geography;
using Analysis.Data.Summaries;

namespace Analysis.Reports;

/// <summary>An area with a page on the site: its tier, code and name, the area above it, the areas and practices in it, and its GP supply.</summary>
internal sealed class AreaNode(AreaLevel level, string code, string name)
{
    public AreaLevel Level { get; } = level;

    public string Code { get; } = code;

    /// <summary>The name the latest month gives (names change more often than codes).</summary>
    public string Name { get; set; } = name;

    public AreaNode? Parent { get; set; }

    public List<AreaNode> Children { get; } = [];

    public List<PracticeNode> Practices { get; } = [];

    /// <summary>GP FTE against weighted patients in the supply month, when the area had both.</summary>
    public AreaSupply? Supply { get; set; }

    public string Path => SitePaths.Area(Level, Code);

    public Level EngineLevel => SitePaths.EngineLevel(Level);

    /// <summary>"QHM NHS North East and North Cumbria ICB".</summary>
    public string Label => Name.Length == 0 || Name == Code ? Code : Code + " " + Name;
}
