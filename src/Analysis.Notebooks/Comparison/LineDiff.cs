using System.Globalization;
using System.Text;

namespace Analysis.Notebooks.Comparison;

/// <summary>
/// A line diff for people: the changed lines marked <c>-</c> (stored) and <c>+</c> (new), with a line of context
/// either side, from a longest-common-subsequence alignment; long texts are cut to keep a failure readable, and a long
/// changed line (a chart's JSON is one line of a megabyte) is shown only around where it first differs from its pair.
/// </summary>
internal static class LineDiff
{
    private const int MaxLines = 2_000;
    private const int MaxShown = 40;
    private const int MaxWidth = 160;

    public static string Describe(string expected, string actual, string indent)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        if (a.Length > MaxLines || b.Length > MaxLines)
        {
            var at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i]);
            var (before, after) = (Line(a, at), Line(b, at));
            var column = FirstDifference(before, after);
            return $"{indent}first difference at line {at + 1}:\n{indent}- {Clip(before, column)}\n{indent}+ {Clip(after, column)}";
        }

        var script = Align(a, b);
        var focus = Focus(script);
        var changed = script.Select((step, i) => (step, i)).Where(s => s.step.Mark != ' ').Select(s => s.i).ToHashSet();
        var shown = new StringBuilder();
        var lines = 0;
        var gap = false;
        for (var i = 0; i < script.Count && lines < MaxShown; i++)
        {
            if (!changed.Contains(i) && !changed.Contains(i - 1) && !changed.Contains(i + 1))
            {
                gap = true;
                continue;
            }

            if (gap && shown.Length > 0)
            {
                shown.Append(indent).Append("  ...\n");
            }

            gap = false;
            shown.Append(indent).Append(script[i].Mark).Append(' ').Append(Clip(script[i].Text, focus[i])).Append('\n');
            lines++;
        }

        if (lines == MaxShown)
        {
            shown.Append(indent).Append("  (diff cut at ").Append(MaxShown).Append(" lines)\n");
        }

        return shown.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// For each line of the script, the column to show a long line around: where a removed line and the added line in
    /// the same place of the next run first differ (the k-th "-" pairs with the k-th "+"); the start for the rest.
    /// </summary>
    private static int[] Focus(List<(char Mark, string Text)> script)
    {
        var focus = new int[script.Count];
        for (var i = 0; i < script.Count;)
        {
            var removed = i;
            while (i < script.Count && script[i].Mark == '-')
            {
                i++;
            }

            var added = i;
            while (i < script.Count && script[i].Mark == '+')
            {
                i++;
            }

            for (var k = 0; removed + k < added && added + k < i; k++)
            {
                focus[removed + k] = focus[added + k] = FirstDifference(script[removed + k].Text, script[added + k].Text);
            }

            i = Math.Max(i, removed + 1);
        }

        return focus;
    }

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static string Clip(string text, int focus)
    {
        if (text.Length <= MaxWidth)
        {
            return text;
        }

        var start = Math.Clamp(focus - (MaxWidth / 3), 0, text.Length - MaxWidth);
        var end = start + MaxWidth;
        return (start > 0 ? "…" : string.Empty) + text[start..end] + (end < text.Length ? "…" : string.Empty)
            + string.Create(CultureInfo.InvariantCulture, $" (column {focus + 1} of {text.Length:N0})");
    }

    private static string Line(string[] lines, int at) => at < lines.Length ? lines[at] : "(end of text)";

    private static List<(char Mark, string Text)> Align(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var script = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                script.Add((' ', a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                script.Add(('+', b[y++]));
            }
            else
            {
                script.Add(('-', a[x++]));
            }
        }

        // Show what was stored before what came instead.
        for (var i = 1; i < script.Count; i++)
        {
            if (script[i].Item1 == '-' && script[i - 1].Item1 == '+')
            {
                var k = i;
                while (k > 0 && script[k - 1].Item1 == '+')
                {
                    (script[k - 1], script[k]) = (script[k], script[k - 1]);
                    k--;
                }
            }
        }

        return script;
    }
}
