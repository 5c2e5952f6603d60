using System.Globalization;

namespace Analysis.Cli.Bench;

/// <summary>One measured figure (ours against the peer, in milliseconds) or the reason it was skipped.</summary>
internal sealed record Figure(string Name, double? OursMs, double? PeerMs, string? Note = null)
{
    public static Figure Skipped(string name, string reason) => new(name, null, null, "skipped: " + reason);

    /// <summary>The line <c>analysis bench</c> prints: <c>name: ours X ms, peer Y ms, ratio X/Y</c>, any note in brackets after it.</summary>
    public override string ToString()
    {
        if (OursMs is not { } ours || PeerMs is not { } peer)
        {
            return $"{Name}: {Note}";
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"{Name}: ours {ours:0.0} ms, peer {peer:0.0} ms, ratio {ours / peer:0.00}");
        return Note is null ? line : line + " [" + Note + "]";
    }
}
