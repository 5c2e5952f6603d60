using Analysis.Data.Sample.Reference;

namespace Analysis.Data.Sample.Model;

/// <summary>
/// A synthetic Primary Care Network. Codes are <c>UX</c> and four digits: real PCN codes are <c>U</c>
/// and five digits, so no synthetic code can be mistaken for a real one.
/// </summary>
internal sealed class Pcn(string code, string name, SubIcbReference subIcb)
{
    public string Code { get; } = code;

    public string Name { get; } = name;

    public SubIcbReference SubIcb { get; } = subIcb;

    public List<SyntheticPractice> Practices { get; } = [];

    /// <summary>The member practice NHS England pays the network's money through (the largest at creation).</summary>
    public SyntheticPractice? Lead { get; set; }
}
